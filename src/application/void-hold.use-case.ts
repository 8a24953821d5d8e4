import { Caller } from '../domain/caller';
import { parseHoldId } from '../domain/hold-id';
import { idempotentRequest, metadataIntent } from '../domain/idempotency';
import { Metadata } from '../domain/metadata';
import { voidHold as voidHoldRule } from '../domain/wallet-holds';
import { HoldNotFound, holdNotFound, HoldNotPending } from '../domain/hold-errors';
import { IdempotencyKeyReused, VersionConflict } from '../domain/wallet-errors';
import { HoldVoided, isDomainError } from '../domain/wallet-events';
import { aboutTheHold, notPendingOf, refusedByStore } from './hold-refusals';
import { entryContext, failure, UseCaseDeps } from './use-case-deps';

export interface VoidHoldCommand {
  readonly holdId: string;
  /** The held wallet's version. */
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
  /** Stored on the void's HOLD_RELEASED entry; canonical (sorted by key). */
  readonly metadata?: Metadata;
}

/** Every answer voidHold can give; its GraphQL union is built from this list. */
export type VoidHoldOutcome = HoldVoided | HoldNotFound | VersionConflict | HoldNotPending | IdempotencyKeyReused;

/** Releases all of a pending hold of the caller's wallet. Answer order: the hold's wallet, the version, the hold. */
export async function voidHold(deps: UseCaseDeps, caller: Caller, command: VoidHoldCommand): Promise<VoidHoldOutcome> {
  const { holdId, expectedVersion, idempotencyKey, metadata = [] } = command;
  const walletId = parseHoldId(holdId)?.walletId;
  if (walletId === undefined) return holdNotFound(holdId);
  const based = await deps.states.basedOn(caller, walletId, expectedVersion);
  if (isDomainError(based) && based.code === 'WALLET_NOT_FOUND') return holdNotFound(holdId);
  const request = idempotentRequest(caller.id, idempotencyKey, 'voidHold', holdId, ...metadataIntent(metadata));
  const fail = failure<HoldVoided>(deps, request);
  if (isDomainError(based)) return fail(based);
  const context = entryContext(deps, caller, { idempotencyKey, metadata });
  const result = voidHoldRule(based.wallet, holdId, context);
  if (!result.ok) {
    const refusal = result.error.code === 'HOLD_NOT_FOUND' ? await notPendingOf(deps, holdId, context.now) : result.error;
    return fail(aboutTheHold(holdId, await deps.states.confirmRefusal(based, expectedVersion, refusal)));
  }
  const event: HoldVoided = { type: 'HOLD_VOIDED', hold: result.hold, wallet: result.change.after };
  const written = await deps.writer.write({ changes: [result.change], event }, request);
  if (written.status === 'done') return written.outcome;
  return fail(refusedByStore(written, holdId) ?? aboutTheHold(holdId, await deps.states.whyNotWritten(walletId, expectedVersion, written)));
}
