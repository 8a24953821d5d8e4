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
 * - the format characters (Unicode's Cf), invisible: the bidirectional controls reorder what a back-office screen or a
 *   statement shows ("refund \u202Egnp.exe" reads as "refund exe.png"), and the others (the soft hyphen, zero-width
 *   space, word joiner, invisible operators, byte order mark, interlinear annotations, tags) make two order numbers look
 *   alike ("88\u2062" + "12" reads as "8812"); the combining grapheme joiner (U+034F) and private-use characters,
 *   which show as nothing or as a box, likewise;
 * but the zero-width non-joiner and joiner (U+200C, U+200D) between two letters, marks or emoji, none of them ASCII
 * (Persian and the Indic scripts write them inside words, emoji inside a sequence; "88\u200D12" is refused), the
 * three flags written with tags (England, Scotland, Wales: any other run of tags hides text) and the visible signs
 * Unicode files as format characters (the Arabic number, year, footnote and page signs: U+0600 to U+0605, U+06DD,
 * U+070F, U+0890, U+0891, U+08E2; the Kaithi number signs). Letters of every script and emoji are accepted.
 */
const REFUSED = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]|\u034F/u;
const JOINED = '[\\p{L}\\p{M}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F]';
const ACCEPTED_FORMAT = new RegExp(
  [
    `(?<![\\x00-\\x7F])(?<=${JOINED})[\\u200C\\u200D](?![\\x00-\\x7F])(?=${JOINED})`,
    '\\u{1F3F4}\\u{E0067}\\u{E0062}(?:\\u{E0065}\\u{E006E}\\u{E0067}|\\u{E0073}\\u{E0063}\\u{E0074}|\\u{E0077}\\u{E006C}\\u{E0073})\\u{E007F}',
    '[\\u0600-\\u0605\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u{110BD}\\u{110CD}]',
  ].join('|'),
  'gu',
);
const refused = (text: string) => REFUSED.test(text.replace(ACCEPTED_FORMAT, ''));

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
      return `key ${shown} or its value holds a control character (U+0000 to U+001F, U+007F to U+009F), a line or paragraph separator (U+2028, U+2029), or an invisible one: a format character (bidirectional controls such as U+202E, U+00AD, U+200B, U+2060, U+FEFF and the like; U+200C and U+200D are accepted), U+034F or a private-use character`;
    // Two spellings of one key ("é" composed, or e and a combining accent) would show as one key twice.
    const normal = key.normalize('NFC');
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

export function hasPair(metadata: Metadata, wanted: MetadataPair): boolean {
  return metadata.some(({ key, value }) => key === wanted.key && value === wanted.value);
}
