import { FinalWallet } from './final-wallet';
import { OpRecord } from './op-log';
import { Violations } from './violations';

/**
 * A refusal is a promise too: it says the change was wrong for the wallet as it was at
 * expectedVersion, and that state is in the ledger forever (a wallet's state at a version never changes).
 * - InsufficientBalance: the balance after that version is below the amount asked;
 * - CurrencyMismatch: the request named another currency than the wallet's (and a change in another
 *   currency is never accepted).
 */
export function checkRefusals(ops: readonly OpRecord[], wallets: readonly FinalWallet[], violations: Violations): void {
  const finals = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  for (const op of ops) {
    const spec = op.spec;
    if (spec.type === 'read' || spec.type === 'create') continue;
    const walletId = spec.type === 'transfer' ? spec.from : spec.walletId;
    const wallet = finals.get(walletId);
    const walletCurrency = wallet?.currency ?? 'GBP';
    const currency = spec.type === 'transfer' ? 'GBP' : (spec.currency ?? 'GBP');
    violations.expect(
      op.outcome !== 'ok' || currency === walletCurrency,
      'wrong-currency-accepted',
      () => `op ${op.id} ${spec.type} in ${currency} on ${walletId} (${walletCurrency}) ended ok`,
    );
    for (const attempt of op.attempts) {
      const answer = attempt.answer;
      if (answer.kind !== 'error') continue;
      const version = attempt.expectedVersion ?? spec.expectedVersion;
      if (answer.code === 'INSUFFICIENT_BALANCE') {
        const line = wallet?.entries.find((entry) => entry.version === version);
        violations.expect(
          line === undefined || line.balanceAfter < spec.amount,
          'wrong-refusal',
          () =>
            `op ${op.id} ${spec.type} of ${spec.amount} at v${version} of ${walletId} was refused InsufficientBalance; the ledger has balance ${line?.balanceAfter} at v${version}`,
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
