import { WalletState } from './op-log';

/** A wallet and its ledger as the store holds them after the run, read by the harness's own code. */
export interface LedgerLine {
  readonly walletId: string;
  readonly type: string;
  readonly version: number;
  /** Unsigned, as stored; `type` says the direction. */
  readonly amount: bigint;
  readonly balanceAfter: bigint;
  readonly idempotencyKey?: string;
  readonly transferId?: string;
  readonly counterpartyWalletId?: string;
  /** On a reversal's entries: the transfer it gives money back for. */
  readonly reversalOf?: string;
  readonly occurredAt?: string;
}

export interface FinalWallet extends WalletState {
  /** As stored; absent in hand-made histories (then GBP, the harness's currency). */
  readonly currency?: string;
  /** Every entry of the wallet's partition, by version. */
  readonly entries: readonly LedgerLine[];
}
