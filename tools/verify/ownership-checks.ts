import { FinalWallet } from './final-wallet';
import { Answer, OpRecord, sourceWalletOf, WalletState } from './op-log';
import { Violations } from './violations';

/**
 * Only a wallet's owner sees or moves its money (every client acts as a plain user, no operator):
 * - every wallet state any answer showed a client is its user's: the owner the answer names and the
 *   owner the table holds are both the user the client acted as (a destination of another user is
 *   shown only as `toWalletId`, never as a state);
 * - a trespass probe (another user's wallet read, changed, or paid from) is answered exactly as an
 *   unknown id is: a read `null`, a mutation `WalletNotFound` naming the id sent; an unknown outcome
 *   (timeout, crash) says nothing either way;
 * - and it changed nothing: no ledger entry carries its key, whatever its outcome.
 */
export function checkOwnership(ops: readonly OpRecord[], wallets: readonly FinalWallet[], violations: Violations): void {
  const owners = new Map(wallets.map((wallet) => [wallet.walletId, wallet.ownerId]));
  const keysInLedger = new Set(wallets.flatMap((wallet) => wallet.entries.map((line) => line.idempotencyKey)));
  for (const op of ops) {
    for (const state of op.attempts.flatMap((attempt) => statesShown(attempt.answer))) {
      const owner = owners.get(state.walletId);
      violations.expect(
        state.ownerId === op.user && (owner === undefined || owner === op.user),
        'shown-foreign-wallet',
        () =>
          `op ${op.id} ${op.spec.type} by ${op.user} was shown ${state.walletId} v${state.version} balance ${state.balance}, ` +
          `owner ${state.ownerId} (in the table: ${owner})`,
      );
    }
    const spec = op.spec;
    if (spec.type === 'create' || !spec.trespass) continue;
    const target = sourceWalletOf(spec);
    for (const answer of op.attempts.map((attempt) => attempt.answer)) {
      const asUnknownId =
        answer.kind === 'unknown' || (answer.kind === 'error' && answer.code === 'WALLET_NOT_FOUND' && answer.walletId === target);
      violations.expect(
        asUnknownId,
        'trespass-not-refused',
        () => `op ${op.id} ${spec.type} by ${op.user} on ${target} (owner ${owners.get(target)}) was answered ${describe(answer)}`,
      );
    }
    if (spec.type !== 'read') {
      violations.expect(
        !keysInLedger.has(spec.key),
        'trespass-applied',
        () =>
          `op ${op.id} ${spec.type} by ${op.user} on ${target} (owner ${owners.get(target)}, ${op.outcome}): its key ${spec.key} is in the ledger`,
      );
    }
  }
}

function statesShown(answer: Answer): readonly WalletState[] {
  if (answer.kind === 'success') return answer.wallets;
  return answer.kind === 'error' && answer.wallet ? [answer.wallet] : [];
}

function describe(answer: Answer): string {
  switch (answer.kind) {
    case 'success':
      return `success showing ${answer.wallets.map((state) => `${state.walletId} v${state.version}`).join(', ') || 'no state'}`;
    case 'error':
      return `${answer.typename}${answer.walletId === undefined ? '' : ` naming ${answer.walletId}`}`;
    default:
      return `${answer.kind}: ${answer.reason}`;
  }
}
