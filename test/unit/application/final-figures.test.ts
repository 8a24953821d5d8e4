import { createWalletUseCases } from '../../../src/application/wallet-use-cases';
import { callerOf } from '../../../src/domain/caller';
import { FINAL_AFTER_MS } from '../../../src/domain/statement';
import { ScriptedLedger } from '../../support/scripted-ledger';

/**
 * A statement (and a balance as of a moment) is final only once its end has passed by FINAL_AFTER_MS on the service's
 * clock when it is read: entries dated before the end may still come to light until then (the time index's lag, the
 * clocks of other instances, a change in flight). Its figures were presented alike either way before.
 */
const ALICE = callerOf('alice', []);
const FROM = '2019-12-31T00:00:00.000Z';
const TO = '2020-12-31T00:00:00.000Z';

function readAt(now: number) {
  const ledger = ScriptedLedger.upTo(5);
  return { service: createWalletUseCases(ledger.repository(), { now: () => new Date(now) }), wallet: ledger.wallet() };
}

it(`is final once its end has passed by ${FINAL_AFTER_MS / 1000} s, and not a millisecond before`, async () => {
  const end = Date.parse(TO);
  for (const [now, final] of [
    [end - 1, false],
    [end + FINAL_AFTER_MS - 1, false],
    [end + FINAL_AFTER_MS, true],
    [end + 86_400_000, true],
  ] as const) {
    const { service, wallet } = readAt(now);
    expect((await service.statement(ALICE, wallet, FROM, TO))?.final).toBe(final);
    expect((await service.balanceAt(ALICE, wallet, { at: TO }))?.final).toBe(final);
  }
});

it('answers a balance asked by version as final: a version never changes', async () => {
  const { service, wallet } = readAt(0);
  expect(await service.balanceAt(ALICE, wallet, { version: 3 })).toMatchObject({ final: true, entry: { version: 3 } });
});
