import { sum } from './merge';
import { ratio } from './stats';

/** CPU of one scenario, in µs, by process. */
export interface CpuMicros {
  readonly bench: number;
  readonly service: number;
  readonly dynamo: number;
  /** The whole machine, every process: what the three above leave is load from outside the bench. */
  readonly machine: number;
}

/** One target of a run in turns, as measured: CPU in µs, times in ms. */
export interface TurnTarget {
  /** Its own requests' time (the sum of their latencies). */
  readonly ownMs: number;
  readonly requests: number;
  /** The load generator's CPU for its requests, measured request by request. */
  readonly benchMicros: number;
  /** Its server process (none for the raw-SDK baseline): its CPU over the window, and its rate while all were idle. */
  readonly server?: { readonly windowMicros: number; readonly idleMicrosPerMs: number };
}

/** The whole window: its wall time and the CPU of every process in it. */
export interface TurnWindow {
  readonly wallMs: number;
  /** The load generator's process over the window (its requests' CPU and what it did between them). */
  readonly benchMicros: number;
  readonly dynamoMicros: number;
  readonly machineMicros: number;
}

/**
 * What each target of a run in turns cost, in the slices' terms (CpuMicros), so the report reads both alike.
 * - Its server: the server's CPU in the window less its idle rate over the time the other targets were
 *   served, i.e. what it used while its own requests ran (a slice counts just that, and its idle rate then).
 * - DynamoDB Local's CPU: shared out by requests (every target sends the same request per increase).
 * - Outside load (the machine less the load generator, every server and DynamoDB Local): shared out by
 *   own time, so each row's "other" is the load from outside the bench while it was served.
 * Pure, so the sharing out is tested (test/unit/bench/turn-cpu.test.ts).
 */
export function turnCpu(targets: readonly TurnTarget[], window: TurnWindow): CpuMicros[] {
  const requests = sum(targets.map((target) => target.requests));
  const servers = sum(targets.map((target) => target.server?.windowMicros ?? 0));
  const outside = Math.max(0, window.machineMicros - window.benchMicros - servers - window.dynamoMicros);
  return targets.map((target) => {
    const { server } = target;
    const service = server ? Math.max(0, server.windowMicros - server.idleMicrosPerMs * (window.wallMs - target.ownMs)) : 0;
    const dynamo = ratio(target.requests, requests) * window.dynamoMicros;
    const other = ratio(target.ownMs, window.wallMs) * outside;
    return { bench: target.benchMicros, service, dynamo, machine: target.benchMicros + service + dynamo + other };
  });
}
