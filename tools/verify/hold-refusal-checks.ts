import { FinalWallet } from './final-wallet';
import { holdRecords } from './hold-checks';
import { pendingAtVersion } from './hold-ledger';
import { OpRecord, sentVersionOf } from './op-log';
import { Violations } from './violations';

const MAX_PENDING_HOLDS = 20;

/**
 * A refusal of a hold operation says something of the wallet at the expectedVersion the attempt sent,
 * a state the ledger keeps forever (judged conservatively, where the moment of the decision matters):
 * - HoldNotPending: the ledger at that version does not hold it, or it had expired by the time the answer came;
 * - CaptureExceedsHold: the amount asked is more than the ledger holds of it at that version;
 * - HoldLimitReached: the ledger holds at least the limit at that version (lazy expiry may only lower the count).
 * (InsufficientBalance on placeHold is judged with decreases and transfers, by the available balance.)
 */
export function checkHoldRefusals(ops: readonly OpRecord[], wallets: readonly FinalWallet[], violations: Violations): void {
  const finals = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  const records = holdRecords(wallets);
  for (const op of ops) {
    const spec = op.spec;
    if (spec.type !== 'placeHold' && spec.type !== 'captureHold' && spec.type !== 'voidHold') continue;
    const wallet = finals.get(spec.walletId);
    if (!wallet || spec.trespass) continue;
    for (const attempt of op.attempts) {
      const answer = attempt.answer;
      if (answer.kind !== 'error') continue;
      const version = sentVersionOf(attempt, spec.expectedVersion);
      if (!wallet.entries.some((line) => line.version === version)) continue;
      const pending = pendingAtVersion(wallet, version);
      const describe = (what: string) => () =>
        `op ${op.id} ${spec.type} at v${version} of ${spec.walletId} was refused ${answer.typename}; ${what}`;
      if (spec.type === 'placeHold') {
        violations.expect(
          answer.code !== 'HOLD_LIMIT_REACHED' || pending.length >= MAX_PENDING_HOLDS,
          'wrong-refusal',
          describe(`the ledger holds ${pending.length} holds then`),
        );
        continue;
      }
      const hold = pending.find((held) => held.id === spec.holdId);
      const expiresAt = records.get(spec.holdId)?.expiresAt;
      const surelyLive = hold !== undefined && expiresAt !== undefined && Date.parse(expiresAt) > (attempt.endedAtEpochMs ?? Infinity);
      violations.expect(
        answer.code !== 'HOLD_NOT_PENDING' || !surelyLive,
        'wrong-refusal',
        describe(`the ledger holds ${hold?.remaining} of it then, until ${expiresAt}`),
      );
      if (spec.type === 'captureHold')
        violations.expect(
          answer.code !== 'CAPTURE_EXCEEDS_HOLD' || hold === undefined || (spec.amount ?? 0n) > hold.remaining,
          'wrong-refusal',
          describe(`${spec.amount} asked, the ledger holds ${hold?.remaining} of it then`),
        );
    }
  }
}
