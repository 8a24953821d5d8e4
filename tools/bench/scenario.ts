import type { RequestCounter, RequestCounts } from '../../src/infrastructure/dynamodb/request-counter';
import { Baseline } from './baseline';
import { closedLoop, LoadClient, LoopResult } from './closed-loop';
import { diffCounts } from './counts';
import { HttpClient } from '../kit/http-client';
import { ServiceProcess } from '../kit/service-process';
import { machineBusyMicros, ownCpuMicros, processCpuMicros } from './cpu';
import { mergeCounts, mergeLoops, sum } from './merge';
import { HoldBaseline } from './hold-baseline';
import { fundedWallet, holdClient, pairsOf } from './hold-service-client';
import { ServiceClient } from './service-client';
import { isPeer, PeerClient, PeerKind } from './peers/peer-clients';
import { perSecond } from './stats';

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

export interface CpuMicros {
  readonly bench: number;
  readonly service: number;
  readonly dynamo: number;
  /** The whole machine, every process: what the three above leave is load from outside the bench. */
  readonly machine: number;
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
    return (['bare', 'apollo'] as const).filter((kind) => this.peers[kind] !== undefined);
  }

  /**
   * Runs the scenarios for `seconds` each, alternating between them in `slices` slices: load from
   * outside the bench then falls on all of them alike. Clients keep their wallet's version across
   * slices (no request is left in flight at a slice's end).
   */
  async run(specs: readonly ScenarioSpec[], seconds: number, slices = 1): Promise<ScenarioResult[]> {
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
      const measured: Slice[][] = specs.map(() => []);
      for (let slice = 0; slice < slices && !this.stop.aborted; slice++) {
        for (const [i, scenario] of prepared.entries()) {
          httpOf(scenario.spec.target)?.renewIfIdle(2_500);
          measured[i].push(await this.measure(scenario, seconds / slices));
        }
      }
      // Awaited here, not returned as a promise: `finally` closes the HTTP client the read-backs use.
      return await Promise.all(
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
