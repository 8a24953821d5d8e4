import { statusAt } from '../domain/hold';
import { HoldNotFound, holdNotFound, HoldNotPending, holdNotPending } from '../domain/hold-errors';
import { DomainError, WalletNotFound } from '../domain/wallet-errors';
import { WalletEvent } from '../domain/wallet-events';
import { Written } from './change-writer';
import { UseCaseDeps } from './use-case-deps';

/**
 * A hold the wallet (at the version the client named) does not carry pending: its record says how it
 * ended (HoldNotPending); no record, or one still pending that this state of the wallet never held, is
 * HoldNotFound. One read, only on this refusal path: a capture or a void of a pending hold reads nothing.
 */
export async function notPendingOf(deps: UseCaseDeps, holdId: string, now: string): Promise<HoldNotFound | HoldNotPending> {
  const record = await deps.repository.findHold(holdId);
  const status = record && statusAt(record, now);
  return status === undefined || status === 'PENDING' ? holdNotFound(holdId) : holdNotPending(holdId, status);
}

/**
 * The store refused the hold's record though the wallet was as expected: the hold was resolved meanwhile,
 * or its expiry came before the write (the store checks it with the writer's clock).
 */
export function refusedByStore(written: Written<WalletEvent>, holdId: string): HoldNotPending | undefined {
  if (written.status !== 'rejected' || written.stale.length > 0) return undefined;
  const stale = written.staleHolds?.find((hold) => hold.holdId === holdId);
  if (!stale) return undefined;
  const status = stale.current?.status;
  return holdNotPending(holdId, status === undefined || status === 'PENDING' ? 'EXPIRED' : status);
}

/** A hold's wallet that is not there (or not the caller's): the answer is about the hold, HoldNotFound. */
export function aboutTheHold<E extends DomainError>(holdId: string, error: E): Exclude<E, WalletNotFound> | HoldNotFound {
  return error.code === 'WALLET_NOT_FOUND' ? holdNotFound(holdId) : (error as Exclude<E, WalletNotFound>);
}
