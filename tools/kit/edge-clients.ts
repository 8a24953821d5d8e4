import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from './project-root';

/**
 * Hostile clients of the connection level, each from one loopback address (Linux routes all of
 * 127.0.0.0/8 to lo, so a socket bound to 127.0.0.3 is "another address"). Each keeps `count` sockets
 * doing its thing and opens a new one `reopenAfterMs` after the server closes one, until stop().
 */
export interface Attacker {
  /** Sockets the server closed on this attacker so far. */
  readonly closedByServer: () => number;
  /** The statuses the server answered with, by code (a socket closed unanswered counts nowhere). */
  readonly answers: () => Record<number, number>;
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

export function attack(shape: AttackShape): Attacker {
  const { port, count, localAddress = '127.0.0.1', reopenAfterMs = 1_000, opening, trickle, everyMs = 1_000 } = shape;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let closed = 0;
  const answers: Record<number, number> = {};
  const later = (ms: number, task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, ms);
    timers.add(timer);
  };
  const open = () => {
    if (stopped) return;
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => opening && socket.write(opening));
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1', 0, 12))?.[1] ?? 0);
      if (status) answers[status] = (answers[status] ?? 0) + 1;
    });
    const dripping = trickle ? setInterval(() => socket.writable && socket.write(trickle), everyMs) : undefined;
    socket.once('close', () => {
      clearInterval(dripping);
      sockets.delete(socket);
      if (stopped) return;
      closed += 1;
      later(reopenAfterMs, open);
    });
  };
  for (let i = 0; i < count; i += 1) open();
  return {
    closedByServer: () => closed,
    answers: () => ({ ...answers }),
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      const closing = [...sockets].map((socket) => new Promise((done) => socket.once('close', done)));
      for (const socket of sockets) socket.destroy();
      await Promise.all(closing);
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
export function latenciesOf(latenciesMs: readonly number[], failures: number): Latencies {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, failures, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1] ?? 0 };
}
