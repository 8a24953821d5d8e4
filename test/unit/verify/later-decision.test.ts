import { decidedAgainLater } from '../../../tools/verify/later-decision';
import { Answer, Attempt, OpRecord } from '../../../tools/verify/op-log';

const attempt = (answer: Answer, role: Attempt['role'], expectedVersion?: number): Attempt => ({
  sentAt: 0,
  endedAt: 1,
  timeoutMs: 1_000,
  role,
  answer,
  ...(expectedVersion !== undefined && { expectedVersion }),
});
const refused: Answer = { kind: 'error', typename: 'InsufficientBalance', code: 'INSUFFICIENT_BALANCE' };
const placedAt = (version: number): Answer => ({ kind: 'success', wallets: [{ walletId: 'A', ownerId: 'u', version, balance: 100n }] });

/** A placeHold based on version 3: its attempts as given. */
const op = (...attempts: Attempt[]): OpRecord => ({
  id: 7,
  client: 0,
  user: 'u',
  phase: 'run',
  spec: { type: 'placeHold', key: 'k', walletId: 'A', amount: 50n, expectedVersion: 3, expiresInSeconds: 20 },
  invokedAt: 0,
  attempts,
  wasUnknown: false,
});

describe('a success decided after a refusal is not a contradiction', () => {
  it('excuses a refusal at version 3 when the success wrote version 5 (a hold expired, or a retry at a fresher version)', () => {
    const o = op(attempt(refused, 'first'), attempt(placedAt(5), 'duplicate'));
    expect(decidedAgainLater(o, o.attempts[0])).toBe(true);
    const retried = op(
      attempt({ kind: 'unknown', reason: 'timeout' }, 'first'),
      attempt(refused, 'retry', 4),
      attempt(placedAt(6), 'retry', 5),
    );
    expect(decidedAgainLater(retried, retried.attempts[1])).toBe(true);
  });

  it('does not excuse a refusal when the success shows a write at or before the version the refusal was decided at', () => {
    // Applied as version 4 while the retry at 4 was refused: the key's record was there, the service said "not applied".
    const o = op(attempt({ kind: 'unknown', reason: 'timeout' }, 'first'), attempt(refused, 'retry', 4), attempt(placedAt(4), 'retry', 5));
    expect(decidedAgainLater(o, o.attempts[1])).toBe(false);
    // Placed from version 3 to 4 and refused at 3: two answers decided on one state, nothing expired between them.
    const same = op(attempt(refused, 'first'), attempt(placedAt(4), 'duplicate'));
    expect(decidedAgainLater(same, same.attempts[0])).toBe(false);
    const conflict: Answer = { kind: 'error', typename: 'VersionConflict', code: 'VERSION_CONFLICT', expectedVersion: 3, actualVersion: 6 };
    const raced = op(attempt(conflict, 'first'), attempt(placedAt(5), 'duplicate'));
    expect(decidedAgainLater(raced, raced.attempts[0])).toBe(false);
  });

  it('never excuses a refusal no later state can change, nor an answer a correct client cannot get', () => {
    const invalid: Answer = { kind: 'error', typename: 'InvalidAmount', code: 'INVALID_AMOUNT' };
    const o = op(attempt(invalid, 'first'), attempt(placedAt(5), 'duplicate'));
    expect(decidedAgainLater(o, o.attempts[0])).toBe(false);
    const u = op(attempt({ kind: 'unexpected', reason: 'BAD_USER_INPUT' }, 'first'), attempt(placedAt(5), 'duplicate'));
    expect(decidedAgainLater(u, u.attempts[0])).toBe(false);
  });
});
