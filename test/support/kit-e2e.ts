import { CreateWalletDocument, IncreaseBalanceDocument, type WalletFieldsFragment } from '../../client/generated/graphql';
import { fetchTransport, Send } from '../../client/transport';
import { startTestServer, TestServer } from './server';

/** A service for one test file, and the client kit's transport to it as alice, with her wallets made through it. */
export interface AliceKit {
  readonly server: TestServer;
  readonly send: Send;
  /** A new GBP wallet of alice's, at version 0. */
  created(): Promise<WalletFieldsFragment>;
  /** `wallet` increased by `amount` from its version. */
  increased(wallet: WalletFieldsFragment, amount: string): Promise<WalletFieldsFragment>;
}

/** Starts the service before the file's tests and stops it after them (call it at the top of a describe). */
export function aliceKit(): AliceKit {
  let started: { server: TestServer; send: Send } | undefined;
  beforeAll(async () => {
    const server = await startTestServer();
    const { authorization } = await server.headersOf('alice');
    started = { server, send: fetchTransport({ url: `${server.url}/graphql`, headers: () => ({ authorization }) }) };
  });
  afterAll(() => started?.server.stop());
  const ready = () => {
    if (!started) throw new Error('aliceKit: used before its beforeAll ran');
    return started;
  };
  const send: Send = (document, variables) => ready().send(document, variables);
  return {
    get server() {
      return ready().server;
    },
    send,
    async created() {
      const { result } = await send(CreateWalletDocument, { currency: 'GBP' });
      if (result.__typename !== 'WalletCreated') throw new Error(result.__typename);
      return result.wallet;
    },
    async increased(wallet, amount) {
      const { result } = await send(IncreaseBalanceDocument, {
        walletId: wallet.id,
        amount,
        currency: 'GBP',
        expectedVersion: wallet.version,
      });
      if (result.__typename !== 'BalanceIncreased') throw new Error(result.__typename);
      return result.wallet;
    },
  };
}
