import { Executor } from './executor';
import { OpLog, OpSpec, WalletState } from './op-log';
import { Random } from './random';

/**
 * Opens the bank: W wallets, dealt round-robin to the users, each opened and credited by its own
 * owner (a plain user's token, so `createWallet` makes the caller the owner, and every operation of
 * the run, setup included, is by a user who may see only their own wallets: the ownership check
 * needs no exception for an operator). Each goes through the same executor as the run (so with its
 * duplicates, timeouts and retries), with its own idempotency key. The deposits are ordinary
 * `increase` operations in the op log: the money check counts them like any other.
 */
export async function openAccounts(
  executor: Executor,
  log: OpLog,
  random: Random,
  users: readonly string[],
  count: number,
  deposit: bigint,
  runId: string,
): Promise<WalletState[]> {
  const client = -1;
  const run = async (user: string, spec: OpSpec): Promise<WalletState> => {
    const op = log.invoke(client, user, 'setup', spec);
    const outcome = await executor.run(op, random);
    const shown = op.attempts.flatMap((attempt) => (attempt.answer.kind === 'success' ? attempt.answer.wallets : []));
    if (outcome !== 'ok' || shown.length === 0) {
      throw new Error(
        `Setup ${spec.type} by ${user} ended ${outcome}: ${JSON.stringify(
          op.attempts.map((attempt) => attempt.answer),
          bigints,
        )}`,
      );
    }
    return shown[0];
  };
  const ownerOf = (n: number) => users[n % users.length];
  const created = await Promise.all(
    Array.from({ length: count }, (_, n) => run(ownerOf(n), { type: 'create', key: `${runId}-open-${n}` })),
  );
  return Promise.all(
    created.map((wallet, n) =>
      run(ownerOf(n), {
        type: 'increase',
        key: `${runId}-deposit-${n}`,
        walletId: wallet.walletId,
        amount: deposit,
        expectedVersion: wallet.version,
      }),
    ),
  );
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
