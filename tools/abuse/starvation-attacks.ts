import { setTimeout as sleep } from 'node:timers/promises';
import { Attack, AttackResult } from './attacks';
import { RunningService } from './attacked-service';
import { attack, Attacker, Latencies, normalClient } from '../kit/edge-clients';

/** The settings of the service under attack these attacks need to know. */
export interface StarvationSettings {
  readonly addressPerSecond: number;
  readonly addressBurst: number;
}

const ATTACK_MS = 4_000;
const RAMP_MS = 1_000;

/** `| p99 …`: the normal client's latencies (one request at a time from 127.0.0.2, each on a new connection). */
const latencyText = (latencies: Latencies) =>
  `normal client p99 ${latencies.p99Ms.toFixed(0)} ms (p50 ${latencies.p50Ms.toFixed(0)}, ${latencies.count} requests, ${latencies.failures} failed)`;
const served = (latencies: Latencies) => latencies.failures === 0 && latencies.p99Ms < 1_000 && latencies.count > 0;

/** Runs the attackers from 127.0.0.1, measures the normal client through them, stops them. */
async function through(service: RunningService, start: () => Attacker[]): Promise<{ latencies: Latencies; attackers: Attacker[] }> {
  const attackers = start();
  try {
    await sleep(RAMP_MS);
    return { latencies: await normalClient(`${service.url}/graphql`, service.authorization, { durationMs: ATTACK_MS }), attackers };
  } finally {
    await Promise.all(attackers.map((attacker) => attacker.stop()));
    await sleep(300);
  }
}

const answered = (attackers: Attacker[], status: number) => attackers.reduce((sum, one) => sum + (one.answers()[status] ?? 0), 0);

/** The attacks of the edge that one address could starve, each with the normal client's p99 through it. */
export function starvationAttacks(service: RunningService, settings: StarvationSettings): Attack[] {
  return [
    {
      name: '1,000 idle sockets from one address',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const { latencies, attackers } = await through(service, () => [attack({ port: service.port, count: 1_000 })]);
        const detail = `${attackers[0].closedByServer()} closed by the server; ${latencyText(latencies)}`;
        return { status: 0, detail, refused: served(latencies) };
      },
    },
    {
      name: '300 slowloris header senders',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const opening = 'POST /graphql HTTP/1.1\r\nHost: x\r\n';
        const { latencies, attackers } = await through(service, () => [
          attack({ port: service.port, count: 300, opening, trickle: 'X-Slow: 1\r\n', everyMs: 500 }),
        ]);
        return { status: 408, detail: `${answered(attackers, 408)} answered 408; ${latencyText(latencies)}`, refused: served(latencies) };
      },
    },
    {
      name: '270 bodies at 1 byte/s with 3 valid tokens',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const tokens = await Promise.all(['mallory-1', 'mallory-2', 'mallory-3'].map((sub) => service.authorizationFor(sub)));
        const { latencies, attackers } = await through(service, () =>
          tokens.map((authorization) =>
            attack({
              port: service.port,
              count: 90,
              opening: `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
              trickle: ' ',
            }),
          ),
        );
        return { status: 408, detail: `${answered(attackers, 408)} answered 408; ${latencyText(latencies)}`, refused: served(latencies) };
      },
    },
    manyTokensFromOneAddress(service, settings),
    {
      name: 'a token valid until the year 9999',
      repeatable: false,
      async run(): Promise<AttackResult> {
        const authorization = await service.authorizationFor('mallory-forever', '7970y');
        const statuses: number[] = [];
        let message = '';
        for (let i = 0; i < 2; i += 1) {
          const response = await post(service, authorization);
          statuses.push(response.status);
          message = String(((await response.json()) as { errors?: Array<{ message: string }> }).errors?.[0]?.message ?? '');
        }
        return { status: statuses[0], detail: `${statuses.join('/')}: ${message}`, refused: statuses.every((status) => status === 401) };
      },
    },
  ];
}

/** 1,000 valid tokens, 6,000 requests sent as fast as 20 lanes allow (bounded to 15 s), the normal client beside them. */
function manyTokensFromOneAddress(service: RunningService, settings: StarvationSettings): Attack {
  return {
    name: '6,000 requests from one address with 1,000 valid tokens',
    repeatable: false,
    async run(): Promise<AttackResult> {
      const tokens = await Promise.all(Array.from({ length: 1_000 }, (_, i) => service.authorizationFor(`holder-${i}`)));
      const statuses: number[] = [];
      const ends = performance.now() + 15_000;
      const lane = async (first: number) => {
        for (let i = first; i < 6_000 && performance.now() < ends; i += 20) {
          const response = await post(service, tokens[i % tokens.length]).catch(() => undefined);
          statuses.push(response?.status ?? 0);
          await response?.arrayBuffer();
        }
      };
      const started = performance.now();
      const flood = Promise.all(Array.from({ length: 20 }, (_, first) => lane(first)));
      const latencies = await normalClient(`${service.url}/graphql`, service.authorization, { durationMs: ATTACK_MS });
      await flood;
      const seconds = (performance.now() - started) / 1000;
      // Let the flood's connections close (the address's cap counts them until then) before the harness probes again.
      await sleep(1_500);
      const ok = statuses.filter((status) => status === 200).length;
      const ceiling = settings.addressBurst + Math.ceil(seconds * settings.addressPerSecond) + 1;
      const detail =
        `${statuses.length} sent at ${(statuses.length / seconds).toFixed(0)}/s: ${ok} served (ceiling allows ${ceiling}), ` +
        `${statuses.filter((status) => status === 429).length} answered 429; ${latencyText(latencies)}`;
      return { status: 429, detail, refused: ok <= ceiling && served(latencies) };
    },
  };
}

function post(service: RunningService, authorization: string): Promise<Response> {
  return fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(10_000),
  });
}
