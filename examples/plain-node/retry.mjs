/**
 * The client kit as a client project uses it: the installed package `@wallet-service/client`, plain
 * Node, no TypeScript. Four clients change one wallet at once, each from the version it read (0), so
 * all but one conflict; changeWithRetry decides again from the wallet each VersionConflict carries and
 * retries with the same idempotency key. Prints one JSON line: the outcomes, the attempts, the balance.
 *
 * The kit is not on a registry (an `@wallet-service/client` there, if any, is not this one): pack it, install the tarball.
 *   (cd /path/to/wallet-service/client && npm pack)                                   # writes wallet-service-client-0.1.0.tgz
 *   npm install /path/to/wallet-service/client/wallet-service-client-0.1.0.tgz graphql  # in your project
 *   WALLET_URL=http://localhost:4000/graphql WALLET_TOKEN="$(cd /path/to/wallet-service && npm run -s token -- --sub alice)" node retry.mjs
 */
import { CreateWalletDocument, changeWithRetry, fetchTransport, possibleTypes, WalletDocument } from '@wallet-service/client';

const url = process.env.WALLET_URL ?? 'http://localhost:4000/graphql';
const token = process.env.WALLET_TOKEN;
if (!token) {
  console.error('usage: WALLET_URL=http://localhost:4000/graphql WALLET_TOKEN=<a bearer token> node retry.mjs');
  process.exit(2);
}
const send = fetchTransport({ url, headers: () => ({ authorization: `Bearer ${token}` }) });

const created = (await send(CreateWalletDocument, { currency: 'GBP' })).result;
if (created.__typename !== 'WalletCreated') throw new Error(`createWallet answered ${created.__typename}`);
const clients = 4;
const results = await Promise.all(
  Array.from({ length: clients }, () =>
    changeWithRetry(send, { operation: 'increase', currency: 'GBP', wallet: created.wallet, amount: () => '2.50' }, { maxAttempts: 20 }),
  ),
);
const final = (await send(WalletDocument, { id: created.wallet.id, first: 1 })).wallet;
console.log(
  JSON.stringify({
    walletId: created.wallet.id,
    outcomes: results.map((result) => (result.kind === 'answered' ? result.outcome.__typename : result.kind)),
    attempts: results.reduce((sum, result) => sum + result.attempts, 0),
    balance: final?.balance,
    version: final?.version,
    resultUnions: Object.keys(possibleTypes).length,
  }),
);
