import { Executor } from './executor';
import { OpLog, OpSpec, WalletState } from './op-log';
import { Random } from './random';

/**
 * Opens the bank: W wallets, each credited with the same deposit, through the same executor as
 * the run (so with its duplicates, timeouts and retries), each with its own idempotency key. The
 * deposits are ordinary `increase` operations in the op log: the money check counts them like any other.
 */
export async function openAccounts(executor: Executor, log: OpLog, random: Random, count: number, deposit: bigint, runId: string): Promise<WalletState[]> {
  const client = -1;
  const run = async (spec: OpSpec): Promise<WalletState> => {
    const op = log.invoke(client, 'setup', spec);
    const outcome = await executor.run(op, random);
    const shown = op.attempts.flatMap((attempt) => (attempt.answer.kind === 'success' ? attempt.answer.wallets : []));
    if (outcome !== 'ok' || shown.length === 0) {
      throw new Error(`Setup ${spec.type} ended ${outcome}: ${JSON.stringify(op.attempts.map((attempt) => attempt.answer), bigints)}`);
    }
    return shown[0];
  };
  const created = await Promise.all(Array.from({ length: count }, (_, n) => run({ type: 'create', key: `${runId}-open-${n}` })));
  return Promise.all(created.map((wallet, n) => run({
    type: 'increase', key: `${runId}-deposit-${n}`, walletId: wallet.walletId, amount: deposit, expectedVersion: wallet.version,
  })));
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
