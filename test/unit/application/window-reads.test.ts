import { MAX_SUMMED_ENTRIES, StatementTooLargeError } from '../../../src/application/statement.use-case';
import { createWalletUseCases } from '../../../src/application/wallet-use-cases';
import { callerOf } from '../../../src/domain/caller';
import { Currency } from '../../../src/domain/currency';
import { LedgerEntry } from '../../../src/domain/ledger-entry';
import { EntryRange, WalletRepository } from '../../../src/domain/wallet-repository.port';

/**
 * The store reads of the use cases that walk a version window through storedEntries: a statement whose
 * entries predate running totals (summed, bounded) and a filtered history page (its examined budget).
 * A scripted ledger: the stores' reads are tested in the money history contract.
 */
const ALICE = callerOf('alice', []);

/** Versions 0..last: opened, then +3 and -1 in turn; no running totals on any entry. */
function ledgerOf(last: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let balance = 0n;
  for (let version = 0; version <= last; version += 1) {
    const type = version === 0 ? 'WALLET_CREATED' : version % 2 === 1 ? 'BALANCE_INCREASED' : 'BALANCE_DECREASED';
    const amount = version === 0 ? 0n : version % 2 === 1 ? 3n : 1n;
    balance += type === 'BALANCE_DECREASED' ? -amount : amount;
    const at = new Date(Date.UTC(2020, 0, 1, 0, 0, version)).toISOString();
    entries.push({
      id: `e${version}`,
      walletId: 'w',
      type,
      version,
      currency: Currency.GBP,
      amount,
      balanceAfter: balance,
      availableAfter: balance,
      occurredAt: at,
      actor: 'alice',
      metadata: [],
    });
  }
  return entries;
}

function scripted(entries: readonly LedgerEntry[]) {
  const reads: EntryRange[] = [];
  const unused = () => Promise.reject(new Error('not used by statements'));
  const repository: WalletRepository = {
    entries: async (_walletId, range) => {
      reads.push(range);
      const inRange = entries.filter((entry) => entry.version >= range.fromVersion && entry.version <= range.toVersion);
      return (range.order === 'oldestFirst' ? inRange : inRange.reverse()).slice(0, range.limit);
    },
    entryAt: async (_walletId, version) => entries[version],
    find: unused,
    commit: unused,
    findIdempotencyRecord: unused,
    findHold: unused,
    holdsOf: unused,
    history: unused,
    lastEntryBefore: unused,
    findTransfer: unused,
    walletsOf: unused,
  };
  const newest = entries[entries.length - 1];
  const wallet = {
    id: 'w',
    ownerId: 'alice',
    currency: Currency.GBP,
    version: newest.version,
    createdAt: entries[0].occurredAt,
    updatedAt: newest.occurredAt,
  };
  return { service: createWalletUseCases(repository), wallet, reads };
}

const WHOLE = ['2019-12-31T00:00:00.000Z', '2020-12-31T00:00:00.000Z'] as const;

it('sums a window without running totals exactly, one read per 100 entries', async () => {
  const { service, wallet, reads } = scripted(ledgerOf(250));
  const statement = await service.statement(ALICE, wallet, ...WHOLE);
  expect(statement).toMatchObject({ moneyIn: 375n, moneyOut: 125n, closing: { entry: { version: 250, balanceAfter: 250n } } });
  expect(reads.map((range) => [range.fromVersion, range.limit])).toEqual([
    [0, 100],
    [100, 100],
    [200, 51],
  ]);
});

it(`sums a window of ${MAX_SUMMED_ENTRIES} entries, and refuses one more before reading any`, async () => {
  const largest = scripted(ledgerOf(MAX_SUMMED_ENTRIES - 1));
  expect(await largest.service.statement(ALICE, largest.wallet, ...WHOLE)).toMatchObject({ moneyIn: 15_000n, moneyOut: 4_999n });
  expect(largest.reads).toHaveLength(MAX_SUMMED_ENTRIES / 100);
  const tooLarge = scripted(ledgerOf(MAX_SUMMED_ENTRIES));
  await expect(tooLarge.service.statement(ALICE, tooLarge.wallet, ...WHOLE)).rejects.toThrow(StatementTooLargeError);
  expect(tooLarge.reads).toHaveLength(0);
});

it('examines at most examinedPerPage entries of a filtered page, newest first, in reads of at most 100', async () => {
  const { service, wallet, reads } = scripted(ledgerOf(1_000));
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
