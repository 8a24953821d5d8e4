import { setTimeout as sleep } from 'node:timers/promises';
import { connect, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { Attack, AttackResult } from './attacks';
import { RunningService } from './attacked-service';
import { authorizationLine, rawRequest } from './raw-http';

/** The settings the service under attack runs with: the attacks below need to know them. */
export interface EdgeSettings {
  readonly requestTimeoutMs: number;
  readonly maxConnections: number;
  readonly rateBurst: number;
  readonly ratePerSecond: number;
}

const openSockets = async (port: number, count: number): Promise<Socket[]> =>
  Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((done) => {
          const socket = connect(port, '127.0.0.1', () => done(socket));
          socket.on('error', () => done(socket));
        }),
    ),
  );

const graphqlGet = (service: RunningService, query: string, variables?: unknown) =>
  fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: service.authorization },
    body: JSON.stringify({ query, variables }),
  });

/** Attacks on the connection level and on the production settings, against a service of known settings. */
export function edgeAttacks(service: RunningService, settings: EdgeSettings): Attack[] {
  return [
    {
      name: '50 slow-body clients (1 byte, then silence)',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const request = `POST /graphql HTTP/1.1\r\nHost: x\r\n${authorizationLine(service.authorization)}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{`;
        const results = await Promise.all(
          Array.from({ length: 50 }, () => rawRequest(service.port, request, settings.requestTimeoutMs + 5_000)),
        );
        const slowest = Math.max(...results.map((result) => result.closedAfterMs));
        const statuses = [...new Set(results.map((result) => result.status))].join('/');
        return {
          status: results[0].status,
          detail: `${statuses}; all released after ${Math.round(slowest)} ms`,
          refused: slowest < settings.requestTimeoutMs + 1_500,
        };
      },
    },
    {
      name: `connection flood: ${settings.maxConnections + 20} idle sockets`,
      repeatable: false,
      async run(): Promise<AttackResult> {
        const sockets = await openSockets(service.port, settings.maxConnections + 20);
        await sleep(200);
        const closed = sockets.filter((socket) => socket.destroyed || socket.readableEnded).length;
        for (const socket of sockets) socket.destroy();
        await sleep(300); // the server sees the closes
        return { status: 0, detail: `${closed} closed at once by the server`, refused: closed >= 20 };
      },
    },
    {
      // 16 at once: one address holds at most 32 connections (MAX_CONNECTIONS_PER_ADDRESS); more are reset.
      name: '64 GET /health, 16 at once',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const before = await service.dynamoRequests();
        const started = Date.now();
        const statuses: number[] = [];
        const lane = async () => {
          for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${service.url}/health`)).status);
        };
        await Promise.all(Array.from({ length: 16 }, lane));
        const sent = (await service.dynamoRequests()) - before;
        const allowed = 1 + Math.ceil((Date.now() - started) / 2_000);
        return {
          status: statuses[0],
          detail: `${sent} DynamoDB requests for 64 checks`,
          refused: statuses.every((status) => status === 200) && sent <= allowed,
        };
      },
    },
    {
      name: 'NODE_ENV=Production: Playground, introspection, enum hints',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const page = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
        const playground = (await page.text()).includes('GraphQLPlayground');
        const introspection = await (await graphqlGet(service, '{ __schema { types { name } } }')).text();
        const hint = await (
          await graphqlGet(service, 'mutation($c: Currency!) { createWallet(currency: $c) { __typename } }', { c: 'GPB' })
        ).text();
        const leaks = [
          playground && 'Playground',
          !introspection.includes('errors') && 'introspection',
          hint.includes('Did you mean') && 'hint',
        ].filter(Boolean);
        return { status: page.status, detail: leaks.length ? `leaks: ${leaks.join(', ')}` : 'all off', refused: leaks.length === 0 };
      },
    },
    {
      name: 'service bound to loopback only',
      repeatable: false,
      async run(): Promise<AttackResult> {
        // Read from the kernel's socket table, not by sending anything: traffic goes to loopback only.
        const listening = listeningAddresses(service.port);
        const open = listening.filter((address) => !address.startsWith('127.') && address !== '::1');
        const detail = listening.length === 0 ? 'no listening socket found' : `listening on ${listening.join(', ')}`;
        return { status: 0, detail, refused: listening.length > 0 && open.length === 0 };
      },
    },
    {
      name: `request flood: ${settings.rateBurst * 3} requests from one address`,
      repeatable: false,
      async run(): Promise<AttackResult> {
        // 10 clients in parallel, each sending its share one after another.
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        const lane = async (count: number) => {
          for (let i = 0; i < count; i += 1) {
            const response = await graphqlGet(service, '{ __typename }');
            statuses.push(response.status);
            if (response.status === 429) retryAfter = response.headers.get('retry-after');
            await response.arrayBuffer();
          }
        };
        const started = performance.now();
        await Promise.all(Array.from({ length: 10 }, () => lane((settings.rateBurst * 3) / 10)));
        const seconds = (performance.now() - started) / 1000;
        const limited = statuses.filter((status) => status === 429).length;
        const served = statuses.length - limited;
        const allowed = settings.rateBurst + Math.ceil(seconds * settings.ratePerSecond) + 1;
        return {
          status: limited ? 429 : 200,
          detail: `${served} served (bucket allows ${allowed} in ${seconds.toFixed(1)} s), ${limited} answered 429, Retry-After ${retryAfter ?? '-'}`,
          refused: limited > 0 && served <= allowed && Number(retryAfter) >= 1,
        };
      },
    },
  ];
}

/** The local addresses a TCP port listens on, from /proc/net/tcp and tcp6 (Linux): state 0A is LISTEN. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const addresses: string[] = [];
  for (const [file, decode] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    let table = '';
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of table.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, localPort] = (local ?? '').split(':');
      if (state === '0A' && localPort === hexPort) addresses.push(decode(address));
    }
  }
  return addresses;
}

/** 0100007F -> 127.0.0.1 (little-endian). */
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join('.');
}

/** The 32 hex digits as four little-endian words; only :: and ::1 need telling apart here. */
function ipv6(hex: string): string {
  if (/^0+$/.test(hex)) return '::';
  if (hex === '00000000000000000000000001000000') return '::1';
  return `ipv6:${hex}`;
}
