import { IdempotencyRecord } from '../../domain/idempotency';
import { eventFromJson, eventToJson } from '../stored-event';
import { CorruptItemError, ExactNumber, Item, read } from './item-fields';
import { idempotencyKey } from './table-keys';
import { walletItem } from './wallet-item.mapper';

/**
 * The stored result of an idempotent request. The event is kept as one JSON document (bigints as
 * decimal strings) and read back through the same validated field readers as any other item.
 */
export const idempotencyItem = {
  from(record: IdempotencyRecord): Item {
    return {
      ...idempotencyKey(record.owner, record.key),
      type: 'IdempotencyRecord',
      owner: record.owner,
      key: record.key,
      fingerprint: record.fingerprint,
      event: eventToJson(record.event),
      storedAt: record.storedAt,
      expiresAt: record.expiresAt,
    };
  },
  toRecord(item: Item): IdempotencyRecord {
    return {
      owner: read.string(item, 'owner'),
      key: read.string(item, 'key'),
      fingerprint: read.string(item, 'fingerprint'),
      event: eventFromJson(read.string(item, 'event'), {
        wallet: (object) => walletItem.toWallet(numbersWrapped(object, ['balance', 'version', 'inTotal', 'outTotal'])),
        corrupt: (problem) => new CorruptItemError(item, problem),
      }),
      storedAt: read.int(item, 'storedAt'),
      expiresAt: read.int(item, 'expiresAt'),
    };
  },
};

function numbersWrapped(object: Item, names: readonly string[]): Item {
  const copy: Item = { ...object };
  for (const name of names) {
    const value = copy[name];
    if (typeof value === 'string') copy[name] = ExactNumber.of(value);
  }
  return copy;
}
