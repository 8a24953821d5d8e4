import { csvCell } from '../../../src/http/statement-csv-lines';

/**
 * What a spreadsheet would run as a formula is defused where any cell may start: at the cell's start, and after a `;`
 * or a tab, on which Excel splits a .csv in locales whose list separator is `;` (a hostile probe planted
 * `x;=WEBSERVICE(...)` in a payee's statement through a transfer's metadata).
 */
describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['x;=WEBSERVICE(CHAR(104)&F2);=1+1;y', "x;'=WEBSERVICE(CHAR(104)&F2);'=1+1;y"],
    ['x; =1+1', "x; '=1+1"],
    ['x;"=1+1', `"x;""'=1+1"`],
    ['{"order":"x;-2+3"}', `"{""order"":""x;'-2+3""}"`],
    ['a\t=1', "a\t'=1"],
    // Fullwidth, as an East Asian keyboard types them (a hostile probe: not confirmed that a spreadsheet runs them).
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['x;\uFF0BSUM(A1)', "x;'\uFF0BSUM(A1)"],
    ['\uFF20A1', "'\uFF20A1"],
    ['\uFF0D2+3', "'\uFF0D2+3"],
  ])('defuses %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    ['-12.50', '-12.50'],
    ['42', '42'],
    ['order 8812; paid', 'order 8812; paid'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['x=1', 'x=1'],
  ])('leaves %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('leaves no split of a written cell on ";" or a tab that starts with a formula character', () => {
    const written = csvCell('{"k":"a;=1;+2;\t@3; "=4"}');
    for (const part of written.split(/[;\t]/)) expect(part.replace(/^[\s"]*/, '')).not.toMatch(/^[=+\-@]/);
  });
});
