import { HoldBook } from '../../../tools/verify/hold-book';

const hold = (holdId: string, expiresAtMs: number) => ({ holdId, walletId: 'w1', amount: 10n, expiresAtMs });

describe('HoldBook keeps each client first hold for a capture after its expiry', () => {
  it('keeps the first hold out of the live and expiring ones, and hands it over once', () => {
    const book = new HoldBook();
    expect(book.needsKeptHold()).toBe(true);
    book.add(hold('H1', 1_000));
    book.add(hold('H2', 1_200));
    expect(book.needsKeptHold()).toBe(false);
    expect(book.live(0, 500).map((h) => h.holdId)).toEqual(['H2']);
    expect(book.expiring(900, 500).map((h) => h.holdId)).toEqual(['H2']);
    expect(book.takeKept()?.holdId).toBe('H1');
    expect(book.takeKept()).toBeUndefined();
    // Once tried, it is an ordinary hold again (resolved holds leave the book when an answer shows it).
    expect(book.expiring(2_000, 0).map((h) => h.holdId)).toEqual(['H1', 'H2']);
  });
});
