import { TransferRecord } from '../../domain/transfer-record';
import { Row, SqliteValue } from './node-sqlite';
import { rowReader } from './row-fields';

/** A transfer's record to statement parameters (sqlite-statements.ts' column order) and back. */
export const transferRow = {
  params(record: TransferRecord): SqliteValue[] {
    const { transferId, payerWalletId, payeeWalletId, currency, amount, reversed, occurredAt } = record;
    return [transferId, payerWalletId, payeeWalletId, currency, amount, reversed, occurredAt];
  },
  toRecord(row: Row): TransferRecord {
    const read = rowReader('transfers', row);
    return {
      transferId: read.string('transfer_id'),
      payerWalletId: read.string('payer_wallet_id'),
      payeeWalletId: read.string('payee_wallet_id'),
      currency: read.currency('currency'),
      amount: read.bigint('amount'),
      reversed: read.bigint('reversed'),
      occurredAt: read.string('occurred_at'),
    };
  },
};
