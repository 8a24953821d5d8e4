import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { Attack, AttackResult } from './attacks';
import { RunningService } from './attacked-service';
import { fatWallet, stalledCount } from './stalled-reader-attacks';

/** Each entry's metadata six times: about 80 KB a message, 1.6 MB a replay of the fat wallet's 20 entries. */
const FAT_EVENTS = `subscription($walletId: ID!) {
  walletEvents(walletId: $walletId, afterVersion: 0) { entry { metadata { key value a: value b: value c: value d: value e: value } } }
}`;
const REPLAYS = 10;

/** An acknowledged graphql-transport-ws socket that asked for `REPLAYS` replays of `walletId`, then stopped reading. */
async function nonReader(service: RunningService, authorization: string, walletId: string) {
  const socket = new WebSocket(`${service.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise((resolve) => socket.once('open', resolve));
  const acked = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: authorization } }));
  await acked;
  for (let id = 0; id < REPLAYS; id += 1)
    socket.send(JSON.stringify({ type: 'subscribe', id: String(id), payload: { query: FAT_EVENTS, variables: { walletId } } }));
  socket.pause();
  return { socket, closed };
}

/**
 * A subscriber that reads nothing but sends a pong every second unasked (the keep-alive counted any pong as an answer,
 * so it kept its socket for good): its 16 MB of replays fill the loopback's buffers, and it must be cut a keep-alive
 * tick (12 s) and one to two `requestTimeoutMs` after, counted stalled_reader.
 */
export function pongSenderAttacks(service: RunningService, requestTimeoutMs: number): Attack[] {
  return [
    {
      name: 'WebSocket: a subscriber reading nothing, sending pongs unasked',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const authorization = await service.authorizationFor('pong-sender');
        const walletId = await fatWallet(service, authorization);
        const before = await stalledCount(service);
        const started = performance.now();
        const { socket, closed } = await nonReader(service, authorization, walletId);
        const pongs = setInterval(() => socket.readyState === WebSocket.OPEN && socket.pong(), 1_000);
        try {
          let cut = 0;
          for (const ends = started + 12_000 + 3 * requestTimeoutMs + 5_000; cut < 1 && performance.now() < ends; ) {
            await sleep(250);
            cut = (await stalledCount(service)) - before;
          }
          const cutAfterS = (performance.now() - started) / 1000;
          // Reading again, it finds the end the service gave it (after what was queued).
          socket.resume();
          const gone = await Promise.race([closed.then(() => true), sleep(5_000, false)]);
          const detail = `${cut} counted stalled_reader within ${cutAfterS.toFixed(1)} s; ${gone ? 'closed by the server' : 'still open'}`;
          return { status: 101, detail, refused: cut === 1 && gone };
        } finally {
          clearInterval(pongs);
          socket.terminate();
        }
      },
    },
  ];
}
