import { formatMinor, Money } from './money';

// The refusals about reversing a transfer: part of DomainError (wallet-errors.ts).

/** Also the answer about a transfer the caller may not reverse: it does not tell that the transfer exists. */
export interface TransferNotFound {
  readonly code: 'TRANSFER_NOT_FOUND';
  readonly message: string;
  readonly transferId: string;
}
export interface ReversalExceedsTransfer {
  readonly code: 'REVERSAL_EXCEEDS_TRANSFER';
  readonly message: string;
  readonly transferId: string;
  /** What may still be reversed (0 once the transfer is fully reversed). */
  readonly remaining: Money;
}

export const transferNotFound = (transferId: string): TransferNotFound => ({
  code: 'TRANSFER_NOT_FOUND',
  message: `Transfer ${transferId} does not exist, or it is not yours to reverse.`,
  transferId,
});

export const reversalExceedsTransfer = (transferId: string, remaining: Money): ReversalExceedsTransfer => ({
  code: 'REVERSAL_EXCEEDS_TRANSFER',
  message: `Transfer ${transferId} has ${formatMinor(remaining.minor, remaining.currency)} ${remaining.currency} left to reverse.`,
  transferId,
  remaining,
});
