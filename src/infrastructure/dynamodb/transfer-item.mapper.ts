import { TransferRecord } from '../../domain/transfer-record';
import { Item, read } from './item-fields';
import { transferKey } from './table-keys';

/** A transfer's record: created with the transfer, its `reversed` moved on by each reversal. */
export const transferItem = {
  from(record: TransferRecord): Item {
    return { ...transferKey(record.transferId), type: 'TransferRecord', ...record };
  },
  toRecord(item: Item): TransferRecord {
    return {
      transferId: read.string(item, 'transferId'),
      payerWalletId: read.string(item, 'payerWalletId'),
      payeeWalletId: read.string(item, 'payeeWalletId'),
      currency: read.currency(item, 'currency'),
      amount: read.bigint(item, 'amount'),
      reversed: read.bigint(item, 'reversed'),
      occurredAt: read.string(item, 'occurredAt'),
    };
  },
};
