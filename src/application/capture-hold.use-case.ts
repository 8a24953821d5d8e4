import { Caller } from '../domain/caller';
import { parseHoldId } from '../domain/hold-id';
import { idempotentRequest, metadataIntent } from '../domain/idempotency';
import { Metadata } from '../domain/metadata';
import { Money, parseAmount } from '../domain/money';
import { newTransferRecord, TransferRecord } from '../domain/transfer-record';
import { increaseBalance, Wallet, WalletChange } from '../domain/wallet';
import { captureHold as captureHoldRule } from '../domain/wallet-holds';
import { CaptureExceedsHold, HoldNotFound, holdNotFound, HoldNotPending } from '../domain/hold-errors';
import { IdempotencyKeyReused, InvalidAmount, invalidAmount, VersionConflict } from '../domain/wallet-errors';
import { HoldCaptured, isDomainError } from '../domain/wallet-events';
import { aboutTheHold, notPendingOf, refusedByStore } from './hold-refusals';
import { beforeReplanning, MAX_PLANS } from './replans';
import { entryContext, failure, laterOf, Moment, movementAt, UseCaseDeps } from './use-case-deps';

export interface CaptureHoldCommand {
  readonly holdId: string;
  /** In the held wallet's currency; absent: all of the hold. */
  readonly amount?: string;
  /** The held wallet's version. */
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
  /** Stored on every entry the capture writes (the payee's credit too); canonical (sorted by key). */
  readonly metadata?: Metadata;
}

/** Every answer captureHold can give; its GraphQL union is built from this list. */
export type CaptureHoldOutcome =
  | HoldCaptured
  | HoldNotFound
  | InvalidAmount
  | VersionConflict
  | HoldNotPending
  | CaptureExceedsHold
  | IdempotencyKeyReused;

/**
 * Captures all or part of a pending hold of the caller's wallet (the rest is released at once). A hold of
 * a wallet the caller may not see is HoldNotFound. A hold authorised to another wallet credits it, at
 * whatever version it is, in the same transaction. Answer order: the hold's wallet, the amount, the
 * version, then the hold itself (not pending, more than held).
 */
export async function captureHold(deps: UseCaseDeps, caller: Caller, command: CaptureHoldCommand): Promise<CaptureHoldOutcome> {
  const { holdId, expectedVersion, idempotencyKey, metadata = [] } = command;
  const walletId = parseHoldId(holdId)?.walletId;
  if (walletId === undefined) return holdNotFound(holdId);
  const based = await deps.states.basedOn(caller, walletId, expectedVersion);
  if (isDomainError(based) && based.code === 'WALLET_NOT_FOUND') return holdNotFound(holdId);
  const amount = command.amount === undefined ? undefined : parseAmount(command.amount, based.wallet.currency);
  if (amount && !amount.ok) return invalidAmount(command.amount ?? '', amount.problem);
  const request = idempotentRequest(
    caller.id,
    idempotencyKey,
    'captureHold',
    holdId,
    amount?.money.minor ?? 'ALL',
    ...metadataIntent(metadata),
  );
  const fail = failure<HoldCaptured>(deps, request);
  if (isDomainError(based)) return fail(based);
  const transferId = deps.options.newId();
  for (let refresh = 1; ; refresh++) {
    let moment = movementAt(deps, based.wallet);
    const context = entryContext(deps, caller, { idempotencyKey, transferId, metadata }, moment);
    let result = captureHoldRule(based.wallet, holdId, amount?.money.minor, context);
    if (!result.ok) {
      const refusal = result.error.code === 'HOLD_NOT_FOUND' ? await notPendingOf(deps, holdId, context.now) : result.error;
      return fail(aboutTheHold(holdId, await deps.states.confirmRefusal(based, expectedVersion, refusal)));
    }
    const payee = await payeeOf(deps, result.hold.toWalletId);
    if (payee) {
      // Decided at the same clock; recorded, with the payee's credit, at one instant no earlier than the payee's last change.
      moment = { ...moment, recordedAt: laterOf(moment.recordedAt, payee) };
      result = captureHoldRule(based.wallet, holdId, amount?.money.minor, { ...context, recordedAt: moment.recordedAt });
      if (!result.ok) throw new Error(`Capture of ${holdId}: decided otherwise at the same clock`);
    }
    const captured: Money = { currency: based.wallet.currency, minor: result.hold.capturedAmount };
    const credit = payee && creditOf(deps, caller, payee, captured, { transferId, walletId, idempotencyKey, metadata }, moment);
    const changes: WalletChange[] = credit ? [result.change, credit] : [result.change];
    const event: HoldCaptured = {
      type: 'HOLD_CAPTURED',
      hold: result.hold,
      wallet: result.change.after,
      amount: captured,
      transferId,
      ...(credit && { to: credit.after }),
    };
    // A capture that paid another wallet is a transfer its payee (or an operator) may refund: reverseTransfer reads this record.
    const transfer = credit && { record: paymentRecordOf(transferId, walletId, credit) };
    const written = await deps.writer.write({ changes, event, ...(transfer && { transfer }) }, request);
    if (written.status === 'done') return written.outcome;
    const byStore = refusedByStore(written, holdId);
    if (byStore) return fail(byStore);
    // Others credited the payee meanwhile (it is still there: a payee gone is not re-planned, as a transfer's).
    const onlyDestinationMoved =
      credit &&
      written.status === 'rejected' &&
      written.stale.length === 1 &&
      written.stale[0].walletId === credit.after.id &&
      written.stale[0].current;
    if (!onlyDestinationMoved || refresh >= MAX_PLANS)
      return fail(aboutTheHold(holdId, await deps.states.whyNotWritten(walletId, expectedVersion, written)));
    await beforeReplanning(deps, refresh);
  }
}

/** What a refund of the capture needs, written with it (as a transfer's): who paid whom, how much, nothing reversed yet. */
function paymentRecordOf(transferId: string, payerWalletId: string, credit: WalletChange): TransferRecord {
  // The credit's own entry is its last: the payee's expired holds are released before it.
  const entry = credit.entries.at(-1);
  if (entry?.type !== 'TRANSFER_IN') throw new Error(`Capture ${transferId}: the credit wrote no TRANSFER_IN`);
  return newTransferRecord(transferId, payerWalletId, credit.after.id, entry);
}

/** The wallet a captured hold was authorised to pay, at the latest state known (a write checks it); undefined: none. */
async function payeeOf(deps: UseCaseDeps, toWalletId: string | undefined): Promise<Wallet | undefined> {
  if (toWalletId === undefined) return undefined;
  const payee = await deps.states.latestKnown(toWalletId);
  if (!payee) throw new Error(`Hold payee ${toWalletId} does not exist`);
  return payee;
}

/**
 * The payee's TRANSFER_IN, at the capture's own instant. The payee was checked when the hold was placed; wallets
 * are never removed and never change currency, so the credit cannot be refused.
 */
function creditOf(
  deps: UseCaseDeps,
  caller: Caller,
  payee: Wallet,
  amount: Money,
  { transferId, walletId, idempotencyKey, metadata }: { transferId: string; walletId: string; idempotencyKey?: string; metadata: Metadata },
  moment: Moment,
): WalletChange {
  const credit = increaseBalance(
    payee,
    amount,
    entryContext(deps, caller, { idempotencyKey, transferId, counterpartyWalletId: walletId, metadata }, moment),
    'TRANSFER_IN',
  );
  if (!credit.ok) throw new Error(`Hold payee ${payee.id} refused ${amount.currency}: ${credit.error.message}`);
  return credit.change;
}
