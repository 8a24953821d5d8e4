import { asRead, BLANK_AT_AN_END, refused } from './shown-text';

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

/** Why a metadata map was refused, in a sentence naming the offending key; undefined when it is acceptable. */
export function metadataProblem(pairs: Metadata): string | undefined {
  if (pairs.length > METADATA_LIMITS.keys) return `at most ${METADATA_LIMITS.keys} keys; got ${pairs.length}`;
  const seen = new Set<string>();
  for (const { key, value } of pairs) {
    const shown = JSON.stringify(key.slice(0, METADATA_LIMITS.keyLength));
    if (key.length === 0 || key.length > METADATA_LIMITS.keyLength)
      return `key ${shown} must have 1 to ${METADATA_LIMITS.keyLength} characters (UTF-16 code units: an emoji counts two)`;
    // Lengths in UTF-16 code units, as JavaScript and GraphQL count: a character past U+FFFF (an emoji) counts two.
    if (value.length > METADATA_LIMITS.valueLength)
      return `the value of ${shown} has more than ${METADATA_LIMITS.valueLength} characters (UTF-16 code units: an emoji counts two)`;
    if (!key.isWellFormed() || !value.isWellFormed()) return `key ${shown} or its value is not well-formed Unicode (a lone surrogate)`;
    if (refused(key) || refused(value))
      return `key ${shown} or its value holds a control character (U+0000 to U+001F, U+007F to U+009F), a line or paragraph separator (U+2028, U+2029), or an invisible one: a format or other default-ignorable character (bidirectional controls such as U+202E, U+00AD, U+200B, U+2060, U+FEFF, variation selectors, fillers and the like; see docs/finance.md for where U+200C, U+200D and variation selectors are accepted), a noncharacter or a private-use character`;
    // "order " and "order\u00A0" show as "order": a key or a value may not begin or end with a space of any kind.
    if (BLANK_AT_AN_END.test(key) || BLANK_AT_AN_END.test(value))
      return `key ${shown} or its value begins or ends with a space (of any kind: U+0020, U+00A0, U+2009, U+2800, ...), which shows as nothing`;
    // Two spellings of one key ("é" composed, or e and a combining accent; "ｋｅｙ" and "key") would show as one key twice.
    const normal = asRead(key);
    if (seen.has(normal)) return `key ${shown} is given twice`;
    seen.add(normal);
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

/** Whether the map holds the pair as a person reads it (asRead): a filter finds an order however its number was typed. */
export function hasPair(metadata: Metadata, wanted: MetadataPair): boolean {
  const key = asRead(wanted.key);
  const value = asRead(wanted.value);
  return metadata.some((pair) => asRead(pair.key) === key && asRead(pair.value) === value);
}
