/**
 * The single-table key design. One partition per wallet holds the wallet item and its ledger,
 * so a wallet's history is one Query on its partition, newest first by sort key:
 *
 *   pk                    sk                       item
 *   WALLET#<walletId>     WALLET                   the wallet (currency, balance, version, ...)
 *   WALLET#<walletId>     ENTRY#<version, 16 digits>  one ledger entry per version, immutable
 *   IDEMPOTENCY#<key>     IDEMPOTENCY              the first result of a request key (TTL)
 *
 * Versions are zero-padded so that string order is numeric order.
 */
export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';
/** The attribute DynamoDB's time-to-live deletes expired idempotency records by. */
export const TTL_ATTRIBUTE = 'expiresAt';

const VERSION_DIGITS = 16;

export const walletKey = (walletId: string) => ({ pk: `WALLET#${walletId}`, sk: 'WALLET' });

export const entryKey = (walletId: string, version: number) => ({
  pk: `WALLET#${walletId}`,
  sk: `ENTRY#${String(version).padStart(VERSION_DIGITS, '0')}`,
});

export const idempotencyKey = (key: string) => ({ pk: `IDEMPOTENCY#${key}`, sk: 'IDEMPOTENCY' });
