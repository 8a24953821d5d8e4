import { FinalWallet } from './final-wallet';
import { Answer, OpRecord, WalletState } from './op-log';
import { decidedAgainLater } from './later-decision';
import { isDefinitiveFailure } from './outcome';
import { StoreLosses } from './store-losses';
import { Violations } from './violations';

const EXPECTED_ERRORS = new Set([
  'VERSION_CONFLICT',
  'INSUFFICIENT_BALANCE',
  'CURRENCY_MISMATCH',
  // Hold races and deliberate overcaptures: the hold refusal checks judge each.
  'HOLD_NOT_PENDING',
  'CAPTURE_EXCEEDS_HOLD',
  'HOLD_LIMIT_REACHED',
]);

interface Sighting {
  readonly state: WalletState;
  readonly sentAt: number;
  readonly endedAt: number;
  /** A read or a VersionConflict shows the wallet as it is now; a replayed success shows it as it was. */
  readonly current: boolean;
  readonly opId: number;
}

/**
 * What the clients were shown during the run, against the final ledger and against each other:
 * - every wallet state any answer showed is the state the final ledger has at that version (an
 *   acknowledged change that later vanished, say after a store restart, shows up here);
 * - no current state is older than one already acknowledged before the request was sent (reads are
 *   strongly consistent: a stale read here means an acknowledged write was not visible);
 * - an operation's answers never contradict each other (a success beside a definitive failure, unless
 *   the success is a later decision, at a version after the refusal's: decidedAgainLater).
 */
export function checkObservations(
  ops: readonly OpRecord[],
  wallets: readonly FinalWallet[],
  violations: Violations,
  losses: StoreLosses,
): void {
  const all = ops.flatMap((op) =>
    op.attempts.flatMap((attempt) =>
      statesOf(op, attempt.answer).map(({ state, current }) => ({
        state,
        current,
        sentAt: attempt.sentAt,
        endedAt: attempt.endedAt,
        opId: op.id,
      })),
    ),
  );
  const finals = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  const sightings: Sighting[] = [];
  for (const sighting of all) {
    const { state, opId } = sighting;
    const line = finals.get(state.walletId)?.entries.find((entry) => entry.version === state.version);
    const inLedger = line !== undefined && line.balanceAfter === state.balance;
    // A state the store lost in a crash (it was shown just before one): counted apart, and no baseline for stale reads.
    if (!inLedger && losses.excuseLostState(opId, state, sighting.endedAt)) continue;
    // A lost write's own answer: its version may since have been taken by another write at the same balance (a hold
    // changes none), so it passes for the ledger's, but it is still the lost write's, and no baseline for stale reads.
    if (!sighting.current && losses.isLostWrite(opId)) continue;
    sightings.push(sighting);
    violations.expect(
      inLedger,
      'observed-state-not-in-ledger',
      () =>
        `op ${opId} was shown ${state.walletId} v${state.version} balance ${state.balance}; the ledger has ${line ? `balance ${line.balanceAfter}` : 'no such version'}`,
    );
  }
  checkStaleStates(sightings, violations);
  for (const op of ops) {
    const answers = op.attempts.map((attempt) => attempt.answer);
    const contradicting = op.attempts.filter(({ answer }) => isDefinitiveFailure(answer));
    violations.expect(
      !(answers.some((answer) => answer.kind === 'success') && contradicting.some((attempt) => !decidedAgainLater(op, attempt))),
      'contradictory-answers',
      () => `op ${op.id} ${op.spec.type}: ${answers.map((answer) => (answer.kind === 'error' ? answer.typename : answer.kind)).join(', ')}`,
    );
    for (const answer of answers) {
      if (answer.kind === 'unexpected') violations.add('unexpected-answer', `op ${op.id} ${op.spec.type}: ${answer.reason}`);
      // Every failure these faults cause has a type (STORE_UNAVAILABLE, a refused or cut connection, a timeout): an
      // INTERNAL_SERVER_ERROR is one the service did not expect, a finding whatever the money says (its log names the cause).
      if (answer.kind === 'unknown' && answer.reason === 'INTERNAL_SERVER_ERROR')
        violations.add(
          'untyped-server-error',
          `op ${op.id} ${op.spec.type}: INTERNAL_SERVER_ERROR (the service's error log names the cause)`,
        );
      // The harness sends well-formed requests with fresh keys, on existing GBP wallets: only these errors can be right
      // (and WalletNotFound to a trespass probe, which the ownership check judges).
      if (answer.kind === 'error' && !isTrespass(op) && !holdLostByStore(op, answer.code, losses)) {
        violations.expect(EXPECTED_ERRORS.has(answer.code), 'unexpected-answer', () => `op ${op.id} ${op.spec.type}: ${answer.typename}`);
      }
    }
  }
}

const isTrespass = (op: OpRecord) => op.spec.type !== 'create' && op.spec.trespass === true;

/** HoldNotFound to a capture or void of a hold the store lost in a crash (store-losses.ts). */
const holdLostByStore = (op: OpRecord, code: string, losses: StoreLosses) =>
  code === 'HOLD_NOT_FOUND' && (op.spec.type === 'captureHold' || op.spec.type === 'voidHold') && losses.lostHold(op.spec.holdId);

function statesOf(op: OpRecord, answer: Answer): Array<{ state: WalletState; current: boolean }> {
  if (answer.kind === 'success') return answer.wallets.map((state) => ({ state, current: op.spec.type === 'read' }));
  if (answer.kind === 'error' && answer.wallet) return [{ state: answer.wallet, current: true }];
  return [];
}

/** Per wallet, a sweep in time: the newest version acknowledged before each current sighting was asked for. */
function checkStaleStates(sightings: readonly Sighting[], violations: Violations): void {
  const byWallet = new Map<string, Sighting[]>();
  for (const sighting of sightings) {
    const list = byWallet.get(sighting.state.walletId);
    if (list) list.push(sighting);
    else byWallet.set(sighting.state.walletId, [sighting]);
  }
  for (const list of byWallet.values()) {
    const acknowledged = [...list].sort((a, b) => a.endedAt - b.endedAt);
    const asked = list.filter((s) => s.current).sort((a, b) => a.sentAt - b.sentAt);
    let newest: Sighting | undefined;
    let next = 0;
    for (const sighting of asked) {
      while (next < acknowledged.length && acknowledged[next].endedAt < sighting.sentAt) {
        if (!newest || acknowledged[next].state.version > newest.state.version) newest = acknowledged[next];
        next++;
      }
      const seen = newest;
      violations.expect(
        !seen || sighting.state.version >= seen.state.version,
        'stale-read',
        () =>
          `op ${sighting.opId} was shown ${sighting.state.walletId} v${sighting.state.version} though op ${seen?.opId} had been shown v${seen?.state.version} before it asked`,
      );
    }
  }
}
