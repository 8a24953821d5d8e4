import { Wallet } from '../../domain/wallet';
import { pendingHoldsFromJson, pendingHoldsToJson } from '../pending-holds-codec';
import { CorruptItemError, Item, read } from './item-fields';
import { OWNER_KEY, OWNER_SORT, ownerIndexKey, ownerIndexSort, walletKey } from './table-keys';

/**
 * What is fixed when a wallet is opened: its keys (table and owner index), identity, owner, currency and
 * opening time. Every other attribute of the item may change, and the update of a change writes them all.
 */
const FIXED_AT_OPENING = new Set(['pk', 'sk', 'type', OWNER_KEY, OWNER_SORT, 'id', 'ownerId', 'currency', 'createdAt']);

/** A wallet to its DynamoDB item and back. Money is stored as integer minor units (type N). */
export const walletItem = {
  /** The attributes a change writes: all of the item's but those fixed at opening. */
  changeable(wallet: Wallet): Item {
    const item = walletItem.from(wallet);
    const changeable: Item = {};
    for (const name of Object.keys(item)) if (!FIXED_AT_OPENING.has(name)) changeable[name] = item[name];
    return changeable;
  },
  from(wallet: Wallet): Item {
    const { pk, sk } = walletKey(wallet.id); // named, not spread: see entryItem.from
    return {
      pk,
      sk,
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
