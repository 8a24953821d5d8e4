import { StoreUnavailable } from '../domain/store-unavailable';
import { WalletRepository } from '../domain/wallet-repository.port';
import { isServerFault } from './store-failure';

/**
 * Whether the store is taking writes, as the writes themselves last found. A write refused for want
 * of the store (a full disk, an I/O error; on SQLite a lock held elsewhere) makes the service not ready, at once,
 * until a write succeeds again or `quietMs` pass without another failure: not ready must not mean
 * "never tried again" when a load balancer stops sending writes to a service it deems not ready.
 */
export class StoreWriteHealth {
  private lastFailureAt = Number.NEGATIVE_INFINITY;
  private lastSuccessAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly quietMs = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  failed(): void {
    this.lastFailureAt = this.now();
  }

  succeeded(): void {
    this.lastSuccessAt = this.now();
  }

  /** True while the latest write failed, and recently. */
  get failing(): boolean {
    return this.lastFailureAt > this.lastSuccessAt && this.now() - this.lastFailureAt < this.quietMs;
  }
}

/**
 * The repository with its commits told to `writes`: a commit the store answered with a fault of its own (a 5xx) as
 * failed, a commit that landed as taken (a lost race or a taken key wrote nothing, and says nothing). For DynamoDB Local, whose full disk answered every write with a
 * 5xx while readiness said 200 (an operator's probe); not for AWS, where a 5xx is one partition's moment and every
 * instance unready at once would turn it into an outage. A store unreachable, restarting or slow is not counted here:
 * readiness's own probe sees it, and counted, writes cut by a restart kept readiness 503 for seconds after it.
 */
export function withWriteHealth(repository: WalletRepository, writes: StoreWriteHealth): WalletRepository {
  return {
    ...repository,
    commit: async (...args) => {
      try {
        const outcome = await repository.commit(...args);
        // Only a write that landed says the store takes writes again (a lost race or a taken key wrote nothing), as on SQLite.
        if (outcome.status === 'committed') writes.succeeded();
        return outcome;
      } catch (error) {
        if (error instanceof StoreUnavailable && isServerFault(error)) writes.failed();
        throw error;
      }
    },
  };
}
