import { CommitOutcome, WalletRepository } from '../../../src/domain/wallet-repository.port';
import { StoreUnavailable } from '../../../src/domain/store-unavailable';
import { StoreWriteHealth, withWriteHealth } from '../../../src/infrastructure/store-write-health';

/**
 * DynamoDB Local with its disk full answered every write with a 5xx (STORE_UNAVAILABLE) while readiness said 200 (an
 * operator's probe): its commits now tell the write health readiness reads, as SQLite's do. The repository here is a
 * stand-in: what is checked is the bookkeeping around its commit (the probe's replay on a full tmpfs is in evidence.md).
 */
/** As DynamoDB Local's 5xx comes typed (store-failure.ts): StoreUnavailable, the SDK's error with its HTTP status as its cause. */
const storeFault = (message: string) =>
  new StoreUnavailable(message, {
    cause: Object.assign(new Error(message), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } }),
  });

describe('withWriteHealth', () => {
  let now = 0;
  let answer: () => Promise<CommitOutcome>;
  const inner = { commit: () => answer() } as unknown as WalletRepository;
  const writes = new StoreWriteHealth(10_000, () => now);
  const repository = withWriteHealth(inner, writes);
  const commit = () => repository.commit([]);

  it('is failing after a commit the store could not take, until one is taken or 10 s pass quietly', async () => {
    answer = async () => {
      throw storeFault('InternalFailure: The request processing has failed because of an unknown error');
    };
    await expect(commit()).rejects.toThrow(StoreUnavailable);
    expect(writes.failing).toBe(true);
    answer = async () => ({ status: 'committed' });
    now = 1_000;
    await commit();
    expect(writes.failing).toBe(false);
    answer = async () => {
      throw storeFault('disk full');
    };
    now = 2_000;
    await expect(commit()).rejects.toThrow(StoreUnavailable);
    now = 11_999;
    expect(writes.failing).toBe(true);
    now = 12_000;
    expect(writes.failing).toBe(false);
  });

  it('leaves a store unreachable or restarting to the readiness probe (cut writes kept it 503 after a restart)', async () => {
    answer = async () => {
      throw new StoreUnavailable('The store did not answer: ECONNREFUSED', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    await expect(commit()).rejects.toThrow(StoreUnavailable);
    expect(writes.failing).toBe(false);
  });

  it('takes a lost race as no word on the store (it wrote nothing: a full disk stays failing), nor a bug', async () => {
    now = 20_000;
    answer = async () => {
      throw storeFault('disk full');
    };
    await expect(commit()).rejects.toThrow(StoreUnavailable);
    answer = async () => ({ status: 'rejected', stale: [] });
    await commit();
    expect(writes.failing).toBe(true);
    answer = async () => ({ status: 'committed' });
    await commit();
    expect(writes.failing).toBe(false);
    answer = async () => {
      throw new TypeError('a bug');
    };
    await expect(commit()).rejects.toThrow(TypeError);
    expect(writes.failing).toBe(false);
  });
});
