import type { RequestCounter, RequestCounts } from '../../src/infrastructure/dynamodb/request-counter';
import { Baseline } from './baseline';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { closedLoop, LoadClient, LoopResult, takeTurns } from './closed-loop';
import { diffCounts } from './counts';
import { HttpClient } from '../kit/http-client';
import { ServiceProcess } from '../kit/service-process';
import { machineBusyMicros, ownCpuMicros, processCpuMicros } from './cpu';
import { mergeCounts, mergeLoops, sum } from './merge';
import { HoldBaseline } from './hold-baseline';
import { fundedWallet, holdClient, pairsOf } from './hold-service-client';
import { ServiceClient } from './service-client';
import { isPeer, PEER_KINDS, PeerClient, PeerKind } from './peers/peer-clients';
import { cell, perSecond } from './stats';
import { CpuMicros, turnCpu } from './turn-cpu';
import { IDLE_SAMPLE_MS, IDLE_SETTLE_MS, TURN_REQUESTS } from './settings';

/** The raw SDK, a peer server (bare node:http + SDK, or a plain Apollo server), or the service. */
export type Target = 'baseline' | PeerKind | 'service';

export interface ScenarioSpec {
  readonly target: Target;
  readonly clients: number;
  /** `own`: each client on its own wallet; `hot`: every client on one wallet, retrying on conflict. */
  readonly wallets: 'own' | 'hot';
  /** What one success is: an increase (default), or a hold placed and captured in full (own wallets only). */
  readonly work?: 'increase' | 'hold-capture';
}

export interface ScenarioResult {
  readonly spec: ScenarioSpec;
  readonly loop: LoopResult;
  /** DynamoDB requests of this scenario only: of the baseline's client, or of the service process. */
  readonly counts: RequestCounts;
  readonly cpuMicros: CpuMicros;
  /** The service's peak RSS since it started, read right after the scenario. */
  readonly serviceMaxRssBytes: number;
  /** Sum of the wallets' versions gained, read back afterwards: equals the successes if no update was lost. */
  readonly versionsGained: number;
  /** Successes per second of each slice, in order: how steady the scenario was. */
  readonly sliceRates: readonly number[];
}

interface Prepared {
  readonly spec: ScenarioSpec;
  readonly clients: LoadClient[];
  readonly versionsGained: () => Promise<number>;
}

interface Slice {
  readonly loop: LoopResult;
  readonly counts: RequestCounts;
  readonly cpuMicros: CpuMicros;
  readonly serviceMaxRssBytes: number;
}

/** Runs scenarios against the baseline or the service, and measures what each one cost. */
export class ScenarioRunner {
  constructor(
    private readonly baseline: { readonly store: Baseline; readonly counter: RequestCounter; readonly holds?: HoldBaseline },
    private readonly service: ServiceProcess,
    private readonly dynamoPid: number | undefined,
    private readonly stop: AbortSignal,
    /** The Authorization header of the service's clients. */
    private readonly authorization?: string,
    /** The peer servers of this run, if any, each in its own process. */
    private readonly peers: Partial<Record<PeerKind, ServiceProcess>> = {},
  ) {}

  /** The peer servers this runner can measure, in the order the report shows them. */
  get peerKinds(): PeerKind[] {
    return PEER_KINDS.filter((kind) => this.peers[kind] !== undefined);
  }

