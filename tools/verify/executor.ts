import { setTimeout as sleep } from 'node:timers/promises';
import { decodeAnswer, walletState } from './decode';
import { requestOf } from './documents';
import { GraphQLClient } from './graphql-client';
import { Attempt, OpLog, OpRecord, Outcome, sourceWalletOf, specVersionOf } from './op-log';
import { settle } from './outcome';
import { Random } from './random';

export interface ExecutionPolicy {
  /** Timeout of an ordinary request; past it the outcome is unknown. */
  readonly requestTimeoutMs: number;
  /** Share of first attempts sent with a deliberately short timeout (a client-side fault). */
  readonly timeoutShare: number;
  readonly shortTimeoutMs: readonly [number, number];
  /** Share of mutations deliberately sent twice with the same key (concurrently or one after the other). */
  readonly duplicateShare: number;
  /**
   * Share of retries that first re-read the wallet and send its current version with the same key,
   * as docs/clients.md tells clients to do after a timeout (the rest resend the request unchanged).
   */
  readonly refreshShare: number;
  /** Share of successful changes sent once more later, with a freshly read version and the same key: a replay is due. */
  readonly freshDuplicateShare: number;
  /** Bounds on resolving an unknown outcome by retrying. */
  readonly maxRetries: number;
  readonly resolveByMs: () => number;
}

export interface ExecutionStats {
  shortTimeouts: number;
  duplicates: number;
  retries: number;
  refreshedRetries: number;
  freshDuplicates: number;
}

/**
 * Runs one operation to a settled outcome, as a careful client would: one idempotency key for all
 * its attempts, the same arguments every time, and a retry (bounded in count and time, with
 * jittered back-off) for as long as the outcome is unknown. Reads are not retried: they change nothing.
 */
export class Executor {
  readonly stats: ExecutionStats = { shortTimeouts: 0, duplicates: 0, retries: 0, refreshedRetries: 0, freshDuplicates: 0 };

  constructor(
    private readonly client: GraphQLClient,
    private readonly log: OpLog,
    private readonly policy: ExecutionPolicy,
  ) {}

  /** `concurrentDuplicate`: send the first attempt twice at once, with the same key (a race of one request with itself). */
  async run(op: OpRecord, random: Random, concurrentDuplicate = false): Promise<Outcome> {
    const short = random.chance(this.policy.timeoutShare);
    const firstTimeout = short ? random.int(...this.policy.shortTimeoutMs) : this.policy.requestTimeoutMs;
    if (short) this.stats.shortTimeouts += 1;
    if (op.spec.type === 'read') {
      const answer = (await this.send(op, 'first', firstTimeout)).answer;
      return this.complete(op, answer.kind === 'success' ? 'ok' : answer.kind === 'unknown' ? 'unknown' : 'failed');
    }
    if (concurrentDuplicate || random.chance(this.policy.duplicateShare)) {
      this.stats.duplicates += 1;
      if (concurrentDuplicate || random.chance(0.5)) {
        await Promise.all([this.send(op, 'first', firstTimeout), this.send(op, 'duplicate', this.policy.requestTimeoutMs)]);
      } else {
        await this.send(op, 'first', firstTimeout);
        await this.send(op, 'duplicate', this.policy.requestTimeoutMs);
      }
    } else {
      await this.send(op, 'first', firstTimeout);
    }
    for (let retry = 0; settle(op.attempts, specVersionOf(op.spec)) === 'retry'; retry++) {
      if (retry >= this.policy.maxRetries || this.log.now() > this.policy.resolveByMs()) return this.complete(op, 'unknown');
      await sleep(Math.min(1_000, 25 * 2 ** retry) * (0.5 + random.next()));
      this.stats.retries += 1;
      const version = random.chance(this.policy.refreshShare) ? await this.currentVersion(op) : undefined;
      if (version !== undefined) this.stats.refreshedRetries += 1;
      await this.send(op, 'retry', this.policy.requestTimeoutMs, version);
    }
    const settled = settle(op.attempts, specVersionOf(op.spec));
    if (settled === 'ok' && random.chance(this.policy.freshDuplicateShare)) {
      const version = await this.currentVersion(op);
      if (version !== undefined) {
        this.stats.freshDuplicates += 1;
        await this.send(op, 'duplicate', this.policy.requestTimeoutMs, version);
      }
    }
    return this.complete(op, settled === 'retry' ? 'unknown' : settled);
  }

  private async send(op: OpRecord, role: Attempt['role'], timeoutMs: number, expectedVersion?: number): Promise<Attempt> {
    const spec = expectedVersion !== undefined && 'expectedVersion' in op.spec ? { ...op.spec, expectedVersion } : op.spec;
    const { query, variables } = requestOf(spec);
    const sentAt = this.log.now();
    const sentAtEpochMs = Date.now();
    const answer = decodeAnswer(spec, await this.client.post(op.user, query, variables, timeoutMs));
    const stamps = { sentAt, endedAt: this.log.now(), sentAtEpochMs, endedAtEpochMs: Date.now() };
    const attempt: Attempt = { ...stamps, timeoutMs, role, answer, ...(spec === op.spec ? {} : { expectedVersion }) };
    this.log.record(op, attempt);
    return attempt;
  }

  /**
   * The version of the wallet the change is conditioned on, as a fresh read by the same user shows
   * it; undefined if the read fails. A trespass probe does not re-read (such a read is not in the op
   * log, so what it was shown would go unchecked): its retries resend the request unchanged.
   */
  private async currentVersion(op: OpRecord): Promise<number | undefined> {
    const spec = op.spec;
    if (!('expectedVersion' in spec) || spec.trespass) return undefined;
    const { query, variables } = requestOf({ type: 'read', walletId: sourceWalletOf(spec) });
    const result = await this.client.post(op.user, query, variables, this.policy.requestTimeoutMs);
    if (result.kind !== 'body') return undefined;
    try {
      return walletState((result.body as { data: { wallet: unknown } }).data.wallet).version;
    } catch {
      return undefined;
    }
  }

  private complete(op: OpRecord, outcome: Outcome): Outcome {
    this.log.complete(op, outcome);
    return outcome;
  }
}
