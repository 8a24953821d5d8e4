import { FinalWallet, LedgerLine } from '../../../tools/verify/final-wallet';
import { flippedByExpiry } from '../../../tools/verify/expiry-flips';
import { Answer, Attempt, OpRecord } from '../../../tools/verify/op-log';

const attempt = (answer: Answer, role: Attempt['role'] = 'first'): Attempt => ({ sentAt: 0, endedAt: 1, timeoutMs: 1_000, role, answer });
const refused: Answer = { kind: 'error', typename: 'InsufficientBalance', code: 'INSUFFICIENT_BALANCE' };
const placed: Answer = { kind: 'success', wallets: [{ walletId: 'A', ownerId: 'u', version: 5, balance: 100n }] };
const line = (version: number, type: string): LedgerLine => ({ walletId: 'A', type, version, amount: 10n, balanceAfter: 100n });

/** A placeHold at version 3 refused, then sent again with its key and placed (the wallet shown at version 5). */
const op = (first: Answer = refused): OpRecord => ({
  id: 7,
  client: 0,
  user: 'u',
  phase: 'run',
  spec: { type: 'placeHold', key: 'k', walletId: 'A', amount: 50n, expectedVersion: 3, expiresInSeconds: 20 },
  invokedAt: 0,
  attempts: [attempt(first), attempt(placed, 'duplicate')],
  wasUnknown: false,
});
const ledger = (...entries: LedgerLine[]): Map<string, FinalWallet> =>
  new Map([['A', { walletId: 'A', ownerId: 'u', version: 5, balance: 100n, entries }]]);

describe('a refusal overtaken by a hold expiry is not a contradiction', () => {
  it('excuses InsufficientBalance when the later success released an expired hold in its own write', () => {
    const o = op();
    expect(flippedByExpiry(o, o.attempts[0], ledger(line(4, 'HOLD_EXPIRED'), line(5, 'HOLD_PLACED')))).toBe(true);
  });

  it('does not excuse it when no hold expired between the two answers', () => {
    const o = op();
    expect(flippedByExpiry(o, o.attempts[0], ledger(line(4, 'HOLD_RELEASED'), line(5, 'HOLD_PLACED')))).toBe(false);
    // An expiry released before the refused attempt's version freed nothing the refusal lacked.
    expect(flippedByExpiry(o, o.attempts[0], ledger(line(3, 'HOLD_EXPIRED'), line(5, 'HOLD_PLACED')))).toBe(false);
  });

  it('does not excuse refusals the clock cannot change', () => {
    const mismatch: Answer = { kind: 'error', typename: 'CurrencyMismatch', code: 'CURRENCY_MISMATCH' };
    const o = op(mismatch);
    expect(flippedByExpiry(o, o.attempts[0], ledger(line(4, 'HOLD_EXPIRED'), line(5, 'HOLD_PLACED')))).toBe(false);
  });
});
