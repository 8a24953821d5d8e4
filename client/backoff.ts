/**
 * "Full jitter" exponential back-off: a random wait between 0 and min(cap, base * 2^attempt) ms. The
 * randomness spreads clients that collided on one wallet, so they do not collide again in lock-step.
 * (Milliseconds only: no money is ever computed here.)
 */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 10, capMs: 500 };

export function backoffDelay(attempt: number, { baseMs, capMs }: Backoff, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