  /**
   * Runs the scenarios for `seconds` each, alternating between them in `slices` slices, in one order and
   * then back: load from outside the bench then falls on all of them alike. Clients keep their wallet's version across
   * slices (no request is left in flight at a slice's end). `leadInSeconds`: unmeasured load on each
   * scenario's own wallets and connections first.
   */
  async run(specs: readonly ScenarioSpec[], seconds: number, slices = 1, leadInSeconds = 0): Promise<ScenarioResult[]> {
    return this.withPrepared(specs, async (prepared, httpOf) => {
      if (leadInSeconds > 0) for (const scenario of prepared) await closedLoop(scenario.clients, leadInSeconds, this.stop);
      const measured: Slice[][] = specs.map(() => []);
      for (let slice = 0; slice < slices && !this.stop.aborted; slice++) {
        for (const i of sliceOrder(prepared.length, slice)) {
          httpOf(prepared[i].spec.target)?.renewIfIdle(2_500);
          measured[i].push(await this.measure(prepared[i], seconds / slices));
        }
      }
      return Promise.all(
        prepared.map(async (scenario, i) => ({
          spec: scenario.spec,
          loop: mergeLoops(measured[i].map((s) => s.loop)),
          counts: mergeCounts(measured[i].map((s) => s.counts)),
          cpuMicros: {
            bench: sum(measured[i].map((s) => s.cpuMicros.bench)),
            service: sum(measured[i].map((s) => s.cpuMicros.service)),
            dynamo: sum(measured[i].map((s) => s.cpuMicros.dynamo)),
            machine: sum(measured[i].map((s) => s.cpuMicros.machine)),
          },
          serviceMaxRssBytes: Math.max(...measured[i].map((s) => s.serviceMaxRssBytes)),
          versionsGained: await scenario.versionsGained(),
          sliceRates: measured[i].map((s) => perSecond(s.loop.successes, s.loop.elapsedMs)),
        })),
      );
    });
  }

  /**
   * One client per scenario, the scenarios taking turns of a few requests (closed-loop.ts, takeTurns) for
   * `seconds` each in all, cut into `parts` for the spread. What each cost is shared out by turnCpu
   * (turn-cpu.ts): a server's CPU less its idle rate, measured with every server idle just before, over
   * the time the others were served.
   */
  async takeTurns(specs: readonly ScenarioSpec[], seconds: number, parts: number): Promise<ScenarioResult[]> {
    if (specs.some((spec) => spec.clients !== 1 || spec.wallets !== 'own' || spec.work))
      throw new Error('Turns are taken by one client per scenario, increasing its own wallet');
    return this.withPrepared(specs, async (prepared, httpOf) => {
      // Each server process once (the baseline has none), so that none is scraped more often than another.
      const servers = [...new Set(specs.filter((spec) => spec.target !== 'baseline').map((spec) => this.processOf(spec.target)))];
      const cpuOf = async () => new Map(await Promise.all(servers.map(async (server) => [server, await this.sample(server)] as const)));
      const machine = () => ({ bench: ownCpuMicros(), dynamo: processCpuMicros(this.dynamoPid), machine: machineBusyMicros() });
      await sleep(IDLE_SETTLE_MS);
      const idleFrom = await cpuOf();
      const idleStarted = performance.now();
      await sleep(IDLE_SAMPLE_MS);
      const before = await cpuOf();
      const idleMs = performance.now() - idleStarted;
      for (const { target } of specs) httpOf(target)?.renewIfIdle(2_500);
      const counted = this.baseline.counter.snapshot();
      const machineBefore = machine();
      const started = performance.now();
      const turns = await takeTurns(
        prepared.map((scenario) => scenario.clients[0]),
        seconds * specs.length,
        parts,
        this.stop,
        TURN_REQUESTS,
      );
      const wallMs = performance.now() - started;
      const machineAfter = machine();
      const baselineCounts = diffCounts(this.baseline.counter.snapshot(), counted);
      const after = await cpuOf();
      const loops = turns.map((turn) => mergeLoops(turn.parts));
      const serverOf = (target: Target) => (target === 'baseline' ? undefined : this.processOf(target));
      const cpu = turnCpu(
        specs.map(({ target }, i) => {
          const server = serverOf(target);
          const micros = (from: typeof before) => (server ? (from.get(server)?.cpu.service ?? Number.NaN) : 0);
          const idleMicrosPerMs = (micros(before) - micros(idleFrom)) / idleMs;
          if (server) console.log(`  ${target}: idle ${cell(idleMicrosPerMs, 1)} ms of CPU a second`);
          return {
            ownMs: loops[i].elapsedMs,
            requests: loops[i].successes + loops[i].conflicts,
            benchMicros: turns[i].benchCpuMicros,
            server: server && { windowMicros: micros(after) - micros(before), idleMicrosPerMs },
          };
        }),
        {
          wallMs,
          benchMicros: machineAfter.bench - machineBefore.bench,
          dynamoMicros: machineAfter.dynamo - machineBefore.dynamo,
          machineMicros: machineAfter.machine - machineBefore.machine,
        },
      );
      return Promise.all(
        prepared.map(async (scenario, i) => {
          const server = serverOf(scenario.spec.target);
          const [from, to] = server ? [before.get(server), after.get(server)] : [undefined, undefined];
          return {
            spec: scenario.spec,
            loop: loops[i],
            counts: from && to ? mutationsOnly(diffCounts(to.service, from.service)) : baselineCounts,
            cpuMicros: cpu[i],
            serviceMaxRssBytes: (to ?? after.get(this.service))?.serviceMaxRssBytes ?? Number.NaN,
            versionsGained: await scenario.versionsGained(),
            sliceRates: turns[i].parts.map((part) => perSecond(part.successes, part.elapsedMs)),
          };
        }),
      );
    });
  }

