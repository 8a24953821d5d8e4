import { hasPair, METADATA_LIMITS, metadataProblem } from '../../../src/domain/metadata';

const one = (key: string, value = 'v') => metadataProblem([{ key, value }]);

describe('metadata: what a key or a value may hold', () => {
  it.each([
    ['a bidirectional control', 'refund \u202Egnp.exe'],
    ['a zero-width space', '88\u200B12'],
    ['an invisible times', '88\u206212'],
    ['an invisible separator', '88\u206312'],
    ['the Mongolian vowel separator', '88\u180E12'],
    ['an interlinear annotation', '88\uFFF912'],
    ['a tag outside a flag', '88\u{E0041}12'],
    ['the language tag', '\u{E0001}8812'],
    ['the combining grapheme joiner', '88\u034F12'],
    ['a private-use character', '88\uE00012'],
    ['a supplementary private-use character', '88\u{F0000}12'],
    ['the soft hyphen', '88\u00AD12'],
    ['a byte order mark', '\uFEFF8812'],
    ['a C1 control', 'a\u0085b'],
    ['a zero-width joiner between digits', '88\u200D12'],
    ['a zero-width non-joiner between digits', '88\u200C12'],
    ['a zero-width joiner between ASCII letters', 'INV\u200DA'],
    ['a variation selector between digits', '88\uFE0012'],
    ['an emoji variation selector after a digit, with no keycap', '8\uFE0F812'],
    ['a Hangul filler', '88\u316412'],
    ['a Hangul filler joined', '88\u3164\u200D\u316412'],
    ['a Khmer invisible vowel', '88\u17B412'],
    ['a Mongolian variation selector', '88\u180B12'],
    ['a noncharacter', '88\uFFFE12'],
    ['a joiner between Arabic-Indic digits', '\u0668\u200D\u0668'],
    ['text hidden in tags after a flag', '🏴\u{E0038}\u{E0038}\u{E0031}\u{E0032}\u{E007F}'],
    ['the tags of a flag that is none', '🏴\u{E0067}\u{E0062}\u{E0078}\u{E0078}\u{E0078}\u{E007F}'],
  ])('refuses %s, in a value and in a key', (_, text) => {
    expect(one('k', text)).toMatch(/holds a control character .* or an invisible one/);
    expect(one(text)).toMatch(/holds a control character/);
  });

  it.each([
    ['emoji joined by U+200D', '👩\u200D💻'],
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['Devanagari with a zero-width joiner', 'क्\u200Dष'],
    ["Scotland's flag (tags between U+1F3F4 and the cancel tag)", '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
    ['a skin tone and a variation selector', '👍🏽 ❤\uFE0F'],
    ['a sequence after a skin tone and after a variation selector', '👩🏽\u200D💻 ❤\uFE0F\u200D🔥'],
    [
      "England's and Wales's flags",
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} 🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}',
    ],
    ['the Arabic number sign and year sign', '\u0600\u0661\u0662 \u0601\u0662\u0660\u0662\u0666'],
    ['Malayalam with a joiner at the end of a word (the older chillu spelling)', 'അവന്\u200D വന്നു'],
    ['Persian digits joined to a suffix', '۱۹۶۰\u200Cها'],
    ['the Persian Hijri notation', '۱۴۰۲ ه\u200D.ش'],
    ['a keycap', '1\uFE0F\u20E3 #\uFE0F\u20E3'],
    ['emoji and text presentation selectors', '❤\uFE0F ☺\uFE0E ©\uFE0F'],
    ["a name's kanji variant (an ideographic variation sequence)", '葛\u{E0100}飾'],
    ['letters of every script', 'تحويل שלום Zoë 東京'],
  ])('accepts %s', (_, text) => {
    expect(one('k', text)).toBeUndefined();
    expect(one(text)).toBeUndefined();
  });

  it('refuses one key in two spellings (composed, and with a combining accent; full-width): it would show twice', () => {
    expect(
      metadataProblem([
        { key: 'caf\u00E9', value: '1' },
        { key: 'cafe\u0301', value: '2' },
      ]),
    ).toMatch(/is given twice/);
    expect(
      metadataProblem([
        { key: 'key', value: '1' },
        { key: '\uFF4B\uFF45\uFF59', value: '2' },
      ]),
    ).toMatch(/is given twice/);
  });

  it.each([
    ['a trailing space', 'order '],
    ['a leading space', ' order'],
    ['only spaces', '   '],
    ['a trailing no-break space', 'order\u00A0'],
    ['a trailing thin space', 'order\u2009'],
    ['a leading ideographic space', '\u3000order'],
    ['a trailing braille blank (drawn as a space)', 'order\u2800'],
    ['only a braille blank', '\u2800'],
    ['a trailing null notehead (drawn as nothing)', 'order\u{1D159}'],
  ])('refuses %s at an end, in a key and in a value: "order " shows as "order" (a finance probe)', (_, text) => {
    expect(one(text)).toMatch(/begins or ends with a space/);
    expect(one('k', text)).toMatch(/begins or ends with a space/);
    expect(one('order', 'inner spaces are text')).toBeUndefined();
  });

  it('counts lengths in UTF-16 code units, and says so', () => {
    expect(one('k', '😀'.repeat(METADATA_LIMITS.valueLength / 2))).toBeUndefined();
    expect(one('k', '😀'.repeat(METADATA_LIMITS.valueLength / 2 + 1))).toBe(
      `the value of "k" has more than ${METADATA_LIMITS.valueLength} characters (UTF-16 code units: an emoji counts two)`,
    );
    expect(one('😀'.repeat(METADATA_LIMITS.keyLength / 2 + 1))).toMatch(/must have 1 to 40 characters \(UTF-16 code units/);
  });

  it('finds a pair as a person reads it: composed or not, full-width or not, a no-break space or a space', () => {
    const stored = [
      { key: 'café', value: 'Crème brûlée' },
      { key: 'order', value: '８８１２' },
      { key: 'ref', value: '88\u00A012' },
    ];
    expect(hasPair(stored, { key: 'cafe\u0301', value: 'Cre\u0300me bru\u0302le\u0301e' })).toBe(true);
    expect(hasPair(stored, { key: 'ｏｒｄｅｒ', value: '8812' })).toBe(true);
    expect(hasPair(stored, { key: 'ref', value: '88 12' })).toBe(true);
    expect(hasPair(stored, { key: 'order', value: '8813' })).toBe(false);
    expect(hasPair(stored, { key: 'cafe', value: 'Crème brûlée' })).toBe(false);
    expect(hasPair(stored, { key: 'ref', value: '8812' })).toBe(false);
  });
});
