/**
 * A hold id: opaque to clients, but it names its wallet and a time-ordered part, so one read finds the
 * record (in the wallet's own partition or rows) and a wallet's holds list newest first by id alone.
 *
 *   H<epoch milliseconds, 13 digits>-<12 hex digits>-<walletId>
 *
 * The fixed-width prefix comes first, so the wallet id (any text of 1 to 128 characters) needs no escaping.
 */
const HOLD_ID = /^H(\d{13})-([0-9a-f]{12})-([\s\S]{1,128})$/;

export interface HoldIdParts {
  readonly walletId: string;
  /** `<ms>-<hex>`: sorts as the holds were placed. */
  readonly ordinal: string;
}

export function newHoldId(walletId: string, now: Date, randomHex12: string): string {
  return `H${String(now.getTime()).padStart(13, '0')}-${randomHex12}-${walletId}`;
}

/** Strict: anything this service did not mint is undefined (the API answers BAD_USER_INPUT). */
export function parseHoldId(holdId: string): HoldIdParts | undefined {
  const match = HOLD_ID.exec(holdId);
  if (!match || !holdId.isWellFormed()) return undefined;
  return { ordinal: `${match[1]}-${match[2]}`, walletId: match[3] };
}
