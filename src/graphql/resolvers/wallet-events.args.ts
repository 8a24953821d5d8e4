import { isVersion } from '../../domain/wallet';
import { badUserInput } from '../bad-user-input';
import { walletIdArg } from './input-rules';

/** The subscription's arguments, checked like a query's: BAD_USER_INPUT before anything is read. */
export function walletEventsArgs(args: Record<string, unknown>): { walletId: string; afterVersion?: number } {
  const { walletId, afterVersion } = args;
  if (typeof walletId !== 'string') throw badUserInput('walletId is required', 'walletId');
  if (afterVersion === null || afterVersion === undefined) return { walletId: walletIdArg(walletId) };
  if (typeof afterVersion !== 'number' || !isVersion(afterVersion))
    throw badUserInput('afterVersion must be a whole number >= 0: the last version you saw', 'afterVersion');
  return { walletId: walletIdArg(walletId), afterVersion };
}
