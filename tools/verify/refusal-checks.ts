import { FinalWallet } from './final-wallet';
import { availableOf } from './hold-ledger';
import { OpRecord, sentVersionOf, sourceWalletOf } from './op-log';
import { Violations } from './violations';

/**
 * A refusal is a promise too: it says the change was wrong for the wallet as it was at
 * expectedVersion, and that state is in the ledger forever (a wallet's state at a version never changes).
 * - InsufficientBalance: the available balance after that version is below the amount asked;
 * - CurrencyMismatch: the request named another currency than the wallet's (and a change in another
 *   currency is never accepted).
 */
export function checkRefusals(ops: readonly OpRecord[], wallets: readonly FinalWallet[], violations: Violations): void {
  const finals = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  for (const op of ops) {
    const spec = op.spec;
    if (spec.type === 'read' || spec.type === 'create') continue;
    const walletId = sourceWalletOf(spec);
    const wallet = finals.get(walletId);
    const walletCurrency = wallet?.currency ?? 'GBP';
    const currency = 'currency' in spec ? (spec.currency ?? 'GBP') : 'GBP';
    violations.expect(
      op.outcome !== 'ok' || currency === walletCurrency,
      'wrong-currency-accepted',
      () => `op ${op.id} ${spec.type} in ${currency} on ${walletId} (${walletCurrency}) ended ok`,
    );
    for (const attempt of op.attempts) {
      const answer = attempt.answer;
      if (answer.kind !== 'error') continue;
      const version = sentVersionOf(attempt, spec.expectedVersion);
      if (answer.code === 'INSUFFICIENT_BALANCE' && 'amount' in spec && spec.amount !== undefined) {
        const line = wallet?.entries.find((entry) => entry.version === version);
        // What the ledger leaves available at that version; the service's read-time figure is never lower.
        violations.expect(
          line === undefined || availableOf(line) < spec.amount,
          'wrong-refusal',
          () =>
            `op ${op.id} ${spec.type} of ${spec.amount} at v${version} of ${walletId} was refused InsufficientBalance; the ledger has available ${line && availableOf(line)} at v${version}`,
        );
      }
      if (answer.code === 'CURRENCY_MISMATCH') {
        violations.expect(
          currency !== walletCurrency,
          'wrong-refusal',
          () => `op ${op.id} ${spec.type} in ${currency} on ${walletId} (${walletCurrency}) was refused CurrencyMismatch`,
        );
      }
    }
  }
}