  /** The scenarios' wallets and clients, made before the first sample, and the HTTP clients they use, closed after. */
  private async withPrepared(
    specs: readonly ScenarioSpec[],
    measure: (prepared: Prepared[], httpOf: (target: Target) => HttpClient | undefined) => Promise<ScenarioResult[]>,
  ): Promise<ScenarioResult[]> {
    // Keep-alive, one socket per benchmark client, one client per server.
    const sockets = Math.max(...specs.map((spec) => spec.clients));
    const http = new HttpClient(this.service.url, { sockets });
    const peerHttp = new Map(this.peerKinds.map((kind) => [kind, new HttpClient(this.processOf(kind).url, { sockets })]));
    const httpOf = (target: Target) => (target === 'service' ? http : isPeer(target) ? peerHttp.get(target) : undefined);
    try {
      const service = new ServiceClient(http, this.authorization);
      // Wallets are made before the first sample: their creation is not part of any scenario.
      const prepared = await Promise.all(
        specs.map(({ target }, i) => {
          const peer = isPeer(target) && httpOf(target);
          return peer ? this.preparePeer(specs[i], new PeerClient(target, peer)) : this.prepare(specs[i], service);
        }),
      );
      // Awaited here, not returned as a promise: `finally` closes the HTTP clients the read-backs use.
      return await measure(prepared, httpOf);
    } finally {
      http.close();
      for (const client of peerHttp.values()) client.close();
    }
  }

  private async measure({ spec, clients }: Prepared, seconds: number): Promise<Slice> {
    // The server under test is the service, or the peer measured: its CPU and requests are the row's "service".
    const server = this.processOf(spec.target);
    const before = await this.sample(server);
    const loop = await closedLoop(clients, seconds, this.stop);
    const after = await this.sample(server);
    const cpu = (name: keyof CpuMicros) => after.cpu[name] - before.cpu[name];
    return {
      loop,
      counts:
        spec.target === 'baseline' ? diffCounts(after.baseline, before.baseline) : mutationsOnly(diffCounts(after.service, before.service)),
      cpuMicros: { bench: cpu('bench'), service: cpu('service'), dynamo: cpu('dynamo'), machine: cpu('machine') },
      serviceMaxRssBytes: after.serviceMaxRssBytes,
    };
  }

