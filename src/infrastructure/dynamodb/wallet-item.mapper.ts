import { Hold, HOLD_STATUSES } from '../../domain/hold';
import { parseHoldId } from '../../domain/hold-id';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LEDGER_ENTRY_TYPES, LedgerEntry } from '../../domain/ledger-entry';
import { Wallet } from '../../domain/wallet';
import { pendingHoldsFromJson, pendingHoldsToJson } from '../pending-holds-codec';
import { eventFromJson, eventToJson } from '../stored-event';
import { CorruptItemError, ExactNumber, Item, read } from './item-fields';
import { Metadata, metadataFromJson, metadataToJson } from '../../domain/metadata';
import {
  entryKey,
  holdKey,
  idempotencyKey,
  OWNER_KEY,
  OWNER_SORT,
  ownerIndexKey,
  ownerIndexSort,
  TIME_KEY,
  TIME_SORT,
  timeIndexKey,
  timeIndexSort,
  walletKey,
} from './table-keys';

/** Domain objects to DynamoDB items and back. Money is stored as integer minor units (type N). */
/**
 * What is fixed when a wallet is opened: its keys (table and owner index), identity, owner, currency and
 * opening time. Every other attribute of the item may change, and the update of a change writes them all.
 */
const FIXED_AT_OPENING = new Set(['pk', 'sk', 'type', OWNER_KEY, OWNER_SORT, 'id', 'ownerId', 'currency', 'createdAt']);

export const walletItem = {
  /** The attributes a change writes: all of the item's but those fixed at opening. */
  changeable(wallet: Wallet): Item {
    return Object.fromEntries(Object.entries(walletItem.from(wallet)).filter(([name]) => !FIXED_AT_OPENING.has(name)));
  },
  from(wallet: Wallet): Item {
    return {
      ...walletKey(wallet.id),
      type: 'Wallet',
      [OWNER_KEY]: ownerIndexKey(wallet.ownerId),
      [OWNER_SORT]: ownerIndexSort(wallet),
      id: wallet.id,
      ownerId: wallet.ownerId,
      currency: wallet.currency,
      balance: wallet.balance,
      pendingHolds: pendingHoldsToJson(wallet.pendingHolds),
      version: wallet.version,
      inTotal: wallet.inTotal,
      outTotal: wallet.outTotal,
      createdAt: wallet.createdAt,
      updatedAt: wallet.updatedAt,
    };
  },
  toWallet(item: Item): Wallet {
    const balance = read.bigint(item, 'balance');
    return {
      id: read.string(item, 'id'),
      ownerId: read.string(item, 'ownerId'),
      currency: read.currency(item, 'currency'),
      balance,
      // A wallet written before holds existed has none.
      pendingHolds:
        item.pendingHolds === undefined
          ? []
          : pendingHoldsFromJson(read.string(item, 'pendingHolds'), (problem) => new CorruptItemError(item, problem)),
      version: read.int(item, 'version'),
      // A wallet stored before running totals starts them here (see Wallet.inTotal).
      inTotal: item.inTotal === undefined ? balance : read.bigint(item, 'inTotal'),
      outTotal: item.outTotal === undefined ? 0n : read.bigint(item, 'outTotal'),
      createdAt: read.string(item, 'createdAt'),
      updatedAt: read.string(item, 'updatedAt'),
    };
  },
};

export const entryItem = {
  from(entry: LedgerEntry): Item {
    return {
      ...entryKey(entry.walletId, entry.version),
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

/**
 * A hold record. Its expiry is `holdExpiresAt` (ISO text), not `expiresAt`: that name is the table's TTL
 * attribute, and a hold record must never be deleted by it.
 */
export const holdItem = {
  from(hold: Hold): Item {
    const parts = parseHoldId(hold.id);
    if (!parts || parts.walletId !== hold.walletId) throw new Error(`Hold id ${hold.id} does not name wallet ${hold.walletId}`);
    return {
      ...holdKey(hold.walletId, parts.ordinal),
      type: 'Hold',
      id: hold.id,
      walletId: hold.walletId,
      currency: hold.currency,
      amount: hold.amount,
      capturedAmount: hold.capturedAmount,
      status: hold.status,
      holdExpiresAt: hold.expiresAt,
      createdAt: hold.createdAt,
      resolvedAt: hold.resolvedAt,
      actor: hold.actor,
      toWalletId: hold.toWalletId,
    };
  },
  toHold(item: Item): Hold {
    return {
      id: read.string(item, 'id'),
      walletId: read.string(item, 'walletId'),
      currency: read.currency(item, 'currency'),
      amount: read.bigint(item, 'amount'),
      capturedAmount: read.bigint(item, 'capturedAmount'),
      status: read.oneOf(item, 'status', HOLD_STATUSES),
      expiresAt: read.string(item, 'holdExpiresAt'),
      createdAt: read.string(item, 'createdAt'),
      resolvedAt: read.optionalString(item, 'resolvedAt'),
      actor: read.string(item, 'actor'),
      toWalletId: read.optionalString(item, 'toWalletId'),
    };
  },
};

function metadataOf(item: Item): Metadata {
  const json = read.optionalString(item, 'metadata');
  if (json === undefined) return [];
  const metadata = metadataFromJson(json);
  if (!metadata) throw new CorruptItemError(item, 'metadata is not a list of [key, value] pairs');
  return metadata;
}

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
