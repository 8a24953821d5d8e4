import { Attempt, OpRecord, WalletState } from './op-log';
import { FinalWallet, HoldRecord } from './final-wallet';
import { holdRecords } from './hold-checks';
import { pendingAtVersion } from './hold-ledger';
import { StoreLosses } from './store-losses';
import { Violations } from './violations';

/** Slack on the shared clock between the harness's stamps and the service's reading of it. */
const CLOCK_SLACK_MS = 5;

/**
 * The read-time figures a client was shown (availableBalance, heldBalance) against the ledger at the
 * version shown. They depend on the moment the service answered, which lies between the attempt's
 * wall-clock stamps (the service runs on this machine's clock): a hold the ledger has pending at that
 * version counts surely when it expires after the attempt ended, surely not when it expired before it
 * was sent, and either way in between. So held = balance - available must lie within [sure, sure + maybe]:
 * exact whenever no expiry fell inside the request's flight, bounded otherwise. Each figure is judged on
 * its own (the service may compute the two at two instants). The balance itself is judged by the
 * observation checks (the state at that version).
 */
export function checkShownFigures(
  ops: readonly OpRecord[],
  wallets: readonly FinalWallet[],
  violations: Violations,
  losses: StoreLosses,
): void {
  const finals = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  const records = holdRecords(wallets);
  for (const op of ops) {
    for (const attempt of op.attempts) {
      const answer = attempt.answer;
      const shown = answer.kind === 'success' ? answer.wallets : answer.kind === 'error' && answer.wallet ? [answer.wallet] : [];
      for (const state of shown) {
        const wallet = finals.get(state.walletId);
        if (!wallet || state.held === undefined || state.available === undefined) continue;
        const bounds = heldBounds(wallet, state, attempt, records);
        if (!bounds) continue;
        const { sure, most } = bounds;
        const within = (held: bigint) => held >= sure && held <= most;
        const agrees = within(state.held) && within(state.balance - state.available);
        // A hold placed just before a kill -9 of the store may be lost with it, and its version reused by another
        // change of the same balance: a state the store lost, counted apart as the observation checks do.
        if (!agrees && losses.excuseLostState(op.id, state, attempt.endedAt)) continue;
        violations.expect(
          agrees,
          'shown-figures-disagree-with-ledger',
          () =>
            `op ${op.id} ${op.spec.type} was shown ${state.walletId} v${state.version} balance ${state.balance} available ${state.available} ` +
            `held ${state.held}; the ledger at v${state.version} holds ${sure}${most === sure ? '' : ` to ${most}`} live then`,
        );
      }
    }
  }
}

function heldBounds(
  wallet: FinalWallet,
  state: WalletState,
  attempt: Attempt,
  records: ReadonlyMap<string, HoldRecord>,
): { sure: bigint; most: bigint } | undefined {
  const { sentAtEpochMs: sent, endedAtEpochMs: ended } = attempt;
  if (sent === undefined || ended === undefined || !wallet.entries.some((line) => line.version === state.version)) return undefined;
  let sure = 0n;
  let most = 0n;
  for (const hold of pendingAtVersion(wallet, state.version)) {
    const expiresAt = records.get(hold.id)?.expiresAt;
    const expiresAtMs = expiresAt === undefined ? Number.NaN : Date.parse(expiresAt);
    // No record, no expiry known: the hold may count or not.
    if (expiresAtMs > ended + CLOCK_SLACK_MS) sure += hold.remaining;
    if (Number.isNaN(expiresAtMs) || expiresAtMs > sent - CLOCK_SLACK_MS) most += hold.remaining;
  }
  return { sure, most };
}
