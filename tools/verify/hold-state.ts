import { HoldRecord, InlineHold } from './final-wallet';

/**
 * The harness's own parsers of what the stores keep about holds (never the service's mapper or codec,
 * whose bugs the checker must not share): the pending holds a wallet carries inline, as JSON text with
 * decimal-string amounts, and the fields of a hold record, whichever store they come from.
 */
export function inlineHoldsOf(json: string | undefined, where: string): InlineHold[] {
  if (json === undefined) return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error(`${where}: pendingHolds is not a list`);
  return parsed.map((value: unknown, index) => {
    const hold = value as { id?: unknown; amount?: unknown };
    if (typeof hold?.id !== 'string' || typeof hold.amount !== 'string' || !/^\d+$/.test(hold.amount))
      throw new Error(`${where}: pendingHolds[${index}] has no id or no integer amount`);
    return { id: hold.id, amount: BigInt(hold.amount) };
  });
}

/** The fields of a hold record, read by name from one item or row. */
export interface HoldFields {
  text(name: string): string;
  optionalText(name: string): string | undefined;
  integer(name: string): bigint;
}

/** How one store names the fields of a hold record that are not simply id, amount and status. */
export interface HoldFieldNames {
  readonly walletId: string;
  readonly capturedAmount: string;
  readonly expiresAt: string;
  readonly toWalletId: string;
}

export const DYNAMODB_HOLD_FIELDS: HoldFieldNames = {
  walletId: 'walletId',
  capturedAmount: 'capturedAmount',
  // Not expiresAt: that is the table's TTL attribute.
  expiresAt: 'holdExpiresAt',
  toWalletId: 'toWalletId',
};

export const SQLITE_HOLD_FIELDS: HoldFieldNames = {
  walletId: 'wallet_id',
  capturedAmount: 'captured_amount',
  expiresAt: 'expires_at',
  toWalletId: 'to_wallet_id',
};

export function holdRecordOf(fields: HoldFields, names: HoldFieldNames): HoldRecord {
  return {
    id: fields.text('id'),
    walletId: fields.text(names.walletId),
    amount: fields.integer('amount'),
    capturedAmount: fields.integer(names.capturedAmount),
    status: fields.text('status'),
    expiresAt: fields.text(names.expiresAt),
    toWalletId: fields.optionalText(names.toWalletId),
  };
}
