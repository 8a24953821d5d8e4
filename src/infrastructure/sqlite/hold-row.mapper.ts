import { Hold, HOLD_STATUSES } from '../../domain/hold';
import { Row, SqliteValue } from './node-sqlite';
import { rowReader } from './row-fields';

/** A hold record to statement parameters (sqlite-statements.ts' column order) and back. */
export const holdRow = {
  params(hold: Hold): SqliteValue[] {
    const { id, walletId, currency, amount, capturedAmount, status, expiresAt, createdAt, resolvedAt, actor, toWalletId } = hold;
    return [id, walletId, currency, amount, capturedAmount, status, expiresAt, createdAt, resolvedAt ?? null, actor, toWalletId ?? null];
  },
  toHold(row: Row): Hold {
    const read = rowReader('holds', row);
    return {
      id: read.string('id'),
      walletId: read.string('wallet_id'),
      currency: read.currency('currency'),
      amount: read.bigint('amount'),
      capturedAmount: read.bigint('captured_amount'),
      status: read.oneOf('status', HOLD_STATUSES),
      expiresAt: read.string('expires_at'),
      createdAt: read.string('created_at'),
      resolvedAt: read.optionalString('resolved_at'),
      actor: read.string('actor'),
      toWalletId: read.optionalString('to_wallet_id'),
    };
  },
};
