import { _Record } from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { LedgerEntry } from '../../domain/ledger-entry';
import { unmarshallOptions } from './item-fields';
import { checkedEntry } from '../../domain/read-invariants';
import { entryItem } from './entry-item.mapper';

/**
 * The ledger entry a stream record announces, if it announces one: entries are immutable, so only an
 * INSERT of an ENTRY# item counts (wallet items and idempotency records are not events). The new image is
 * read through the same validated mapper, and checked, as a Query's item.
 */
export function entryOfRecord(record: _Record): LedgerEntry | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image || image.sk?.S?.startsWith('ENTRY#') !== true) return undefined;
  const entry = entryItem.toEntry(unmarshall(image, unmarshallOptions()));
  return checkedEntry(entry.walletId, entry);
}
