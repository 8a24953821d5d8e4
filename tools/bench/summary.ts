import { breakdown, totals } from './counts';
import { ScenarioResult, ScenarioSpec } from './scenario';
import { perSecond, ratio, summarize } from './stats';

/** One line of the report: a scenario's numbers, derived from its raw measurements. */
export interface Row {
  readonly label: string;
  readonly result: ScenarioResult;
  /** Successful increases per second. */
  readonly opsPerSecond: number;
  /** Per request (HTTP request or raw-SDK increase), in ms. */
  readonly p50: number;
  readonly p99: number;
  /** From the first try to success, client retries included (differs from p99 only on the hot wallet). */
  readonly successP99: number;
  /** Throughput over the matching baseline's; NaN for a baseline row. */
  readonly throughputRatio: number;
  /** Mutations = answered requests (successes + conflicts). */
  readonly mutations: number;
  readonly requestsPerMutation: number;
  readonly attemptsPerMutation: number;
  readonly requestsBreakdown: string;
  readonly conflictsPerSuccess: number;
  /** Transactions re-sent because DynamoDB reported TransactionConflict, per success. */
  readonly transactionRetriesPerSuccess: number;
  /** Cores busy on average, by process; `other` is the rest of the machine (processes not part of the bench). */
  readonly cores: { readonly bench: number; readonly service: number; readonly dynamo: number; readonly other: number };
  /** CPU ms per successful increase, by process. */
  readonly cpuMsPerSuccess: { readonly bench: number; readonly service: number; readonly dynamo: number };
  /** Successes the stored versions do not show: must be 0. */
  readonly lostUpdates: number;
}

export function label({ spec }: ScenarioResult): string {
  const work = spec.work === 'hold-capture' ? ', hold + capture pairs' : '';
  return `${spec.target} ${spec.wallets === 'hot' ? 'hot wallet' : 'own wallets'}, ${spec.clients} client${spec.clients > 1 ? 's' : ''}${work}`;
}

function toRow(result: ScenarioResult, baseline: ScenarioResult | undefined): Row {
  const { loop, counts, cpuMicros } = result;
  const requests = summarize(loop.requestLatencies);
  const successes = summarize(loop.successLatencies);
  const mutations = loop.successes + loop.conflicts;
  const sum = totals(counts);
  const opsPerSecond = perSecond(loop.successes, loop.elapsedMs);
  const baselineOps = baseline ? perSecond(baseline.loop.successes, baseline.loop.elapsedMs) : Number.NaN;
  const cores = (micros: number) => ratio(micros / 1000, loop.elapsedMs);
  const msPerSuccess = (micros: number) => ratio(micros / 1000, loop.successes);
  return {
    label: label(result),
    result,
    opsPerSecond,
    p50: requests.p50,
    p99: requests.p99,
    successP99: successes.p99,
    throughputRatio: result.spec.target !== 'baseline' ? ratio(opsPerSecond, baselineOps) : Number.NaN,
    mutations,
    requestsPerMutation: ratio(sum.commands, mutations),
    attemptsPerMutation: ratio(sum.attempts, mutations),
    requestsBreakdown: breakdown(counts, mutations),
    conflictsPerSuccess: ratio(loop.conflicts, loop.successes),
    transactionRetriesPerSuccess: ratio(sum.transactionConflicts, loop.successes),
    cores: {
      bench: cores(cpuMicros.bench),
      service: cores(cpuMicros.service),
      dynamo: cores(cpuMicros.dynamo),
      other: Math.max(0, cores(cpuMicros.machine - cpuMicros.bench - cpuMicros.service - cpuMicros.dynamo)),
    },
    cpuMsPerSuccess: {
      bench: msPerSuccess(cpuMicros.bench),
      service: msPerSuccess(cpuMicros.service),
      dynamo: msPerSuccess(cpuMicros.dynamo),
    },
    lostUpdates: loop.successes - result.versionsGained,
  };
}

/** Rows in run order, each service row paired with the baseline of the same clients and wallets. */
export function toRows(results: readonly ScenarioResult[]): Row[] {
  const baselineOf = (result: ScenarioResult) =>
    results.find(
      (other) =>
        other.spec.target === 'baseline' &&
        other.spec.clients === result.spec.clients &&
        other.spec.wallets === result.spec.wallets &&
        other.spec.work === result.spec.work,
    );
  return results.map((result) => toRow(result, result.spec.target !== 'baseline' ? baselineOf(result) : undefined));
}

/** The row of one scenario, if it ran. */
export function find(rows: readonly Row[], spec: ScenarioSpec): Row | undefined {
  return rows.find(
    ({ result }) =>
      result.spec.target === spec.target &&
      result.spec.clients === spec.clients &&
      result.spec.wallets === spec.wallets &&
      result.spec.work === spec.work,
  );
}
