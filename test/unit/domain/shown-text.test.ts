import { ownerIdProblem } from '../../../src/domain/shown-text';

describe("ownerIdProblem: an owner's id that would show as another owner's", () => {
  it.each([
    [' alice', 'space'],
    ['alice\u0000', 'control'],
    ['\uFF41\uFF4C\uFF49\uFF43\uFF45', 'NFKC'],
    // A hostile probe: each shows as an owner that exists, and was taken.
    ['jos\u00E9\u200D', 'invisible'],
    ['jos\u00E9\u200C', 'invisible'],
    ['\u5C71\u7530\uFE00', 'invisible'],
    ['\u5C71\u7530\u{E0100}', 'invisible'],
    ['ali\u0307ce', 'combining mark'],
    ['\u0301alice', 'combining mark'],
    ['\u0131\u0307lice', 'combining mark'],
    ['fr\u2800ank', 'space'],
    ['fr\u{1D159}ank', 'space'],
    ['fr\u00A0ank', 'NFKC'],
    ['fr\u2009ank', 'NFKC'],
    ['fr  ank', 'space'],
    ['fr\tank', 'control'],
    ['frank\uFFFD', 'invisible'],
    ['frank\uFFFC', 'invisible'],
  ])('refuses %j (%s)', (ownerId, why) => {
    expect(ownerIdProblem(ownerId)).toContain(why === 'control' ? 'control character' : why);
  });

  it.each([
    'alice',
    'auth0|5f7c8e2a9b',
    'b2c1f7e0-4c1e-4a8e-9f3e-2d6f1a7b8c9d',
    'alice@example.com',
    'Alice Smith',
    'Jos\u00E9',
    'Ἀλέξανδρος',
    'Дмитрий',
    '\u5C71\u7530',
    '\u0930\u093E\u092E', // राम: a vowel sign on a Devanagari letter
    '\u0E2A\u0E21\u0E0A\u0E32\u0E22', // สมชาย
    'Nguy\u1EC5n',
  ])('takes %j', (ownerId) => {
    expect(ownerIdProblem(ownerId)).toBeUndefined();
  });
});
