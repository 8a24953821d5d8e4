/**
 * The single-table key design. One partition per wallet holds the wallet item and its ledger,
 * so a wallet's history is one Query on its partition, newest first by sort key:
 *
 *   pk                    sk                       item
 *   WALLET#<walletId>     WALLET                   the wallet (currency, balance, version, ...)
 *   WALLET#<walletId>     ENTRY#<version, 16 digits>  one ledger entry per version, immutable
 *   WALLET#<walletId>     HOLD#<ms>-<hex>          one hold record (the time-ordered part of its id)
 *   IDEMPOTENCY#<n>:<owner>#<key>  IDEMPOTENCY     the first result of one caller's request key (TTL)
 *
 * Versions are zero-padded so that string order is numeric order. The owner in an idempotency key
 * is length-prefixed, so no pair of owner and key can spell another pair's partition.
 *
 * A global secondary index lists one owner's wallets, newest first (only wallet items carry its keys):
 *
 *   ownerKey (hash)       ownerSort (range)
 *   OWNER#<ownerId>       <createdAt>#<walletId>
 *
 * A transfer's record (who paid whom, how much, how much reversed so far) is an item of its own:
 *
 *   TRANSFER#<transferId>  TRANSFER
 *
 * A sparse global secondary index finds a wallet's entries by time (only entry items carry its keys;
 * entries written before it existed do not, see HistoryNotIndexedError). Times are ordered like
 * versions per wallet, so the version in the sort key only breaks ties:
 *
 *   entryWallet (hash)    entrySort (range)
 *   WALLET#<walletId>     <occurredAt>#<version, 16 digits>
 */
export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';
/** The attribute DynamoDB's time-to-live deletes expired idempotency records by. */
export const TTL_ATTRIBUTE = 'expiresAt';

const VERSION_DIGITS = 16;
const padded = (version: number) => String(version).padStart(VERSION_DIGITS, '0');

export const walletKey = (walletId: string) => ({ pk: `WALLET#${walletId}`, sk: 'WALLET' });

export const entryKey = (walletId: string, version: number) => ({
  pk: `WALLET#${walletId}`,
  sk: `ENTRY#${padded(version)}`,
});

/** A hold lives in its wallet's partition: its id names the wallet, so one GetItem finds it, and sk order is placing order. */
export const holdKey = (walletId: string, ordinal: string) => ({ pk: `WALLET#${walletId}`, sk: `${HOLD_SORT_PREFIX}${ordinal}` });
export const HOLD_SORT_PREFIX = 'HOLD#';

export const idempotencyKey = (owner: string, key: string) => ({ pk: `IDEMPOTENCY#${owner.length}:${owner}#${key}`, sk: 'IDEMPOTENCY' });

export const OWNER_INDEX = 'byOwner';
export const OWNER_KEY = 'ownerKey';
export const OWNER_SORT = 'ownerSort';

export const ownerIndexKey = (ownerId: string) => `OWNER#${ownerId}`;
export const ownerIndexSort = (position: { readonly createdAt: string; readonly id: string }) => `${position.createdAt}#${position.id}`;

export const transferKey = (transferId: string) => ({ pk: `TRANSFER#${transferId}`, sk: 'TRANSFER' });

export const TIME_INDEX = 'byTime';
export const TIME_KEY = 'entryWallet';
export const TIME_SORT = 'entrySort';

export const timeIndexKey = (walletId: string) => `WALLET#${walletId}`;
/** `<occurredAt>#<version>`: every key of an entry at or after `at` sorts after `at` itself (times are fixed-width). */
export const timeIndexSort = (occurredAt: string, version: number) => `${occurredAt}#${padded(version)}`;
