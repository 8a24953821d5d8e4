/** An entry an operation must have left, were it applied: on which wallet, of which type, how much. */
export interface ExpectedLine {
  readonly walletId: string;
  readonly type: string;
  readonly amount: bigint;
  readonly counterpartyWalletId?: string;
}
