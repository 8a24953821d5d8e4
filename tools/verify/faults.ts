import { setTimeout as sleep } from 'node:timers/promises';
import { OpLog } from './op-log';

/**
 * A fault the nemesis can inject while the clients run. `inject` breaks something and heals it
 * again before it resolves (kill -9 the service and start it again; stop DynamoDB Local, or kill -9
 * it, and start it on the same port and data). Client-side timeouts are the other fault; the executor injects those.
 */
export interface Fault {
  readonly name: string;
  /** The store itself is killed (kill -9): writes it acknowledged may be lost, and the checker must know when. */
  readonly storeCrash?: boolean;
  inject(): Promise<void>;
}

export interface FaultEvent {
  readonly name: string;
  readonly storeCrash: boolean;
  readonly startedAtMs: number;
  readonly healedAtMs: number;
}

export interface NemesisSchedule {
  readonly firstAtMs: number;
  readonly everyMs: number;
  /** No fault starts at or after this log time, so the run ends with everything healed. */
  readonly lastStartBeforeMs: number;
}

/** Calm between two faults at the least, so that the clients make progress in between. */
const MIN_CALM_MS = 1_000;
const MAX_FAULTS = 1_000;

/**
 * Injects the faults in turn, one at a time (never two at once: the service cannot start while its
 * store is down), on a fixed schedule. A fault that cannot heal stops the nemesis and is rethrown
 * by `run`: the run is then broken, not the service proven wrong.
 */
export class Nemesis {
  readonly events: FaultEvent[] = [];

  constructor(
    private readonly faults: readonly Fault[],
    private readonly log: OpLog,
    private readonly schedule: NemesisSchedule,
  ) {}

  async run(stopped: () => boolean): Promise<void> {
    if (this.faults.length === 0) return;
    let next = this.schedule.firstAtMs;
    for (let turn = 0; turn < MAX_FAULTS && next < this.schedule.lastStartBeforeMs; turn++) {
      while (this.log.now() < next) {
        if (stopped()) return;
        await sleep(Math.max(0, Math.min(100, next - this.log.now())));
      }
      if (stopped()) return;
      const fault = this.faults[turn % this.faults.length];
      const startedAtMs = this.log.now();
      await fault.inject();
      this.events.push({ name: fault.name, storeCrash: fault.storeCrash === true, startedAtMs, healedAtMs: this.log.now() });
      next = Math.max(next + this.schedule.everyMs, this.log.now() + MIN_CALM_MS);
    }
  }
}
