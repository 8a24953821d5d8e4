import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from './project-root';

/**
 * Hostile clients of the connection level, each from one loopback address (Linux routes all of
 * 127.0.0.0/8 to lo, so a socket bound to 127.0.0.3 is "another address"). Each keeps `count` sockets
 * doing its thing and opens a new one `reopenAfterMs` after the server closes one, until stop().
 */
export interface Attacker {
  /** Sockets the server closed on this attacker: known once stop() has resolved (throws before). */
  readonly closedByServer: () => number;
  /** The statuses the server answered with, by code (a socket closed unanswered counts nowhere); as closedByServer. */
  readonly answers: () => Record<number, number>;
  /** Closes the attacker's sockets; resolves once its thread has reported its final counts and ended. */
  stop(): Promise<void>;
}

interface AttackShape {
  readonly port: number;
  readonly count: number;
  readonly localAddress?: string;
  readonly reopenAfterMs?: number;
  /** What a socket sends once connected; then `trickle` every `everyMs` while it is open. */
  readonly opening?: string;
  readonly trickle?: string;
  readonly everyMs?: number;
}

interface AttackCounts {
  readonly closedByServer: number;
  readonly answers: Record<number, number>;
}

/**
 * Starts an attacker on a worker thread (attacker.worker.cjs): on the caller's event loop its churn
 * would slow the service whenever both share a process, which no real attacker can do.
 */
export function attack(shape: AttackShape): Attacker {
  const { port, count, localAddress = '127.0.0.1', reopenAfterMs = 1_000, opening, trickle, everyMs = 1_000 } = shape;
  const workerData = { port, count, localAddress, reopenAfterMs, opening, trickle, everyMs };
  const worker = new Worker(join(projectRoot(), 'tools', 'kit', 'attacker.worker.cjs'), { workerData });
  // Listened to from the start: a thread that fails before stop() must not crash the caller's process.
  const reported = new Promise<AttackCounts>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`The attacker's thread exited (${code}) before it reported`)));
  });
  reported.catch(() => undefined);
  let final: AttackCounts | undefined;
  let stopping: Promise<void> | undefined;
  const counts = (): AttackCounts => {
    if (final === undefined) throw new Error("The attacker's counts are known once stop() has resolved");
    return final;
  };
  return {
    closedByServer: () => counts().closedByServer,
    answers: () => ({ ...counts().answers }),
    stop() {
      stopping ??= (async () => {
        worker.postMessage('stop');
        try {
          final = await reported;
        } finally {
          await worker.terminate();
        }
      })();
      return stopping;
    },
  };
}

export interface Latencies {
  readonly count: number;
  readonly failures: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/**
 * A normal client: one GraphQL request at a time, each on a new connection (the harshest case: every
 * request needs a free slot), from another loopback address, for `durationMs`. A failure counts as
 * slow as the timeout. It runs on a worker thread (normal-client.worker.cjs): measured on the
 * attacker's own event loop, it would time the attacker's work as much as the service's.
 */
export async function normalClient(
  url: string,
  authorization: string,
  options: { durationMs: number; localAddress?: string; pauseMs?: number; timeoutMs?: number },
): Promise<Latencies> {
  const { durationMs, localAddress = '127.0.0.2', pauseMs = 50, timeoutMs = 5_000 } = options;
  const workerData = { url, authorization, durationMs, localAddress, pauseMs, timeoutMs };
  const worker = new Worker(join(projectRoot(), 'tools', 'kit', 'normal-client.worker.cjs'), { workerData });
  const { latenciesMs, failures } = await new Promise<{ latenciesMs: number[]; failures: number }>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`The normal client's thread exited (${code}) before it reported`)));
  });
  await worker.terminate();
  return latenciesOf(latenciesMs, failures);
}

/** Percentiles of the latencies (nearest rank). */
function latenciesOf(latenciesMs: readonly number[], failures: number): Latencies {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, failures, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1] ?? 0 };
}
