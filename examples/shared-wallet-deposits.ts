import { changeWithRetry } from '../client/change-with-retry';
import { CreateWalletDocument, type WalletFieldsFragment, WalletDocument } from '../client/generated/graphql';
import { fetchTransport, Send } from '../client/transport';

/**
 * Several people deposit into one shared wallet at the same time, each with the typed client and
 * changeWithRetry. Their writes collide (each names the version it read); every collision comes back as
 * VersionConflict with the wallet as it is now, and is retried from it. No deposit may be lost or doubled:
 * the final balance must be exactly users x deposits x amount, at version users x deposits.
 *
 *   npm start                       # in one terminal
 *   WALLET_TOKEN="$(npm run -s token -- --sub alice)" npm run example -- --users 8 --deposits 5 --url http://localhost:4000/graphql
 * (--token TOKEN works too, but npm prints the script line, the token with it, before it runs.)
 */
export interface DepositRun {
  url: string;
  users: number;
  deposits: number;
  /** Per deposit, in GBP major units with 2 decimals, e.g. "1.25". */
  amount: string;
  /** Headers for every request (e.g. an Authorization header once the service asks for one). */
  headers?: () => Record<string, string>;
}

/** GBP has 2 decimals, and the service always answers them: "12.50" is 1250 pence. Never a float. */
const pence = (gbp: string) => {
  if (!/^\d+\.\d{2}$/.test(gbp)) throw new Error(`Not a GBP amount with 2 decimals: ${gbp}`);
  return BigInt(gbp.replace('.', ''));
};
const gbp = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;

export async function runSharedWalletDeposits({ url, users, deposits, amount, headers }: DepositRun) {
  const send = fetchTransport({ url, headers });
  const created = (await send(CreateWalletDocument, { currency: 'GBP' })).result;
  if (created.__typename !== 'WalletCreated') throw new Error(`createWallet answered ${created.__typename}`);
  const shared = created.wallet;
  const attempts = await Promise.all(Array.from({ length: users }, () => depositor(send, shared, deposits, amount)));
  const final = (await send(WalletDocument, { id: shared.id, first: 1 })).wallet;
  if (!final) throw new Error(`Wallet ${shared.id} is gone`);
  const expected = { balance: gbp(pence(amount) * BigInt(users * deposits)), version: users * deposits };
  return {
    walletId: shared.id,
    balance: final.balance,
    version: final.version,
    expected,
    exact: final.balance === expected.balance && final.version === expected.version,
    attempts: attempts.reduce((sum, count) => sum + count, 0),
  };
}

/** One person: reads nothing after the start, and decides each deposit from the last wallet state it was shown. */
async function depositor(send: Send, start: WalletFieldsFragment, deposits: number, amount: string): Promise<number> {
  let wallet = start;
  let attempts = 0;
  for (let deposit = 0; deposit < deposits; deposit += 1) {
    const result = await changeWithRetry(
      send,
      { operation: 'increase', currency: 'GBP', wallet, amount: () => amount },
      { maxAttempts: 100 },
    );
    if (result.kind !== 'answered' || result.outcome.__typename !== 'BalanceIncreased') {
      throw new Error(`A deposit did not land: ${JSON.stringify(result)}`);
    }
    wallet = result.outcome.wallet;
    attempts += result.attempts;
  }
  return attempts;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

if (require.main === module) {
  const run = {
    url: option('url', 'http://localhost:4000/graphql'),
    users: Number(option('users', '8')),
    deposits: Number(option('deposits', '5')),
    amount: option('amount', '1.25'),
  };
  // The wallet belongs to the token's subject; its users are that owner's concurrent clients (phones, tabs, services).
  const token = option('token', process.env.WALLET_TOKEN ?? '');
  if (!token) {
    console.error(
      'usage: WALLET_TOKEN="$(npm run -s token -- --sub alice)" npm run example -- [--url URL] [--users N] [--deposits K] [--amount 1.25]',
    );
    process.exit(2);
  }
  runSharedWalletDeposits({ ...run, headers: () => ({ authorization: `Bearer ${token}` }) }).then(
    (result) => {
      console.log(
        `${run.users} users x ${run.deposits} deposits of ${run.amount} GBP into wallet ${result.walletId}, ${result.attempts} attempts:`,
      );
      console.log(
        `balance ${result.balance} at version ${result.version}; expected ${result.expected.balance} at version ${result.expected.version}`,
      );
      console.log(result.exact ? 'exact: no deposit lost or doubled' : 'WRONG: a deposit was lost or doubled');
      process.exitCode = result.exact ? 0 : 1;
    },
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
