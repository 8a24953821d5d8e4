import { Caller } from '../domain/caller';
import { Currency } from '../domain/currency';
import { idempotentRequest, metadataIntent } from '../domain/idempotency';
import { Metadata } from '../domain/metadata';
import { Money, parseAmount } from '../domain/money';
import { ChangeResult, decreaseBalance, EntryContext, increaseBalance, Wallet } from '../domain/wallet';
import { ChangeRefusal, CurrencyMismatch, InsufficientBalance, invalidAmount } from '../domain/wallet-errors';
import { BalanceDecreased, BalanceIncreased, isDomainError } from '../domain/wallet-events';
import { entryContext, failure, UseCaseDeps } from './use-case-deps';

export interface BalanceCommand {
  readonly walletId: string;
  readonly amount: string;
  readonly currency: Currency;
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
  /** Stored on the change's ledger entry; canonical (sorted by key). */
  readonly metadata?: Metadata;
}

/** Every answer increaseBalance can give; its GraphQL union is built from this list. */
export type IncreaseBalanceOutcome = BalanceIncreased | ChangeRefusal;
/** Every answer decreaseBalance can give (it adds the sufficient-balance policy). */
export type DecreaseBalanceOutcome = BalanceDecreased | ChangeRefusal | InsufficientBalance;

export function increase(deps: UseCaseDeps, caller: Caller, command: BalanceCommand): Promise<IncreaseBalanceOutcome> {
  return changeBalance(deps, caller, command, 'increaseBalance', increaseBalance, (wallet, amount) => ({
    type: 'BALANCE_INCREASED',
    wallet,
    amount,
  }));
}

export function decrease(deps: UseCaseDeps, caller: Caller, command: BalanceCommand): Promise<DecreaseBalanceOutcome> {
  return changeBalance(deps, caller, command, 'decreaseBalance', decreaseBalance, (wallet, amount) => ({
    type: 'BALANCE_DECREASED',
    wallet,
    amount,
  }));
}

/**
 * The shared path of increase and decrease: validate the input, find the state the client based its
 * change on (a wallet that is not the caller's is WalletNotFound), let the domain rule decide, and
 * store the change guarded by the client's expectedVersion.
 */
async function changeBalance<E extends BalanceIncreased | BalanceDecreased, R extends CurrencyMismatch | InsufficientBalance>(
  deps: UseCaseDeps,
  caller: Caller,
  command: BalanceCommand,
  operation: 'increaseBalance' | 'decreaseBalance',
  rule: (wallet: Wallet, amount: Money, context: EntryContext) => ChangeResult<R>,
  eventOf: (wallet: Wallet, amount: Money) => E,
): Promise<E | R | ChangeRefusal> {
  const amount = parseAmount(command.amount, command.currency);
  if (!amount.ok) return invalidAmount(command.amount, amount.problem);
  const { walletId, currency, idempotencyKey, metadata = [] } = command;
  const request = idempotentRequest(
    caller.id,
    idempotencyKey,
    operation,
    walletId,
    currency,
    amount.money.minor,
    ...metadataIntent(metadata),
  );
  const fail = failure<E>(deps, request);
  const based = await deps.states.basedOn(caller, command.walletId, command.expectedVersion);
  if (isDomainError(based)) return fail(based);
  const result = rule(based.wallet, amount.money, entryContext(deps, caller, { idempotencyKey, metadata }));
  if (!result.ok) return fail(await deps.states.confirmRefusal(based, command.expectedVersion, result.error));
  const written = await deps.writer.write({ changes: [result.change], event: eventOf(result.change.after, amount.money) }, request);
  if (written.status === 'done') return written.outcome;
  return fail(await deps.states.whyNotWritten(command.walletId, command.expectedVersion, written));
}
