import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, createApp } from '../../src/app';
import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { STORE_RETRY_AFTER_SECONDS } from '../../src/http/error-policy';
import { DevSigningKey } from '../../src/infrastructure/auth/dev-signing-key';
import { JwtVerifier } from '../../src/infrastructure/auth/jwt-verifier';
import { OpenStore, openStore } from '../../src/infrastructure/open-store';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { createLogger } from '../../src/observability/pino-logger';
import { CREATE, INCREASE } from '../support/operations';
import { describeSqlite } from '../support/sqlite';

/**
 * A SQLite file on a tiny filesystem of its own (a 4 MB tmpfs, mounted here: the test runs as root),
 * filled up to the last byte by another file. Writes fail with SQLite's "database or disk is full":
 * clients get the typed, retryable STORE_UNAVAILABLE and /health/ready says 503, until space is back.
 */
describeSqliteAsRoot('the SQLite store on a full disk', () => {
  let mountPoint: string;
  let filler: string;
  let mounted = false;
  let store: OpenStore;
  let app: App;
  let url: string;
  let authorization: string;

  beforeAll(async () => {
    mountPoint = mkdtempSync(join(tmpdir(), 'wallets-full-disk-'));
    filler = join(mountPoint, 'filler');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
    mounted = true;
    const logger = createLogger({ level: 'silent' });
    store = await openStore(
      { kind: 'sqlite', file: join(mountPoint, 'wallets.sqlite') },
      {
        region: 'local',
        tableName: 'wallets',
        metrics: NO_METRICS,
        logger,
        writeFailureQuietMs: 60_000,
      },
    );
    const key = DevSigningKey.ephemeral();
    authorization = `Bearer ${await key.sign({ sub: 'alice' })}`;
    app = await createApp({
      wallets: createWalletUseCases(store.repository),
      tokens: new JwtVerifier({ key: key.publicKey, issuer: key.issuer, audience: key.audience }),
      isStoreReachable: () => store.isReachable(),
      isStoreKnownDown: () => store.isKnownDown(),
      playground: false,
      logger,
      readinessIntervalMs: 200,
    });
    url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });

  afterAll(async () => {
    await app?.stop();
    await store?.close();
    if (mounted) execFileSync('umount', [mountPoint]);
    if (mountPoint) rmdirSync(mountPoint);
  });

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: { result?: { __typename: string; wallet?: { id: string; version: number; balance: string } } };
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
  };
  const ready = async () => (await fetch(`${url}/health/ready`)).status;

  it('answers STORE_UNAVAILABLE with a retry hint and reports not ready, then recovers once space is back', async () => {
    const created = await gql(CREATE, { currency: 'GBP' });
    const wallet = created.data?.result?.wallet;
    if (!wallet) throw new Error(`no wallet: ${JSON.stringify(created)}`);
    expect(await ready()).toBe(200);

    fillDisk(filler);
    let version = wallet.version;
    let refusal: { message: string; extensions: Record<string, unknown> } | undefined;
    // The WAL may still have room for a few commits: write until the disk says no.
    for (let attempt = 0; attempt < 500 && !refusal; attempt += 1) {
      const answer = await gql(INCREASE, {
        walletId: wallet.id,
        amount: '1.00',
        currency: 'GBP',
        expectedVersion: version,
        key: `k-${attempt}`,
      });
      if (answer.data?.result?.__typename === 'BalanceIncreased') version += 1;
      else refusal = answer.errors?.[0];
    }
    expect(refusal).toEqual({
      message: expect.stringContaining('idempotencyKey'),
      locations: expect.any(Array),
      path: ['result'],
      extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
    });
    expect(JSON.stringify(refusal)).not.toMatch(/disk is full|SQLite/);
    expect(await ready()).toBe(503);

    unlinkSync(filler);
    const retried = await gql(INCREASE, { walletId: wallet.id, amount: '1.00', currency: 'GBP', expectedVersion: version, key: 'after' });
    expect(retried.data?.result).toMatchObject({ __typename: 'BalanceIncreased', wallet: { version: version + 1 } });
    expect(await ready()).toBe(200);
  }, 60_000);
});

/**
 * Mounting a filesystem needs root; elsewhere the suite is skipped, saying why. CI runs it: .ci/run is run as root
 * on a fresh Debian machine (it installs Java and Chromium with apt-get, no sudo, and would fail otherwise), and
 * its Node 24 pass (TEST_STORE=sqlite) runs the SQLite suites.
 */
function describeSqliteAsRoot(name: string, body: () => void): void {
  if (process.getuid?.() === 0) {
    describeSqlite(name, body);
    return;
  }
  console.info(`Skipping "${name}": mounting its tiny tmpfs needs root.`);
  describe.skip(name, body);
}

/** Writes into `file` until the filesystem has not one byte left. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch {
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}
