import { connect, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Attack, AttackResult } from './attacks';
import { authorizationLine } from './attacker-key';
import { rawRequest } from './raw-http';
import { RunningService } from './service-process';

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
        await new Promise((resolve) => setTimeout(resolve, 200));
        const closed = sockets.filter((socket) => socket.destroyed || socket.readableEnded).length;
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => setTimeout(resolve, 300)); // the server sees the closes
        return { status: 0, detail: `${closed} closed at once by the server`, refused: closed >= 20 };
      },
    },
    {
      name: '64 concurrent GET /health',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const before = await service.dynamoRequests();
        const started = Date.now();
        const statuses = await Promise.all(Array.from({ length: 64 }, async () => (await fetch(`${service.url}/health`)).status));
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
        const outside = Object.values(networkInterfaces())
          .flat()
          .find((address) => address && address.family === 'IPv4' && !address.internal);
        if (!outside) return { status: 0, detail: 'no non-loopback interface to try', refused: true };
        const reached = await new Promise<boolean>((done) => {
          const socket = connect(service.port, outside.address, () => {
            socket.destroy();
            done(true);
          });
          socket.on('error', () => done(false));
          socket.setTimeout(1_000, () => {
            socket.destroy();
            done(false);
          });
        });
        return { status: 0, detail: `${outside.address}:${service.port} ${reached ? 'answers' : 'refused'}`, refused: !reached };
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
