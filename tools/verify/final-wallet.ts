import { WalletState } from './op-log';

/** A wallet and its ledger as the store holds them after the run, read by the harness's own code. */
export interface LedgerLine {
  readonly walletId: string;
  readonly type: string;
  readonly version: number;
  /** Unsigned, as stored; `type` says the direction. */
  readonly amount: bigint;
  readonly balanceAfter: bigint;
  /** balanceAfter minus what the ledger still holds; absent (hand-made histories, entries older than holds): balanceAfter. */
  readonly availableAfter?: bigint;
  /** ISO text, the service's clock when the entry was written; absent in hand-made histories. */
  readonly occurredAt?: string;
  readonly idempotencyKey?: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  /** On a reversal's entries: the transfer it gives money back for. */
  readonly reversalOf?: string;
  /** The hold a HOLD_* entry is about. */
  readonly holdId?: string;
}

/** A hold record as stored (its status may lag: a PENDING one past its expiry that no change has released yet). */
export interface HoldRecord {
  readonly id: string;
  readonly walletId: string;
  readonly amount: bigint;
  readonly capturedAmount: bigint;
  readonly status: string;
  /** ISO text, the service's clock. */
  readonly expiresAt: string;
  readonly toWalletId?: string;
}

/** A hold the wallet item (or row) carries inline as pending. */
export interface InlineHold {
  readonly id: string;
  readonly amount: bigint;
}

export interface FinalWallet extends WalletState {
  /** As stored; absent in hand-made histories (then GBP, the harness's currency). */
  readonly currency?: string;
  /** Every entry of the wallet's partition, by version. */
  readonly entries: readonly LedgerLine[];
  /** The wallet's hold records; absent in hand-made histories without holds. */
  readonly holds?: readonly HoldRecord[];
  /** The holds the wallet itself carries as pending; absent: none. */
  readonly pendingHolds?: readonly InlineHold[];
}
