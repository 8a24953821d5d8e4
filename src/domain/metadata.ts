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
 * The control characters (U+0000 to U+001F, U+007F), refused in keys and values: JSON escapes most of
 * them to 6 bytes (`\u0001`), so a map of them answered 25 KB per ledger entry; without them no
 * character of a map takes more than 3 bytes in an answer (a character of U+0800 and up, in UTF-8), and
 * docs/limits.md's bound counts on that. No order number or invoice needs them, nor a tab or line break.
 */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

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
    if (hasControlCharacter(key) || hasControlCharacter(value))
      return `key ${shown} or its value holds a control character (U+0000 to U+001F or U+007F)`;
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
