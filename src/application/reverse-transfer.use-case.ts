import { Caller } from '../domain/caller';
import { idempotentRequest, metadataIntent } from '../domain/idempotency';
import { Metadata } from '../domain/metadata';
import { canonicalDecimal, Money, parseAmount } from '../domain/money';
import { remainingOf, TransferRecord } from '../domain/transfer-record';
import { decreaseBalance, increaseBalance, Wallet } from '../domain/wallet';
import { ReversalExceedsTransfer, reversalExceedsTransfer, TransferNotFound, transferNotFound } from '../domain/transfer-errors';
import {
  IdempotencyKeyReused,
  InsufficientBalance,
  InvalidAmount,
  invalidAmount,
  VersionConflict,
  WalletNotFound,
} from '../domain/wallet-errors';
import { isDomainError, TransferReversed } from '../domain/wallet-events';
import { BasedOn } from './wallet-states';
import { beforeReplanning, MAX_PLANS } from './replans';
import { entryContext, failure, movementAt, UseCaseDeps } from './use-case-deps';

export interface ReverseTransferCommand {
  readonly transferId: string;
  /** What to give back, in major units; absent: all that is left. */
  readonly amount?: string;
  /** Of the PAYEE's wallet: the money leaves it. */
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
  /** Stored on both entries of the reversal; canonical (sorted by key). */
  readonly metadata?: Metadata;
}

/** Every answer reverseTransfer can give; its GraphQL union is built from this list. */
export type ReverseTransferOutcome =
  | TransferReversed
  | TransferNotFound
  | InvalidAmount
  | VersionConflict
  | ReversalExceedsTransfer
  | InsufficientBalance
  | IdempotencyKeyReused;

/**
 * A refund: money goes back from a transfer's payee to its payer, in one transaction with the transfer
 * record's reversed sum (conditioned on the sum it was planned from). Only the payee's owner or an
 * operator may reverse; to anyone else the transfer does not exist. Answer order: TransferNotFound,
 * InvalidAmount, VersionConflict, ReversalExceedsTransfer, InsufficientBalance.
 */
export async function reverseTransfer(deps: UseCaseDeps, caller: Caller, command: ReverseTransferCommand): Promise<ReverseTransferOutcome> {
  const { transferId, expectedVersion, idempotencyKey, metadata = [] } = command;
  // The amount as a value ("10" and "10.00" are one intent), as the other operations' minor units are. Records stored
  // before (within the key's 24 h) name the amount as it was spelled: that fingerprint replays too.
  const intentWith = (amount: string) => ['reverseTransfer', transferId, amount, ...metadataIntent(metadata)];
  const canonical = idempotentRequest(
    caller.id,
    idempotencyKey,
    ...intentWith(command.amount === undefined ? 'ALL' : canonicalDecimal(command.amount)),
  );
  const request =
    canonical && command.amount !== undefined ? { ...canonical, formerFingerprints: [intentWith(command.amount).join('|')] } : canonical;
  const replayOr = failure<TransferReversed>(deps, request);
  // The payee's wallet is the caller's way to the transfer: when it is not theirs, the transfer is not either.
  type Refusal = Exclude<ReverseTransferOutcome, TransferReversed>;
  const fail = (error: Refusal | WalletNotFound): Promise<ReverseTransferOutcome> =>
    replayOr<Refusal>(error.code === 'WALLET_NOT_FOUND' ? transferNotFound(transferId) : error);
  const reversalId = deps.options.newId();
  for (let attempt = 1; ; attempt++) {
    const record = await deps.repository.findTransfer(transferId);
    const payee = record && (await deps.states.basedOn(caller, record.payeeWalletId, expectedVersion));
    if (!record || !payee) return fail(transferNotFound(transferId));
    if (isDomainError(payee) && payee.code === 'WALLET_NOT_FOUND') return fail(payee);
    const amount = amountOf(command.amount, record);
    if ('code' in amount) return fail(amount);
    if (isDomainError(payee)) return fail(payee);
    if (amount.minor === 0n || amount.minor > remainingOf(record)) {
      const refusal = reversalExceedsTransfer(transferId, { currency: record.currency, minor: remainingOf(record) });
      return fail(await deps.states.confirmRefusal(payee, expectedVersion, refusal));
    }
    const payer = await deps.states.latestKnown(record.payerWalletId);
    if (!payer) throw new Error(`Transfer ${transferId}: its payer wallet ${record.payerWalletId} is gone`);
    const plan = planOf(deps, caller, { ...command, metadata }, { reversalId, record, payee, payer, amount });
    if (!('event' in plan)) return fail(await deps.states.confirmRefusal(payee, expectedVersion, plan));
    const written = await deps.writer.write(plan, request);
    if (written.status === 'done') return written.outcome;
    const othersMovedOn =
      written.status === 'rejected' &&
      written.stale.every((stale) => stale.walletId === payer.id && stale.current) &&
      (written.stale.length > 0 || written.transferNow !== undefined);
    if (!othersMovedOn || attempt >= MAX_PLANS) return fail(await deps.states.whyNotWritten(payee.wallet.id, expectedVersion, written));
    // Others credited the payer, or another refund moved the record on, meanwhile: each try re-reads the record.
    await beforeReplanning(deps, attempt);
  }
}

function amountOf(text: string | undefined, record: TransferRecord): Money | InvalidAmount {
  if (text === undefined) return { currency: record.currency, minor: remainingOf(record) };
  const parsed = parseAmount(text, record.currency);
  return parsed.ok ? parsed.money : invalidAmount(text, parsed.problem);
}

interface Reversal {
  readonly reversalId: string;
  readonly record: TransferRecord;
  readonly payee: BasedOn;
  readonly payer: Wallet;
  readonly amount: Money;
}

/** The two entries (payee out, payer in), the record moved on, and the event; or why the payee cannot pay. */
function planOf(deps: UseCaseDeps, caller: Caller, command: ReverseTransferCommand, reversal: Reversal) {
  const { reversalId, record, payee, payer, amount } = reversal;
  const why = { idempotencyKey: command.idempotencyKey, transferId: reversalId, reversalOf: record.transferId, metadata: command.metadata };
  const moment = movementAt(deps, payee.wallet, payer);
  const debit = decreaseBalance(
    payee.wallet,
    amount,
    entryContext(deps, caller, { ...why, counterpartyWalletId: payer.id }, moment),
    'REVERSAL_OUT',
  );
  const credit = increaseBalance(
    payer,
    amount,
    entryContext(deps, caller, { ...why, counterpartyWalletId: payee.wallet.id }, moment),
    'REVERSAL_IN',
  );
  if (!debit.ok && debit.error.code === 'INSUFFICIENT_BALANCE') return debit.error;
  if (!debit.ok || !credit.ok) throw new Error(`Transfer ${record.transferId}: a wallet no longer holds ${record.currency}`);
  const moved: TransferRecord = { ...record, reversed: record.reversed + amount.minor };
  const event: TransferReversed = {
    type: 'TRANSFER_REVERSED',
    reversalId,
    transferId: record.transferId,
    from: debit.change.after,
    to: credit.change.after,
    amount,
    remaining: { currency: record.currency, minor: remainingOf(moved) },
  };
  return { changes: [debit.change, credit.change], event, transfer: { record: moved, expectedReversed: record.reversed } };
}
