import { performance } from 'node:perf_hooks';

/** How one request of a client ended: its change landed, or the wallet had moved on (retry). */
export type Step = 'success' | 'conflict';

/** A client of the benchmark: it keeps its own state (its wallet's version) between steps. */
export interface LoadClient {
  step(): Promise<Step>;
}

export interface LoopResult {
  /** From the first request to the last answer: every request sent was answered and is counted. */
  readonly elapsedMs: number;
  readonly successes: number;
  readonly conflicts: number;
  /** Clients that stopped on an unexpected answer or failure; the first messages are kept. */
  readonly errors: number;
  readonly errorMessages: readonly string[];
  /** Every request, in ms. */
  readonly requestLatencies: readonly number[];
  /** From the first try of an increase to its success, retries after conflicts included, in ms. */
  readonly successLatencies: readonly number[];
}

/** What a loop counts of its requests: the answers by kind, their latencies, the first failures. */
class Tally {
  successes = 0;
  conflicts = 0;
  errors = 0;
  readonly errorMessages: string[] = [];
  readonly requestLatencies: number[] = [];
  readonly successLatencies: number[] = [];

  /** One answered request, of `latency` ms; `toSuccess`: from the first try of this increase to this answer. */
  answered(step: Step, latency: number, toSuccess: number): void {
    this.requestLatencies.push(latency);
    if (step === 'conflict') {
      this.conflicts++;
      return;
    }
    this.successes++;
    this.successLatencies.push(toSuccess);
  }

  /** A failed client stops: its numbers would no longer mean what the report says. */
  failed(error: unknown): void {
    this.errors++;
    if (this.errorMessages.length < 3) this.errorMessages.push(String(error));
  }

  result(elapsedMs: number): LoopResult {
    const { successes, conflicts, errors, errorMessages, requestLatencies, successLatencies } = this;
    return { elapsedMs, successes, conflicts, errors, errorMessages, requestLatencies, successLatencies };
  }
}

/**
 * A closed loop: each client sends its next request when the previous one is answered, until the
 * deadline (or `stop`). A client never abandons a request in flight, so the service's DynamoDB
 * request counts cover exactly the requests this loop saw answered. The same loop drives the raw-SDK
 * baseline and the service, so both are timed the same way.
 */
export async function closedLoop(clients: readonly LoadClient[], seconds: number, stop: AbortSignal): Promise<LoopResult> {
  const tally = new Tally();
  const started = performance.now();
  const deadline = started + seconds * 1000;

  async function drive(client: LoadClient): Promise<void> {
    let firstTry: number | undefined;
    // Bounded by the deadline: no new request starts after it.
    while (performance.now() < deadline && !stop.aborted) {
      const sent = performance.now();
      firstTry ??= sent;
      let step: Step;
      try {
        step = await client.step();
      } catch (error) {
        tally.failed(error);
        return;
      }
      const answered = performance.now();
      tally.answered(step, answered - sent, answered - firstTry);
      if (step === 'success') firstTry = undefined;
    }
  }

  await Promise.all(clients.map(drive));
  return tally.result(performance.now() - started);
}

/** One target's share of a run in turns: its requests in each part of the window, and the load generator's CPU for them. */
export interface TurnsResult {
  readonly parts: readonly LoopResult[];
  readonly benchCpuMicros: number;
}

/**
 * One client per target, taking turns of `burst` requests, in a fresh random order each round (so that no
 * target always follows the same one), for `seconds` in all. Every target meets the machine and DynamoDB
 * Local in the same fraction of a second, and none idles for seconds between its slices. Each target's elapsed time
 * is the sum of its own requests' latencies: with one client, its rate is one over its mean latency. The
 * window is cut into `parts` equal parts of wall time, each request counted in the part it was sent in,
 * so the spread between parts shows the run's noise as slices do. A failed client stops; the others go on.
 * `now` is the clock (a test's own, so that its timings are exact).
 */
export async function takeTurns(
  clients: readonly LoadClient[],
  seconds: number,
  parts: number,
  stop: AbortSignal,
  burst = 1,
  now: () => number = () => performance.now(),
): Promise<TurnsResult[]> {
  const started = now();
  const partMs = (seconds * 1000) / parts;
  const targets = clients.map((client) => ({
    client,
    parts: Array.from({ length: parts }, () => new Tally()),
    benchCpuMicros: 0,
    sinceSuccess: 0,
    failed: false,
  }));
  const order = clients.map((_, i) => i);
  const over = () => now() >= started + seconds * 1000 || stop.aborted;
  while (!over() && targets.some((target) => !target.failed)) {
    shuffle(order);
    for (const i of order.flatMap((target) => Array<number>(burst).fill(target))) {
      const target = targets[i];
      if (target.failed || over()) continue;
      const cpu = process.cpuUsage();
      const sent = now();
      const part = target.parts[Math.min(parts - 1, Math.floor((sent - started) / partMs))];
      let step: Step;
      try {
        step = await target.client.step();
      } catch (error) {
        target.failed = true;
        part.failed(error);
        continue;
      }
      const latency = now() - sent;
      const used = process.cpuUsage(cpu);
      target.benchCpuMicros += used.user + used.system;
      target.sinceSuccess += latency;
      part.answered(step, latency, target.sinceSuccess);
      if (step === 'success') target.sinceSuccess = 0;
    }
  }
  // A target's time in each part is its own requests' time.
  return targets.map(({ parts: measured, benchCpuMicros }) => ({
    parts: measured.map((part) => part.result(part.requestLatencies.reduce((total, ms) => total + ms, 0))),
    benchCpuMicros,
  }));
}

/** Fisher-Yates, in place. */
function shuffle(order: number[]): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
