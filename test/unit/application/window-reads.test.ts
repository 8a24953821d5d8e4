import { MAX_SUMMED_ENTRIES, StatementTooLargeError } from '../../../src/application/statement.use-case';
import { createWalletUseCases } from '../../../src/application/wallet-use-cases';
import { callerOf } from '../../../src/domain/caller';
import { ScriptedLedger } from '../../support/scripted-ledger';

/**
 * The store reads of the use cases that walk a version window through storedEntries: a statement whose
 * entries predate running totals (summed, bounded) and a filtered history page (its examined budget).
 * A scripted ledger: the stores' reads are tested in the money history contract.
 */
const ALICE = callerOf('alice', []);

/** Versions 0..last: opened, then +3 and -1 in turn; no running totals on any entry. */
function scripted(last: number) {
  const ledger = ScriptedLedger.upTo(last, { changeAt: (version) => (version % 2 === 1 ? 3n : -1n) });
  return { service: createWalletUseCases(ledger.repository()), wallet: ledger.wallet(), reads: ledger.reads };
}

const WHOLE = ['2019-12-31T00:00:00.000Z', '2020-12-31T00:00:00.000Z'] as const;

it('sums a window without running totals exactly, one read per 100 entries', async () => {
  const { service, wallet, reads } = scripted(250);
  const statement = await service.statement(ALICE, wallet, ...WHOLE);
  expect(statement).toMatchObject({ moneyIn: 375n, moneyOut: 125n, closing: { entry: { version: 250, balanceAfter: 250n } } });
  expect(reads.map((range) => [range.fromVersion, range.limit])).toEqual([
    [0, 100],
    [100, 100],
    [200, 51],
  ]);
});

it(`sums a window of ${MAX_SUMMED_ENTRIES} entries, and refuses one more before reading any`, async () => {
  const largest = scripted(MAX_SUMMED_ENTRIES - 1);
  expect(await largest.service.statement(ALICE, largest.wallet, ...WHOLE)).toMatchObject({ moneyIn: 15_000n, moneyOut: 4_999n });
  expect(largest.reads).toHaveLength(MAX_SUMMED_ENTRIES / 100);
  const tooLarge = scripted(MAX_SUMMED_ENTRIES);
  await expect(tooLarge.service.statement(ALICE, tooLarge.wallet, ...WHOLE)).rejects.toThrow(StatementTooLargeError);
  expect(tooLarge.reads).toHaveLength(0);
});

it('examines at most examinedPerPage entries of a filtered page, newest first, in reads of at most 100', async () => {
  const { service, wallet, reads } = scripted(1_000);
  const page = await service.filteredHistory(ALICE, wallet, { first: 10, beforeVersion: 1_001 }, { types: ['WALLET_CREATED'] });
  expect(page).toEqual({ entries: [], continueBelow: 501 });
  expect(reads.map((range) => [range.fromVersion, range.toVersion, range.limit])).toEqual([
    [501, 1_000, 100],
    [501, 900, 100],
    [501, 800, 100],
    [501, 700, 100],
    [501, 600, 100],
  ]);
  const found = await service.filteredHistory(ALICE, wallet, { first: 1, beforeVersion: 1_001 }, { types: ['BALANCE_INCREASED'] });
  expect(found).toEqual({ entries: [expect.objectContaining({ version: 999 })], continueBelow: 999 });
  expect(reads).toHaveLength(6);
});
