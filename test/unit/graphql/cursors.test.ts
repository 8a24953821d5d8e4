import { GraphQLError } from 'graphql';
import { cursorOf, versionOfCursor } from '../../../src/graphql/resolvers/history-page';
import { ordinalOfCursor, toHoldConnection } from '../../../src/graphql/resolvers/holds-page';
import { positionOfCursor } from '../../../src/graphql/resolvers/wallets-page';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const refused = (decode: () => unknown) => {
  try {
    decode();
  } catch (error) {
    return error instanceof GraphQLError && error.message === 'after is not a cursor returned by this API';
  }
  return false;
};

describe('cursors: only the spelling the API gives is read back (one position, one cursor)', () => {
  it('history: the version of an entry', () => {
    expect(versionOfCursor(cursorOf(3))).toBe(3);
    for (const spelling of [b64('v03'), `${Buffer.from('v4').toString('base64')}`, b64('v3 '), b64('3'), 'not-a-cursor', `${cursorOf(3)}=`])
      expect(refused(() => versionOfCursor(spelling))).toBe(true);
  });

  it('holds: the time-ordered part of a hold id', () => {
    const ordinal = '1791108001230-3f0a1b2c3d4e';
    const cursor = toHoldConnection({ holds: [], resumeAfter: ordinal }, undefined).pageInfo.endCursor!;
    expect(ordinalOfCursor(cursor)).toBe(ordinal);
    expect(refused(() => ordinalOfCursor(`${cursor}==`))).toBe(true);
    expect(refused(() => ordinalOfCursor(`${cursor}=`))).toBe(true);
  });

  it('wallets: creation time and id', () => {
    const position = { id: 'w-1', createdAt: '2026-12-01T00:00:00.000Z' };
    const cursor = b64(`${position.createdAt}#${position.id}`);
    expect(positionOfCursor(cursor)).toEqual(position);
    expect(refused(() => positionOfCursor(`${cursor}=`))).toBe(true);
    expect(refused(() => positionOfCursor(b64('2026-12-01T00:00:00.000Z#')))).toBe(true);
  });
});
