import { Caller, mayAccess } from '../domain/caller';
import { Currency } from '../domain/currency';
import { idempotentRequest } from '../domain/idempotency';
import { openWallet } from '../domain/wallet';
import { IdempotencyKeyReused } from '../domain/wallet-errors';
import { WalletCreated } from '../domain/wallet-events';
import { entryContext, UseCaseDeps } from './use-case-deps';

export interface CreateWalletCommand {
  readonly currency: Currency;
  /** Whose wallet it is: the caller's own unless an operator opens it for someone else. */
  readonly ownerId?: string;
  readonly idempotencyKey?: string;
}

/** Every answer createWallet can give; its GraphQL union is built from this list. */
export type CreateWalletOutcome = WalletCreated | IdempotencyKeyReused;

/**
 * The caller named an owner other than themselves without the operator scope. Not a domain error a
 * client recovers from: the GraphQL layer answers it as a top-level FORBIDDEN error.
 */
export const NOT_PERMITTED = { code: 'NOT_PERMITTED' } as const;
export type NotPermitted = typeof NOT_PERMITTED;
export const isNotPermitted = (value: object): value is NotPermitted => value === NOT_PERMITTED;

/** Create wallet -> WalletCreated: balance 0, version 0, owned by the caller (or, for an operator, by `ownerId`). */
export async function createWallet(
  deps: UseCaseDeps,
  caller: Caller,
  { currency, ownerId = caller.id, idempotencyKey }: CreateWalletCommand,
): Promise<CreateWalletOutcome | NotPermitted> {
  if (!mayAccess(caller, { ownerId })) return NOT_PERMITTED;
  const request = idempotentRequest(caller.id, idempotencyKey, 'createWallet', ownerId, currency);
  const change = openWallet(deps.options.newId(), ownerId, currency, entryContext(deps, caller, { idempotencyKey }));
  const written = await deps.writer.write({ changes: [change], event: { type: 'WALLET_CREATED', wallet: change.after } }, request);
  if (written.status === 'done') return written.outcome;
  throw new Error(`Creating wallet ${change.after.id} was ${written.status}: a fresh id cannot be taken`);
}
