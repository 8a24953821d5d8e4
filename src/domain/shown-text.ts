/**
 * Text a person reads as a name (metadata's keys and values, an owner's id): what makes one text show as another.
 */

/**
 * A text as a person reads it: Unicode's compatibility form (NFKC). `café` composed and with a combining accent,
 * `ｋｅｙ` and `key`, `８８１２` and `8812`, `88\u00A012` and `88 12` each read as one text.
 */
export const asRead = (text: string) => text.normalize('NFKC');

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
export const refused = (text: string) => REFUSED.test(text.replace(ACCEPTED_FORMAT, ''));

/** A space of any kind (White_Space), or a character drawn as one: the braille blank U+2800, the null notehead U+1D159. */
const BLANK = '[\\s\\u2800\\u{1D159}]';
export const BLANK_AT_AN_END = new RegExp(`^${BLANK}|${BLANK}$`, 'u');

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

/** Marks that follow a letter of a script NFC composes (Latin, Greek, Cyrillic), a symbol, or nothing: `i\u0307` shows as `i`. */
const LOOSE_MARK = /(^|[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Common}\p{sc=Inherited}])\p{M}/u;
/** Invisible in an identifier, where no script needs them (the joiners and variation selectors metadata's text keeps). */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\uFFFC\uFFFD]/u;
/** A space other than U+0020 anywhere, two in a row, or a character drawn as one (U+2800, U+1D159). */
const ODD_SPACE = /[^\S ]|  |[\u2800\u{1D159}]/u;

/**
 * Why an owner's id would show as another owner's, if it would: shownTextProblem's rules, and stricter ones for an
 * identifier, which no language writes (a hostile probe had `josé\u200d`, `山田\ufe00`, `ali\u0307ce` and `\u0301alice`
 * taken): no joiner or variation selector, no combining mark that a letter of a script NFC composes would have
 * absorbed, no space but single U+0020s, no replacement character. Letters of another script drawn alike (Cyrillic `а`
 * in `аlice`) pass: telling them apart needs Unicode's confusables (UTS #39).
 */
export function ownerIdProblem(text: string): string | undefined {
  const shown = shownTextProblem(text);
  if (shown) return shown;
  if (asRead(text) !== text) return "is not in Unicode's NFKC form (fullwidth or other compatibility characters)";
  if (INVISIBLE.test(text)) return 'holds an invisible character (a joiner, a variation selector, a format character) or U+FFFC/U+FFFD';
  if (LOOSE_MARK.test(text))
    return 'holds a combining mark on a Latin, Greek or Cyrillic letter, a symbol or nothing (drawn as another letter)';
  if (ODD_SPACE.test(text)) return 'holds a space other than single U+0020s between characters';
  return undefined;
}
