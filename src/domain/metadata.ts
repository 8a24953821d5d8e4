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
 * - the invisible ones: the format characters (Unicode's Cf: the bidirectional controls reorder what a back-office
 *   screen or a statement shows, "refund \u202Egnp.exe" reads as "refund exe.png"), every other default-ignorable
 *   character (variation selectors, Hangul fillers, Mongolian and Khmer invisibles, the combining grapheme joiner) and
 *   the noncharacters, and private-use characters, which show as nothing or as a box: each makes two order numbers
 *   look alike ("88\u2062" + "12" and "88\uFE00" + "12" read as "8812");
 * but where a script or an emoji needs one: the zero-width non-joiner and joiner (U+200C, U+200D) next to a letter,
 *   mark or emoji that is not ASCII and next to no ASCII letter or digit (Persian and the Indic scripts write them in
 *   and at the end of words, emoji inside a sequence; "88\u200D12" is refused); the variation selectors after an emoji
 *   or a CJK ideograph (a name's kanji variant), and a keycap's; the three flags written with tags (England,
 *   Scotland, Wales: any other run of tags hides text); and the visible signs Unicode files as format characters (the
 *   Arabic number, year, footnote and page signs: U+0600 to U+0605, U+06DD, U+070F, U+0890, U+0891, U+08E2; the
 *   Kaithi number signs). Letters of every script and emoji are accepted.
 */
const REFUSED = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u;
const JOINED = '[\\p{L}\\p{M}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F]';
const ACCEPTED_FORMAT = new RegExp(
  [
    `(?<![\\x00-\\x7F])(?<=${JOINED})[\\u200C\\u200D](?![A-Za-z0-9])`,
    `(?<![A-Za-z0-9])[\\u200C\\u200D](?![\\x00-\\x7F])(?=${JOINED})`,
    '(?<=\\p{Extended_Pictographic}|\\p{Emoji_Modifier})[\\uFE0E\\uFE0F]',
    '[0-9#*]\\uFE0F\\u20E3',
    '(?<=\\p{Ideographic})[\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}]',
    '\\u{1F3F4}\\u{E0067}\\u{E0062}(?:\\u{E0065}\\u{E006E}\\u{E0067}|\\u{E0073}\\u{E0063}\\u{E0074}|\\u{E0077}\\u{E006C}\\u{E0073})\\u{E007F}',
    '[\\u0600-\\u0605\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u{110BD}\\u{110CD}]',
  ].join('|'),
  'gu',
);
const refused = (text: string) => REFUSED.test(text.replace(ACCEPTED_FORMAT, ''));

/** A space of any kind (White_Space), or a character drawn as one: the braille blank U+2800, the null notehead U+1D159. */
const BLANK = '[\\s\\u2800\\u{1D159}]';
const BLANK_AT_AN_END = new RegExp(`^${BLANK}|${BLANK}$`, 'u');

/**
 * Why a text a person reads as a name would show as another text (the rules of metadata's keys and values): an
 * invisible character, or a space at an end; undefined when neither.
 */
export function shownTextProblem(text: string): string | undefined {
  if (refused(text))
    return 'holds a control character, a line or paragraph separator, or an invisible one (a format or other default-ignorable character, a noncharacter or a private-use character)';
  if (BLANK_AT_AN_END.test(text)) return 'begins or ends with a space (of any kind: U+0020, U+00A0, U+2009, U+2800, ...)';
  return undefined;
}

/**
 * A text as a person reads it: Unicode's compatibility form (NFKC). `café` composed and with a combining accent,
 * `ｋｅｙ` and `key`, `８８１２` and `8812`, `88\u00A012` and `88 12` each read as one text.
 */
const asRead = (text: string) => text.normalize('NFKC');

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
