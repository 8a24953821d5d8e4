import { Answer, Attempt } from '../../../tools/verify/op-log';
import { settle } from '../../../tools/verify/outcome';

/** When the harness may call a mutation ok, failed, or must retry it with the same key. */
const attempt = (answer: Answer): Attempt => ({ sentAt: 0, endedAt: 1, timeoutMs: 1_000, role: 'first', answer });
const unknown = attempt({ kind: 'unknown', reason: 'timeout after 5 ms' });
const success = attempt({ kind: 'success', wallets: [] });
const conflict = (expectedVersion: number, actualVersion: number) =>
  attempt({ kind: 'error', typename: 'VersionConflict', code: 'VERSION_CONFLICT', expectedVersion, actualVersion });
const insufficient = attempt({ kind: 'error', typename: 'InsufficientBalance', code: 'INSUFFICIENT_BALANCE' });

it.each([
  ['a success, whatever else was answered', [unknown, conflict(3, 3), success], 'ok'],
  ['errors from every attempt', [conflict(3, 3), insufficient], 'failed'],
  ['an unknown, then a conflict past the expected version (the first attempt can never land)', [unknown, conflict(3, 4)], 'failed'],
  ['an unknown, then an error decided from the state at expectedVersion', [unknown, insufficient], 'failed'],
  ['an unknown alone', [unknown], 'retry'],
  ['an unknown, then a contended conflict at the expected version (the first may still land)', [unknown, conflict(3, 3)], 'retry'],
])('%s', (_name, attempts, expected) => {
  expect(settle(attempts as Attempt[])).toBe(expected);
});

/** A retry sent after re-reading the wallet names a fresher expectedVersion than the operation's (here 1). */
const at = (expectedVersion: number, one: Attempt): Attempt => ({ ...one, expectedVersion });

it.each([
  [
    'a conflict past the first version, while a retry at the fresher version is in flight (it may land)',
    [unknown, at(2, unknown), conflict(1, 2)],
    'retry',
  ],
  ['a conflict past every version in flight', [unknown, at(2, unknown), conflict(1, 3)], 'failed'],
  ['a refusal at a fresher version, while the first attempt is in flight', [unknown, at(2, insufficient)], 'retry'],
  ['a refusal at the version of the attempt in flight', [at(2, unknown), at(2, insufficient)], 'failed'],
])('with retries at fresher versions: %s', (_name, attempts, expected) => {
  expect(settle(attempts as Attempt[], 1)).toBe(expected);
});
