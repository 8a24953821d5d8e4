import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { followWallet, isConnectionFailure } from '../../client/follow-wallet';
import { ServiceProcess } from '../../tools/kit/service-process';
import { TokenIssuer } from '../../tools/kit/token-issuer';
import { countingVersions, recording } from '../support/client-kit';
import { postGraphQL } from '../support/graphql-post';
import { CREATE, INCREASE } from '../support/operations';
import { startTestServer, TestServer } from '../support/server';
import { freshStore, TestStore } from '../support/stores';
import { wsUrl } from '../support/subscriptions';

/**
 * followWallet across a real in-place restart: the compiled service in its own process, on a table of the test run's
 * DynamoDB Local, stopped with SIGTERM (it closes every socket with 1012 Service restart, then answers upgrades 503 and
 * stops listening) and started again on the same port and table. The wallet changes before the stop, during the
 * outage (through another instance on the same table), right after the start and live; the follower must see every
 * version once, in order, and the service must send each once. Built into its own folder, as faults.e2e does.
 */
const ROOT = join(__dirname, '..', '..');
const OUT = 'dist-e2e-follow';

describe('followWallet across an in-place restart of the service', () => {
  let store: TestStore;
  let other: TestServer;
  let issuer: TokenIssuer;
  let authorization: string;

  beforeAll(async () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'inherit' });
    store = await freshStore('dynamodb');
    other = await startTestServer({ sharedStore: store });
    issuer = TokenIssuer.ephemeral('wallet-follow-restart');
    authorization = await issuer.authorization('alice');
  }, 120_000);
  afterAll(async () => {
    await other?.stop();
    issuer?.dispose();
    await store?.drop();
  });

  const start = (port?: number) => {
    const { endpoint, tableName } = store.location as { endpoint: string; tableName: string };
    return ServiceProcess.start({
      mainJs: join(ROOT, OUT, 'main.js'),
      port,
      startTimeoutMs: 60_000,
      env: {
        ...issuer.serviceEnv(),
        DYNAMODB_ENDPOINT: endpoint,
        DYNAMODB_TABLE: tableName,
        LOG_LEVEL: 'error',
        // One caller on one address, reconnecting: no rate limit or per-address cap in the way.
        RATE_LIMIT_PER_SECOND: '0',
        ADDRESS_RATE_LIMIT_PER_SECOND: '0',
        MAX_CONNECTIONS_PER_ADDRESS: '0',
      },
    });
  };

  /**
   * The graphql-ws clients a user may give followWallet: docs/subscriptions.md's, which retries every failure itself,
   * and graphql-ws's defaults, whose `shouldRetry` gives up on a refused connection (an `error` event, not a close):
   * followWallet itself must subscribe again then (the third element). The former code ended following there.
   */
  const clients: Array<[string, (url: string) => Client, boolean]> = [
    [
      "docs/subscriptions.md's client (retryAttempts: Infinity, shouldRetry: () => true, a capped retryWait)",
      (url) =>
        createClient({
          url: wsUrl(url),
          webSocketImpl: WebSocket,
          connectionParams: async () => ({ Authorization: authorization }),
          retryAttempts: Number.POSITIVE_INFINITY,
          shouldRetry: () => true,
          retryWait: (tries) => sleep(Math.random() * Math.min(30_000, 1_000 * 2 ** tries)),
        }),
      false,
    ],
    [
      "graphql-ws's defaults (retryAttempts: 5, shouldRetry retries close events only)",
      (url) =>
        createClient({ url: wsUrl(url), webSocketImpl: WebSocket, connectionParams: async () => ({ Authorization: authorization }) }),
      true,
    ],
  ];

  it.each(clients)(
    '%s: every version once, in order, with no gap',
    async (name, clientAt, resumesOnRefusal) => {
      let service = await start();
      const { port, url } = service;
      const stops: ServiceProcess[] = [service];
      const client = clientAt(url);
      const refused: unknown[] = [];
      const closes: number[] = [];
      const unlisten = [
        client.on('error', (error) => refused.push(error)),
        client.on('closed', (event) => closes.push((event as { code: number }).code)),
      ];
      const { counting, sent } = countingVersions(client);
      const { seen, resumed, ended, handlers } = recording();
      let stop: () => void = () => undefined;
      try {
        /** A request as alice, to the restarted service (its issuer's token) or to the other instance (its own key's). */
        const gql = async (through: 'service' | 'other', query: string, variables: Record<string, unknown>) => {
          const answer =
            through === 'service' ? await postGraphQL(url, query, variables, { authorization }) : await other.gql(query, variables);
          if (!answer.data) throw new Error(`No data from the ${through}: ${JSON.stringify(answer)}`);
          return answer.data.result;
        };
        const walletId: string = (await gql('service', CREATE, { currency: 'GBP' })).wallet.id;
        let version = 0;
        /** Adds 1.00 through the service or the other instance, at the version the wallet is at. */
        const increase = async (through: 'service' | 'other') => {
          const result = await gql(through, INCREASE, { walletId, amount: '1.00', currency: 'GBP', expectedVersion: version });
          expect(result.__typename).toBe('BalanceIncreased');
          version = result.wallet.version;
        };
        const waitFor = async (done: () => boolean, what: string, timeoutMs = 60_000) => {
          for (const deadline = Date.now() + timeoutMs; !done(); await sleep(25)) {
            if (ended.length > 0)
              throw new Error(
                `Following ended while waiting for ${what}: ${(ended[0] as { message?: string }).message ?? JSON.stringify(ended[0])}`,
              );
            if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; seen ${JSON.stringify(seen)}`);
          }
        };

        await increase('service');
        stop = followWallet(counting, walletId, 0, handlers);
        await waitFor(() => seen.length === 1, 'version 1');
        await increase('service');
        await waitFor(() => seen.length === 2, 'version 2 (live)');

        await service.stop();
        // The outage: changed through another instance on the same table, while the port refuses connections.
        await increase('other');
        await increase('other');
        await waitFor(() => refused.length > 0, 'a reconnect refused by the stopped service', 30_000);

        service = await start(port);
        stops.push(service);
        // Changed through the restarted service, most likely before the follower is back.
        await increase('service');
        await waitFor(() => seen.length === 5, 'versions 3 to 5 (replayed from the store)');
        await increase('service');
        await waitFor(() => seen.length === 6, 'version 6 (live, after the restart)');
        await sleep(300);

        expect(ended).toEqual([]);
        expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
        expect(sent).toEqual([1, 2, 3, 4, 5, 6]);
        // The ordered shutdown closed the socket with 1012, and a reconnect was refused while the service was down.
        expect(closes).toContain(1012);
        expect(refused.length).toBeGreaterThan(0);
        expect(resumed.some(isConnectionFailure)).toBe(resumesOnRefusal);
        // For the record of the run: how the follower got back.
        console.info(`${name}: ${refused.length} refused connections; followWallet resumed ${resumed.length} times`);
      } finally {
        stop();
        for (const off of unlisten) off();
        // dispose() rejects when the client was between sockets (graphql-ws's 1000 All Subscriptions Gone): not this test's concern.
        await Promise.resolve(client.dispose()).catch(() => undefined);
        for (const running of stops) await running.stop();
      }
    },
    180_000,
  );
});
