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

/**
 * A closed loop: each client sends its next request when the previous one is answered, until the
 * deadline (or `stop`). A client never abandons a request in flight, so the service's DynamoDB
 * request counts cover exactly the requests this loop saw answered. The same loop drives the raw-SDK
 * baseline and the service, so both are timed the same way.
 */
export async function closedLoop(clients: readonly LoadClient[], seconds: number, stop: AbortSignal): Promise<LoopResult> {
  const requestLatencies: number[] = [];
  const successLatencies: number[] = [];
  const errorMessages: string[] = [];
  let successes = 0;
  let conflicts = 0;
  let errors = 0;
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
        // A failed client stops: its numbers would no longer mean what the report says.
        errors++;
        if (errorMessages.length < 3) errorMessages.push(String(error));
        return;
      }
      const answered = performance.now();
      requestLatencies.push(answered - sent);
      if (step === 'conflict') {
        conflicts++;
        continue;
      }
      successes++;
      successLatencies.push(answered - firstTry);
      firstTry = undefined;
    }
  }

  await Promise.all(clients.map(drive));
  return {
    elapsedMs: performance.now() - started,
    successes,
    conflicts,
    errors,
    errorMessages,
    requestLatencies,
    successLatencies,
  };
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
 */
export async function takeTurns(
  clients: readonly LoadClient[],
  seconds: number,
  parts: number,
  stop: AbortSignal,
  burst = 1,
): Promise<TurnsResult[]> {
  const started = performance.now();
  const partMs = (seconds * 1000) / parts;
  const targets = clients.map((client) => ({
    client,
    parts: Array.from({ length: parts }, () => ({ ...emptyLoop(), requestLatencies: [] as number[], successLatencies: [] as number[] })),
    errorMessages: [] as string[],
    benchCpuMicros: 0,
    sinceSuccess: 0,
    failed: false,
  }));
  const order = clients.map((_, i) => i);
  const over = () => performance.now() >= started + seconds * 1000 || stop.aborted;
  while (!over() && targets.some((target) => !target.failed)) {
    shuffle(order);
    for (const i of order.flatMap((target) => Array<number>(burst).fill(target))) {
      const target = targets[i];
      if (target.failed || over()) continue;
      const cpu = process.cpuUsage();
      const sent = performance.now();
      const part = target.parts[Math.min(parts - 1, Math.floor((sent - started) / partMs))];
      let step: Step;
      try {
        step = await target.client.step();
      } catch (error) {
        target.failed = true;
        part.errors++;
        if (target.errorMessages.length < 3) target.errorMessages.push(String(error));
        continue;
      }
      const latency = performance.now() - sent;
      const used = process.cpuUsage(cpu);
      target.benchCpuMicros += used.user + used.system;
      part.elapsedMs += latency;
      part.requestLatencies.push(latency);
      target.sinceSuccess += latency;
      if (step === 'conflict') {
        part.conflicts++;
        continue;
      }
      part.successes++;
      part.successLatencies.push(target.sinceSuccess);
      target.sinceSuccess = 0;
    }
  }
  return targets.map(({ parts: measured, errorMessages, benchCpuMicros }) => ({
    parts: measured.map((part, i) => ({ ...part, errorMessages: i === 0 ? errorMessages : [] })),
    benchCpuMicros,
  }));
}

function emptyLoop() {
  return { elapsedMs: 0, successes: 0, conflicts: 0, errors: 0, errorMessages: [] as string[] };
}

/** Fisher-Yates, in place. */
function shuffle(order: number[]): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
