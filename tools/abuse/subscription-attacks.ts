import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { Attack, AttackResult } from './attacks';
import { RunningService } from './attacked-service';

const WS_PROTOCOL = 'graphql-transport-ws';
const EVENTS = 'subscription($walletId: ID!) { walletEvents(walletId: $walletId) { version balance } }';
const CREATE = 'mutation { createWallet(currency: GBP) { ... on WalletCreated { wallet { id } } } }';

interface Session {
  readonly socket: WebSocket;
  readonly messages: Array<{ type?: string; id?: string; payload?: unknown }>;
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** A graphql-transport-ws socket, with connection_init sent; resolves once open (or refused: then `closed` says how). */
function connect(service: RunningService, connectionParams: unknown): Promise<Session> {
  const socket = new WebSocket(`${service.url.replace(/^http/, 'ws')}/graphql`, WS_PROTOCOL);
  const messages: Session['messages'] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('unexpected-response', (_req, res) => resolve({ code: res.statusCode ?? 0, reason: 'HTTP refusal' }));
  });
  return new Promise((resolve) => {
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams }));
      resolve({ socket, messages, closed });
    });
    void closed.then(() => resolve({ socket, messages, closed }));
  });
}

const subscribe = (session: Session, id: string, walletId: string) =>
  session.socket.send(JSON.stringify({ type: 'subscribe', id, payload: { query: EVENTS, variables: { walletId } } }));
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, sleep(ms).then(() => undefined)]);

async function ownWallet(service: RunningService, authorization: string): Promise<string> {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: CREATE }),
  });
  const body = (await response.json()) as { data?: { createWallet?: { wallet?: { id: string } } } };
  const id = body.data?.createWallet?.wallet?.id;
  if (!id) throw new Error(`could not open a wallet: ${JSON.stringify(body).slice(0, 120)}`);
  return id;
}

/** The WebSocket side's attacks (issue 16): each must be refused or harmless, with memory bounded. */
export function subscriptionAttacks(service: RunningService): Attack[] {
  const params = { Authorization: service.authorization };
  return [
    {
      name: 'WebSocket: 2,000 sockets at once',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const sessions = await Promise.all(Array.from({ length: 2_000 }, () => within(connect(service, params), 15_000)));
        await sleep(1_000);
        const open = sessions.filter((session) => session?.socket.readyState === WebSocket.OPEN).length;
        for (const session of sessions) session?.socket.terminate();
        // The per-caller cap (10) bounds one caller's sockets; the HTTP connection cap and the 503 bound everyone's.
        return { status: 101, detail: `${open} of 2000 still open after 1 s`, refused: open <= 10 };
      },
    },
    {
      name: 'WebSocket: 500 subscribe messages on one connection',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const walletId = await ownWallet(service, service.authorization);
        const session = await connect(service, params);
        await sleep(500);
        for (let id = 0; id < 500; id += 1) subscribe(session, String(id), walletId);
        const closed = await within(session.closed, 2_000);
        const refused = session.messages.filter((message) => message.type === 'error').length;
        session.socket.terminate();
        // At most 20 run (the rest are error results) until the socket's message rate closes it (4429 Too many messages).
        const cut = closed?.code === 4429 && closed.reason === 'Too many messages';
        const detail = `${refused} error results (past the 20 that may run)${cut ? ', closed 4429 Too many messages' : ''}`;
        return { status: closed?.code ?? 101, detail, refused: cut || refused >= 480 };
      },
    },
    {
      name: 'WebSocket: a 1 MB connectionParams',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const session = await connect(service, { ...params, padding: 'x'.repeat(1_000_000) });
        const closed = await within(session.closed, 5_000);
        return {
          status: closed?.code ?? 0,
          detail: `closed ${closed?.code ?? 'not'} ${closed?.reason ?? ''}`,
          refused: closed?.code === 1009,
        };
      },
    },
    {
      name: 'WebSocket: a token that expires mid-stream',
      repeatable: false,
      async run(): Promise<AttackResult> {
        // Past its exp by 27 s: still within the 30 s of clock tolerance HTTP and WebSocket give it, for 3 s more.
        const authorization = await service.authorizationFor('mallory', '-27s');
        const walletId = await ownWallet(service, authorization);
        const session = await connect(service, { Authorization: authorization });
        await sleep(300);
        subscribe(session, '1', walletId);
        const closed = await within(session.closed, 10_000);
        return {
          status: closed?.code ?? 0,
          detail: `closed ${closed?.code ?? 'not'} ${closed?.reason ?? ''}`,
          refused: closed?.code === 4401,
        };
      },
    },
    {
      name: "WebSocket: a subscription to another user's wallet",
      repeatable: false,
      async run(): Promise<AttackResult> {
        const walletId = await ownWallet(service, await service.authorizationFor('victim'));
        const session = await connect(service, params);
        await sleep(300);
        subscribe(session, '1', walletId);
        await sleep(1_500);
        const answer = JSON.stringify(session.messages.find((message) => message.id === '1') ?? {});
        session.socket.terminate();
        const unknown = answer.includes('WALLET_NOT_FOUND') && answer.includes(`Wallet ${walletId} does not exist.`);
        return { status: 101, detail: unknown ? 'answered as an unknown id' : answer.slice(0, 80), refused: unknown };
      },
    },
  ];
}
