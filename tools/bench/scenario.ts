import type { RequestCounter, RequestCounts } from '../../src/infrastructure/dynamodb/request-counter';
import { Baseline } from './baseline';
import { closedLoop, LoadClient, LoopResult } from './closed-loop';
import { diffCounts } from './counts';
import { HttpClient } from '../kit/http-client';
import { ServiceProcess } from '../kit/service-process';
import { machineBusyMicros, ownCpuMicros, processCpuMicros } from './cpu';
import { mergeCounts, mergeLoops, sum } from './merge';
import { ServiceClient } from './service-client';
import { perSecond } from './stats';

export type Target = 'baseline' | 'service';

export interface ScenarioSpec {
  readonly target: Target;
  readonly clients: number;
  /** `own`: each client on its own wallet; `hot`: every client on one wallet, retrying on conflict. */
  readonly wallets: 'own' | 'hot';
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
    private readonly baseline: { readonly store: Baseline; readonly counter: RequestCounter },
    private readonly service: ServiceProcess,
    private readonly dynamoPid: number | undefined,
    private readonly stop: AbortSignal,
    /** The Authorization header of the service's clients. */
    private readonly authorization?: string,
  ) {}

  /**
   * Runs the scenarios for `seconds` each, alternating between them in `slices` slices: load from
   * outside the bench then falls on all of them alike. Clients keep their wallet's version across
   * slices (no request is left in flight at a slice's end).
   */
  async run(specs: readonly ScenarioSpec[], seconds: number, slices = 1): Promise<ScenarioResult[]> {
    // Keep-alive, one socket per benchmark client.
    const http = new HttpClient(this.service.url, { sockets: Math.max(...specs.map((spec) => spec.clients)) });
    try {
      const service = new ServiceClient(http, this.authorization);
      // Wallets are made before the first sample: their creation is not part of any scenario.
      const prepared = await Promise.all(specs.map((spec) => this.prepare(spec, service)));
      const measured: Slice[][] = specs.map(() => []);
      for (let slice = 0; slice < slices && !this.stop.aborted; slice++) {
        for (const [i, scenario] of prepared.entries()) {
          if (scenario.spec.target === 'service') http.renewIfIdle(2_500);
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
    }
  }

  private async measure({ spec, clients }: Prepared, seconds: number): Promise<Slice> {
    const before = await this.sample();
    const loop = await closedLoop(clients, seconds, this.stop);
    const after = await this.sample();
    const cpu = (name: keyof CpuMicros) => after.cpu[name] - before.cpu[name];
    return {
      loop,
      counts: spec.target === 'baseline' ? diffCounts(after.baseline, before.baseline) : diffCounts(after.service, before.service),
      cpuMicros: { bench: cpu('bench'), service: cpu('service'), dynamo: cpu('dynamo'), machine: cpu('machine') },
      serviceMaxRssBytes: after.serviceMaxRssBytes,
    };
  }

  private async prepare(spec: ScenarioSpec, service: ServiceClient): Promise<Prepared> {
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

  private async sample() {
    const metrics = await this.service.metrics();
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
