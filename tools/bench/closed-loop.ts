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
