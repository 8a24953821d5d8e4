/**
 * What a client attaches to a money movement (an order number, an invoice, a reason): a small map of
 * text keys to text values, stored on every ledger entry the movement writes. Held sorted by key, so
 * one map has one spelling (the idempotency fingerprint and the stores rely on it).
 */
export interface MetadataPair {
  readonly key: string;
  readonly value: string;
}

export type Metadata = readonly MetadataPair[];

export const METADATA_LIMITS = { keys: 16, keyLength: 40, valueLength: 256 } as const;

/**
 * Characters refused in keys and values:
 * - the control characters (U+0000 to U+001F, U+007F to U+009F): JSON escapes most of the first to 6 bytes
 *   (`\u0001`), so a map of them answered 25 KB per ledger entry; without them no character of a map takes more
 *   than 3 bytes in an answer (a character of U+0800 and up, in UTF-8), and docs/limits.md's bound counts on that.
 *   U+0085 (NEL) breaks lines in some tools;
 * - the line and paragraph separators (U+2028, U+2029), which break a statement's line where a reader does not look;
 * - the bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069): invisible, they reorder
 *   what a back-office screen or a statement shows ("refund \u202Egnp.exe" reads as "refund exe.png").
 * - the invisible ones that make two order numbers look alike: the soft hyphen (U+00AD), the zero-width space
 *   (U+200B), the word joiner (U+2060) and the byte order mark (U+FEFF).
 * No order number, invoice or reason needs them; letters of every script, emoji and their joiners (U+200C, U+200D)
 * are accepted.
 */
const REFUSED = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\u00AD\u200B\u2060\uFEFF]/u;

/** Why a metadata map was refused, in a sentence naming the offending key; undefined when it is acceptable. */
export function metadataProblem(pairs: Metadata): string | undefined {
  if (pairs.length > METADATA_LIMITS.keys) return `at most ${METADATA_LIMITS.keys} keys; got ${pairs.length}`;
  const seen = new Set<string>();
  for (const { key, value } of pairs) {
    const shown = JSON.stringify(key.slice(0, METADATA_LIMITS.keyLength));
    if (key.length === 0 || key.length > METADATA_LIMITS.keyLength)
      return `key ${shown} must have 1 to ${METADATA_LIMITS.keyLength} characters`;
    if (value.length > METADATA_LIMITS.valueLength) return `the value of ${shown} has more than ${METADATA_LIMITS.valueLength} characters`;
    if (!key.isWellFormed() || !value.isWellFormed()) return `key ${shown} or its value is not well-formed Unicode (a lone surrogate)`;
    if (REFUSED.test(key) || REFUSED.test(value))
      return `key ${shown} or its value holds a control, line-separator or bidirectional-control character (U+0000 to U+001F, U+007F to U+009F, U+2028, U+2029, U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) or an invisible one (U+00AD, U+200B, U+2060, U+FEFF)`;
    if (seen.has(key)) return `key ${shown} is given twice`;
    seen.add(key);
  }
  return undefined;
}

/** Sorted by key (code unit order, as the stores compare text). */
export function canonicalMetadata(pairs: Metadata): Metadata {
  return [...pairs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ key, value }) => ({ key, value }));
}

/** One text per map, for the idempotency fingerprint and for storage: `[["key","value"],...]`, sorted. */
export function metadataToJson(metadata: Metadata): string {
  return JSON.stringify(canonicalMetadata(metadata).map(({ key, value }) => [key, value]));
}

/** Reads what metadataToJson wrote; undefined when the text is not such a document. */
export function metadataFromJson(json: string): Metadata | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const pairs: MetadataPair[] = [];
  for (const pair of parsed) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return undefined;
    pairs.push({ key: pair[0], value: pair[1] });
  }
  return pairs;
}

export function hasPair(metadata: Metadata, wanted: MetadataPair): boolean {
  return metadata.some(({ key, value }) => key === wanted.key && value === wanted.value);
}