  private async prepare(spec: ScenarioSpec, service: ServiceClient): Promise<Prepared> {
    if (spec.work === 'hold-capture') return this.prepareHolds(spec, service);
    const count = spec.wallets === 'own' ? spec.clients : 1;
    const pick = <T>(made: readonly T[]) => Array.from({ length: spec.clients }, (_, i) => made[i % count]);
    if (spec.target === 'baseline') {
      const { store } = this.baseline;
      const made = await Promise.all(Array.from({ length: count }, () => store.createWallet()));
      return {
        spec,
        clients: pick(made).map((wallet) => store.client(wallet)),
        versionsGained: async () => sum(await Promise.all(made.map(async (w) => (await store.read(w.id))?.version ?? Number.NaN))),
      };
    }
    const made = await Promise.all(Array.from({ length: count }, () => service.createWallet()));
    return {
      spec,
      clients: pick(made).map((wallet) => service.client(wallet.id, wallet.version)),
      versionsGained: async () => sum(await Promise.all(made.map((w) => service.version(w.id)))),
    };
  }

  /** One funded wallet per client; a success is a pair, and the versions read back count the pairs (two entries each). */
  private async prepareHolds(spec: ScenarioSpec, service: ServiceClient): Promise<Prepared> {
    const holds = this.baseline.holds;
    if (spec.wallets !== 'own' || !holds) throw new Error('Hold + capture pairs run on own wallets, with a hold baseline');
    const clients = Array.from({ length: spec.clients });
    if (spec.target === 'baseline') {
      const { store } = this.baseline;
      const made = await Promise.all(clients.map(async () => holds.fund(await store.createWallet())));
      return {
        spec,
        clients: made.map((wallet) => holds.client(wallet)),
        versionsGained: async () => sum(await Promise.all(made.map(async (w) => pairsOf((await store.read(w.id))?.version ?? Number.NaN)))),
      };
    }
    const made = await Promise.all(clients.map(() => fundedWallet(service)));
    return {
      spec,
      clients: made.map((wallet) => holdClient(service, wallet.id, wallet.version)),
      versionsGained: async () => sum(await Promise.all(made.map(async (w) => pairsOf(await service.version(w.id))))),
    };
  }

  private processOf(target: Target): ServiceProcess {
    return (isPeer(target) ? this.peers[target] : undefined) ?? this.service;
  }

  /** A peer's wallets, made through the peer; read back with the raw SDK (the same table), independently of it. */
  private async preparePeer(spec: ScenarioSpec, peer: PeerClient): Promise<Prepared> {
    if (spec.wallets !== 'own' || spec.work) throw new Error('The peer servers run increases on own wallets only');
    const { store } = this.baseline;
    const made = await Promise.all(Array.from({ length: spec.clients }, () => peer.createWallet()));
    return {
      spec,
      clients: made.map((wallet) => peer.client(wallet.id, wallet.version)),
      versionsGained: async () => sum(await Promise.all(made.map(async (w) => (await store.read(w.id))?.version ?? Number.NaN))),
    };
  }

  private async sample(server: ServiceProcess) {
    const metrics = await server.metrics();
    return {
      baseline: this.baseline.counter.snapshot(),
      service: metrics.dynamodb,
      cpu: {
        bench: ownCpuMicros(),
        service: metrics.process.cpuUserMicros + metrics.process.cpuSystemMicros,
        dynamo: processCpuMicros(this.dynamoPid),
        machine: machineBusyMicros(),
      },
      serviceMaxRssBytes: metrics.process.maxRssBytes,
    };
  }
}

/**
 * A server's requests without DescribeTable: the readiness probe's (one every 2 s, src/http/readiness.ts) and the
 * stream check's at start-up (wallet-stream.ts). The rows count what the mutations cost, and no mutation asks it.
 */
function mutationsOnly(counts: RequestCounts): RequestCounts {
  const { DescribeTable: _readiness, ...mutations } = counts;
  return mutations;
}

/**
 * The order of the scenarios in slice `slice`: as given, then back, so that what one leaves behind (its GC,
 * DynamoDB Local's) does not always land on the same next one.
 */
export function sliceOrder(count: number, slice: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  return slice % 2 === 1 ? order.reverse() : order;
}
