import { NO_METRICS } from '../../src/application/service-metrics.port';
import { createWalletUseCases, WalletUseCases } from '../../src/application/wallet-use-cases';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { WalletRepository } from '../../src/domain/wallet-repository.port';
import { instrumentRepository } from '../../src/infrastructure/instrumented-repository';
import { createLogger } from '../../src/observability/pino-logger';
import { expectLedgerConsistent } from '../support/ledger';
import { freshStore, TestStore } from '../support/stores';

/**
 * A capture decided before its hold's expiry but sent after it (it waited its turn on a wallet, or retried)
 * is refused by the store, which checks the expiry with the writer's clock as the request leaves. Found by
 * an attack: a payee kept their own wallet's queue busy, and the payer's capture, queued behind, landed after
 * reads had shown the hold EXPIRED. Here the service's clock moves past the expiry right after the capture's
 * decision, which is what the wait did. The store is real, wired as main.ts wires it (open-store.ts).
 */
const ALICE: Caller = { id: 'alice', admin: false };
const BOB: Caller = { id: 'bob', admin: false };
const START = Date.parse('2026-11-30T12:00:00.000Z');

let store: TestStore;
let inner: WalletRepository;
let service: WalletUseCases;
let clockMs = START;
/** Set by a test: the next reading of the clock is the decision's, and the clock is then this much later. */
let jumpAfterNextReadingMs: number | undefined;
let closeFeed = () => {};

function now(): Date {
  const reading = new Date(clockMs);
  if (jumpAfterNextReadingMs !== undefined) {
    clockMs += jumpAfterNextReadingMs;
    jumpAfterNextReadingMs = undefined;
  }
  return reading;
}

beforeAll(async () => {
  store = await freshStore();
  const live = await store.live();
  closeFeed = () => live.close();
  inner = live.repository;
  const repository = instrumentRepository(inner, NO_METRICS, createLogger({ level: 'silent' }), store.kind);
  service = createWalletUseCases(repository, { now });
});
afterAll(async () => {
  closeFeed();
  await store.drop();
});
afterEach(() => jest.restoreAllMocks());

async function walletOf(caller: Caller, funds?: string): Promise<string> {
  const created = await service.createWallet(caller, { currency: Currency.GBP });
  if (!('wallet' in created)) throw new Error('expected a wallet');
  if (funds)
    await service.increaseBalance(caller, { walletId: created.wallet.id, amount: funds, currency: Currency.GBP, expectedVersion: 0 });
  return created.wallet.id;
}

async function heldFor(seconds: number, toWalletId?: string): Promise<{ walletId: string; holdId: string }> {
  const walletId = await walletOf(ALICE, '100.00');
  const placed = await service.placeHold(ALICE, {
    walletId,
    amount: '50.00',
    currency: Currency.GBP,
    expectedVersion: 1,
    expiresInSeconds: seconds,
    toWalletId,
  });
  if (!('hold' in placed)) throw new Error(`expected a hold, got ${JSON.stringify(placed)}`);
  return { walletId, holdId: placed.hold.id };
}

describe("a hold's expiry, checked as the capture or the void is sent", () => {
  it.each([
    ['a capture to another wallet', 'capture', true],
    ['a capture', 'capture', false],
    ['a void', 'void', false],
  ] as const)(
    'refuses %s decided 1 ms before the expiry and sent after it: HoldNotPending EXPIRED, nothing written',
    async (_, kind, payee) => {
      const toWalletId = payee ? await walletOf(BOB) : undefined;
      const { walletId, holdId } = await heldFor(60, toWalletId);
      clockMs += 60_000 - 1;
      const decidedAt = new Date(clockMs).toISOString();
      const commit = jest.spyOn(inner, 'commit');
      jumpAfterNextReadingMs = 2;
      const answer =
        kind === 'capture'
          ? await service.captureHold(ALICE, { holdId, expectedVersion: 2 })
          : await service.voidHold(ALICE, { holdId, expectedVersion: 2 });

      expect(answer).toMatchObject({ code: 'HOLD_NOT_PENDING', holdId, status: 'EXPIRED' });
      // Decided while the hold was pending, sent through the instrumented store with the later clock, refused by the store.
      expect(commit).toHaveBeenCalledTimes(1);
      const [[changes, , , sentAt]] = commit.mock.calls;
      expect(changes[0].holds?.[0]).toMatchObject({ expect: 'PENDING_UNEXPIRED', hold: { resolvedAt: decidedAt } });
      expect(sentAt).toBe(new Date(Date.parse(decidedAt) + 2).toISOString());
      expect(await inner.findHold(holdId)).toMatchObject({ status: 'PENDING' });
      expect(await inner.find(walletId)).toMatchObject({ version: 2, balance: 10_000n });
      if (toWalletId) expect(await inner.find(toWalletId)).toMatchObject({ version: 0, balance: 0n });
      await expectLedgerConsistent(store, walletId);
    },
  );

  it('captures a hold sent 1 ms before its expiry', async () => {
    const toWalletId = await walletOf(BOB);
    const { holdId } = await heldFor(60, toWalletId);
    clockMs += 60_000 - 2;
    jumpAfterNextReadingMs = 1;
    expect(await service.captureHold(ALICE, { holdId, expectedVersion: 2 })).toMatchObject({ type: 'HOLD_CAPTURED' });
    expect(await inner.find(toWalletId)).toMatchObject({ version: 1, balance: 5_000n });
  });
});
