import { LEDGER_ENTRY_TYPES, LedgerEntry } from '../../domain/ledger-entry';
import { Metadata, metadataFromJson, metadataToJson } from '../../domain/metadata';
import { CorruptItemError, Item, read } from './item-fields';
import { entryKey, TIME_KEY, TIME_SORT, timeIndexKey, timeIndexSort } from './table-keys';

/** A ledger entry to its item (keyed by wallet and version, indexed by time) and back. */
export const entryItem = {
  from(entry: LedgerEntry): Item {
    // The key's two attributes named, not spread: V8 builds a literal that starts with a spread call's result
    // slowly (tens of microseconds here), and every change writes one entry.
    const { pk, sk } = entryKey(entry.walletId, entry.version);
    return {
      pk,
      sk,
      [TIME_KEY]: timeIndexKey(entry.walletId),
      [TIME_SORT]: timeIndexSort(entry.occurredAt, entry.version),
      type: 'LedgerEntry',
      id: entry.id,
      walletId: entry.walletId,
      entryType: entry.type,
      version: entry.version,
      currency: entry.currency,
      amount: entry.amount,
      balanceAfter: entry.balanceAfter,
      inTotalAfter: entry.inTotalAfter,
      outTotalAfter: entry.outTotalAfter,
      availableAfter: entry.availableAfter,
      occurredAt: entry.occurredAt,
      actor: entry.actor,
      transferId: entry.transferId,
      counterpartyWalletId: entry.counterpartyWalletId,
      idempotencyKey: entry.idempotencyKey,
      reversalOf: entry.reversalOf,
      metadata: entry.metadata.length > 0 ? metadataToJson(entry.metadata) : undefined,
      holdId: entry.holdId,
    };
  },
  toEntry(item: Item): LedgerEntry {
    const balanceAfter = read.bigint(item, 'balanceAfter');
    return {
      id: read.string(item, 'id'),
      walletId: read.string(item, 'walletId'),
      type: read.oneOf(item, 'entryType', LEDGER_ENTRY_TYPES),
      version: read.int(item, 'version'),
      currency: read.currency(item, 'currency'),
      amount: read.bigint(item, 'amount'),
      balanceAfter,
      inTotalAfter: item.inTotalAfter === undefined ? undefined : read.bigint(item, 'inTotalAfter'),
      outTotalAfter: item.outTotalAfter === undefined ? undefined : read.bigint(item, 'outTotalAfter'),
      // Entries written before holds existed: nothing was held, so available was the balance.
      availableAfter: item.availableAfter === undefined ? balanceAfter : read.bigint(item, 'availableAfter'),
      occurredAt: read.string(item, 'occurredAt'),
      actor: read.string(item, 'actor'),
      transferId: read.optionalString(item, 'transferId'),
      counterpartyWalletId: read.optionalString(item, 'counterpartyWalletId'),
      idempotencyKey: read.optionalString(item, 'idempotencyKey'),
      reversalOf: read.optionalString(item, 'reversalOf'),
      metadata: metadataOf(item),
      holdId: read.optionalString(item, 'holdId'),
    };
  },
  /** True for an entry written before the time index: it lacks the index's keys. */
  isUnindexed(item: Item): boolean {
    return item[TIME_KEY] === undefined;
  },
};

function metadataOf(item: Item): Metadata {
  const json = read.optionalString(item, 'metadata');
  if (json === undefined) return [];
  const metadata = metadataFromJson(json);
  if (!metadata) throw new CorruptItemError(item, 'metadata is not a list of [key, value] pairs');
  return metadata;
}
