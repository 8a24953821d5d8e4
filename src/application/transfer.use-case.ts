import { Caller, mayAccess } from '../domain/caller';
import { Currency } from '../domain/currency';
import { idempotentRequest, metadataIntent } from '../domain/idempotency';
import { Metadata } from '../domain/metadata';
import { parseAmount } from '../domain/money';
import { newTransferRecord, TransferRecord } from '../domain/transfer-record';
import { ChangeResult, decreaseBalance, increaseBalance, WalletChange } from '../domain/wallet';
import {
  ChangeRefusal,
  CurrencyMismatch,
  currencyNotAccepted,
  InsufficientBalance,
  invalidAmount,
  SameWallet,
  sameWallet,
  walletNotFound,
} from '../domain/wallet-errors';
import { isDomainError, MoneyTransferred } from '../domain/wallet-events';
import { beforeReplanning, MAX_PLANS } from './replans';
import { entryContext, failure, movementAt, UseCaseDeps } from './use-case-deps';

export interface TransferCommand {
  readonly fromWalletId: string;
  readonly toWalletId: string;
  readonly amount: string;
  readonly currency: Currency;
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
  /** Stored on both entries; canonical (sorted by key). */
  readonly metadata?: Metadata;
}

/** Every answer transfer can give; its GraphQL union is built from this list. */
export type TransferOutcome = MoneyTransferred | ChangeRefusal | SameWallet | InsufficientBalance;

/**
 * Moves money between two wallets of one currency in one transaction. `expectedVersion` guards
 * the source; the destination is credited at whatever version it is, so a destination that changed
 * under the transfer is taken from the store's answer (no extra request) and the transfer re-planned.
 * The caller must own the source; the destination may be anyone's, and a refusal says nothing of
 * a destination the caller may not see.
 */
export async function transfer(deps: UseCaseDeps, caller: Caller, command: TransferCommand): Promise<TransferOutcome> {
  const { fromWalletId, toWalletId, currency, expectedVersion, idempotencyKey, metadata = [] } = command;
  const amount = parseAmount(command.amount, currency);
  if (!amount.ok) return invalidAmount(command.amount, amount.problem);
  if (fromWalletId === toWalletId) return sameWallet(fromWalletId);
  const intent = ['transfer', fromWalletId, toWalletId, currency, amount.money.minor, ...metadataIntent(metadata)];
  const request = idempotentRequest(caller.id, idempotencyKey, ...intent);
  const fail = failure<MoneyTransferred>(deps, request);
  const transferId = deps.options.newId();
  for (let refresh = 1; ; refresh++) {
    const wallets = await deps.states.basedOnWithDestination(caller, fromWalletId, expectedVersion, toWalletId);
    if (isDomainError(wallets)) return fail(wallets);
    const { based: source, destination } = wallets;
    const moment = movementAt(deps, source.wallet, destination);
    const debit = decreaseBalance(
      source.wallet,
      amount.money,
      entryContext(deps, caller, { idempotencyKey, transferId, counterpartyWalletId: toWalletId, metadata }, moment),
      'TRANSFER_OUT',
    );
    const credit = increaseBalance(
      destination,
      amount.money,
      entryContext(deps, caller, { idempotencyKey, transferId, counterpartyWalletId: fromWalletId, metadata }, moment),
      'TRANSFER_IN',
    );
    if (!debit.ok || !credit.ok) {
      const refusal = transferRefusal(debit, mayAccess(caller, destination) ? credit : redacted(credit));
      return fail(await deps.states.confirmRefusal(source, expectedVersion, refusal));
    }
    const event: MoneyTransferred = {
      type: 'MONEY_TRANSFERRED',
      transferId,
      from: debit.change.after,
      to: credit.change.after,
      amount: amount.money,
    };
    const record = transferRecordOf(transferId, debit.change, credit.change);
    const written = await deps.writer.write({ changes: [debit.change, credit.change], event, transfer: { record } }, request);
    if (written.status === 'done') return written.outcome;
    const staleDestination = written.status === 'rejected' ? written.stale.find((s) => s.walletId === toWalletId) : undefined;
    const onlyDestinationMoved = written.status === 'rejected' && written.stale.length === 1 && staleDestination?.current;
    if (!onlyDestinationMoved || refresh >= MAX_PLANS) {
      if (staleDestination && !staleDestination.current) return fail(walletNotFound(toWalletId));
      return fail(await deps.states.whyNotWritten(fromWalletId, expectedVersion, written));
    }
    // Others credited the destination meanwhile.
    await beforeReplanning(deps, refresh);
  }
}

/** What a later reversal needs of the transfer, written with it: nothing reversed yet. */
function transferRecordOf(transferId: string, debit: WalletChange, credit: WalletChange): TransferRecord {
  // The debit's own entry is its last: expired holds are released before it.
  const entry = debit.entries.at(-1);
  if (!entry) throw new Error(`Transfer ${transferId}: the debit wrote no entry`);
  return newTransferRecord(transferId, debit.after.id, credit.after.id, entry);
}

/** A refusal about a wallet the caller may not see keeps only what the caller sent. */
function redacted(credit: ChangeResult<CurrencyMismatch>): ChangeResult<CurrencyMismatch> {
  return credit.ok ? credit : { ok: false, error: currencyNotAccepted(credit.error.walletId, credit.error.givenCurrency) };
}

/** A transfer's refusals in the answer order: the source's currency, the destination's, then the source's balance. */
function transferRefusal(
  debit: ChangeResult<CurrencyMismatch | InsufficientBalance>,
  credit: ChangeResult<CurrencyMismatch>,
): CurrencyMismatch | InsufficientBalance {
  if (!debit.ok && debit.error.code === 'CURRENCY_MISMATCH') return debit.error;
  if (!credit.ok) return credit.error;
  if (!debit.ok) return debit.error;
  throw new Error('transferRefusal called without a refusal');
}
