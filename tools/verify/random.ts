/**
 * A seeded generator (mulberry32): --seed fixes every random draw of a run (operations, wallets,
 * amounts, duplicates, timeouts). It cannot fix the run itself: clients decide from the answers
 * they get, and those depend on how requests interleave. The seed is printed for a rough replay.
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** An independent generator for one client, derived from this one. */
  fork(): Random {
    return new Random(this.int(1, 0x7fffffff));
  }
}
