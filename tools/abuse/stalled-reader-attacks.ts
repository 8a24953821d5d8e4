import { setTimeout as sleep } from 'node:timers/promises';
import { connect, Socket } from 'node:net';
import { normalClient } from '../kit/edge-clients';
import { scrape } from '../kit/prometheus-text';
import { Attack, AttackResult } from './attacks';
import { RunningService } from './attacked-service';

/** The largest metadata: 16 keys of 40 characters, values of 256, each character 3 bytes in UTF-8. */
const FAT_METADATA = Array.from({ length: 16 }, (_, i) => ({
  key: `${String(i).padStart(2, '0')}${'€'.repeat(38)}`,
  value: '€'.repeat(256),
}));
const CREATE = 'mutation { r: createWallet(currency: GBP) { ... on WalletCreated { wallet { id } } } }';
const INCREASE = `mutation($w: ID!, $v: Int!, $m: [MetadataInput!]) {
  r: increaseBalance(walletId: $w, amount: "1", currency: GBP, expectedVersion: $v, metadata: $m) { __typename }
}`;
/** Entries a history page may hold when it selects each metadata value six times (the cost's most). */
const ENTRIES = 20;
const RAMP_MS = 6_400;

async function post(service: RunningService, authorization: string, query: string, variables?: unknown): Promise<unknown> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

/** A wallet of `ENTRIES` entries with the largest metadata, owned by `authorization`'s caller. */
export async function fatWallet(service: RunningService, authorization: string): Promise<string> {
  const created = (await post(service, authorization, CREATE)) as { data?: { r?: { wallet?: { id: string } } } };
  const walletId = created.data?.r?.wallet?.id;
  if (!walletId) throw new Error(`could not open a wallet: ${JSON.stringify(created).slice(0, 120)}`);
  for (let version = 0; version < ENTRIES; version += 1) {
    const answer = (await post(service, authorization, INCREASE, { w: walletId, v: version, m: FAT_METADATA })) as {
      data?: { r?: { __typename?: string } };
    };
    if (answer.data?.r?.__typename !== 'BalanceIncreased') throw new Error(`increase refused: ${JSON.stringify(answer).slice(0, 120)}`);
  }
  return walletId;
}

/**
 * The values of the page's metadata, six times each under the longest alias names the query length (4,000) allows:
 * about 2.6 MB of answer for 0.1 s of the service's CPU (2.72 MB, the largest of limits.md, with its idempotency keys).
 */
function fatPageQuery(walletId: string): string {
  const frame = `{ wallet(id: "${walletId}") { history(first: ${ENTRIES}) { edges { node { metadata {} } } } } }`;
  const room = Math.floor((4_000 - frame.length - 'value'.length - 2) / 5) - 'value'.length - 4;
  const aliases = Array.from({ length: 5 }, (_, i) => `${String.fromCharCode(97 + i)}${'x'.repeat(room)}: value`);
  return frame.replace('{}', `{ ${['value', ...aliases].join(' ')} }`);
}

const rawPost = (authorization: string, body: string) =>
  `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** A socket that sends `text` and then reads nothing. */
const nonReader = (port: number, text: string) =>
  new Promise<Socket>((done) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      socket.pause();
      socket.write(text);
      done(socket);
    });
    socket.on('error', () => done(socket));
  });

export const stalledCount = async (service: RunningService) =>
  (await scrape(service.metricsUrl)).samples('wallet_requests_refused_total').find((sample) => sample.labels.reason === 'stalled_reader')
    ?.value ?? 0;

/** A socket that reads again: resolves whether the server had closed it (it reads what was queued, then the end). */
const closedOnceRead = (socket: Socket, withinMs: number) =>
  new Promise<boolean>((done) => {
    if (socket.destroyed) return done(true);
    const timer = setTimeout(() => done(false), withinMs);
    socket.once('close', () => {
      clearTimeout(timer);
      done(true);
    });
    socket.resume();
  });

/**
 * Answers nobody reads (the 944fcf6 fix): one address's 32 connections (its whole share), one every 200 ms, each asking
 * for two answers of 2.6 MB pipelined and reading none of them. A paused loopback socket takes about 3.7 MB (the
 * sender's 4 MB buffer and the reader's 128 KB, which grows only as it is read), so the second answer is never taken
 * whole: before the fix each connection was held for good; now each must be closed `requestTimeoutMs` (to twice that)
 * after its bytes stop moving, counted stalled_reader, while a normal client from another address is served as usual.
 */
export function stalledReaderAttacks(service: RunningService, requestTimeoutMs: number): Attack[] {
  return [
    {
      name: '32 connections asking for 2 answers of 2.6 MB each, read by none',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const connections = 32;
        const authorization = await service.authorizationFor('stalled-reader');
        const walletId = await fatWallet(service, authorization);
        const body = JSON.stringify({ query: fatPageQuery(walletId) });
        const answerBytes = Buffer.byteLength(JSON.stringify(await post(service, authorization, fatPageQuery(walletId))));
        const before = await stalledCount(service);
        const started = performance.now();
        // The normal client from the first connection to the last cut; the connections opened one every 200 ms, as a
        // patient attacker would: all at once, their 170 MB of answers would hold the service's CPU for seconds, which is
        // the rate limits' business, not this attack's.
        const latencies = normalClient(`${service.url}/graphql`, service.authorization, { durationMs: RAMP_MS + 2 * requestTimeoutMs });
        latencies.catch(() => undefined); // awaited below; a failure before then must not go unhandled
        const sockets: Socket[] = [];
        try {
          for (let i = 0; i < connections; i += 1) {
            sockets.push(await nonReader(service.port, rawPost(authorization, body).repeat(2)));
            await sleep(RAMP_MS / connections);
          }
          let cut = 0;
          // Each connection is cut one to two deadlines after its bytes stop moving.
          for (const ends = performance.now() + 5 * requestTimeoutMs; cut < connections && performance.now() < ends; ) {
            await sleep(250);
            cut = (await stalledCount(service)) - before;
          }
          const cutAfterS = (performance.now() - started) / 1000;
          const closed = (await Promise.all(sockets.map((socket) => closedOnceRead(socket, 2_000)))).filter(Boolean).length;
          const normal = await latencies;
          const detail =
            `answers of ${(answerBytes / 1024 / 1024).toFixed(1)} MB; ${cut} counted stalled_reader within ${cutAfterS.toFixed(1)} s, ` +
            `${closed} of ${connections} closed by the server; normal client p99 ${normal.p99Ms.toFixed(0)} ms ` +
            `(p50 ${normal.p50Ms.toFixed(0)}, ${normal.count} requests, ${normal.failures} failed)`;
          const served = normal.failures === 0 && normal.count > 0 && normal.p99Ms < 1_000;
          return { status: 0, detail, refused: answerBytes > 2_000_000 && cut >= connections && closed === connections && served };
        } finally {
          for (const socket of sockets) socket.destroy();
          await sleep(300); // the server sees the closes
        }
      },
    },
  ];
}
