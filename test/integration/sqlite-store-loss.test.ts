import { createWalletUseCases } from '../../src/application/wallet-use-cases';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { expectLedgerConsistent } from '../support/ledger';
import { SqliteValue } from '../../src/infrastructure/sqlite/node-sqlite';
import { describeSqlite, freshSqliteFile } from '../support/sqlite';

/**
 * The SQLite counterpart of store-loss.test.ts: a file put back to an earlier state (a backup restored under a process
 * that kept running) lets a version name two states, the one a process remembers and the one written again since.
 * The guarded UPDATE names the balance as well as the version, as DynamoDB's condition does: the remembered state is
 * refused and corrected, never built on.
 */
describeSqlite('SQLite: a version written twice after a restore', () => {
  const ALICE: Caller = { id: 'alice', admin: false };
  const gbp = (amount: string, walletId: string, expectedVersion: number) => ({
    walletId,
    amount,
    currency: Currency.GBP,
    expectedVersion,
  });
  let file: ReturnType<typeof freshSqliteFile>;
  beforeAll(() => {
    file = freshSqliteFile();
  });
  afterAll(() => file.drop());

  /** The wallet back at version 0, its entry of version 1 gone, as a backup taken before it would have it. */
  const restoreToVersion0 = (walletId: string) => {
    file.query('DROP TRIGGER IF EXISTS ledger_entries_no_delete');
    file.query('DELETE FROM ledger_entries WHERE wallet_id = ? AND version = 1', walletId);
    file.query('UPDATE wallets SET version = 0, balance = 0, in_total = 0, out_total = 0 WHERE id = ?', walletId);
  };

  it('a state remembered from before the restore is never built on, even at the same version', async () => {
    const a = createWalletUseCases(file.main.repository);
    const b = createWalletUseCases(file.repository());
    const created = await a.createWallet(ALICE, { currency: Currency.GBP });
    if (!('wallet' in created)) throw new Error('expected a wallet');
    const id = created.wallet.id;
    expect(await a.increaseBalance(ALICE, gbp('5.00', id, 0))).toMatchObject({ wallet: { version: 1, balance: 500n } });
    restoreToVersion0(id);
    // Another process writes version 1 again, from the file: now version 1 is 7.00, while a remembers 5.00.
    expect(await b.increaseBalance(ALICE, gbp('7.00', id, 0))).toMatchObject({ wallet: { version: 1, balance: 700n } });

    const refused = await a.increaseBalance(ALICE, gbp('1.00', id, 1));
    expect(refused).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 1, wallet: { version: 1, balance: 700n } });
    await expectLedgerConsistent(file, id);
    // The refusal corrected the memory: the retry is built on the file's state.
    expect(await a.increaseBalance(ALICE, gbp('1.00', id, 1))).toMatchObject({ wallet: { version: 2, balance: 800n } });
    await expectLedgerConsistent(file, id);
  });

  it('nor one that a hold wrote again at the same version and balance (a hold leaves the balance as it was)', async () => {
    const a = createWalletUseCases(file.main.repository);
    // b's clock a second ahead: its version 2 differs from a's in time, however fast the test runs.
    const b = createWalletUseCases(file.repository(), { now: () => new Date(Date.now() + 1_000) });
    const created = await a.createWallet(ALICE, { currency: Currency.GBP });
    if (!('wallet' in created)) throw new Error('expected a wallet');
    const id = created.wallet.id;
    await a.increaseBalance(ALICE, gbp('10.00', id, 0));
    const [atVersion1] = file.query('SELECT * FROM wallets WHERE id = ?', id);
    const hold = (amount: string) => ({ walletId: id, amount, currency: Currency.GBP, expectedVersion: 1, expiresInSeconds: 600 });
    expect(await a.placeHold(ALICE, hold('5.00'))).toMatchObject({ wallet: { version: 2, balance: 1000n } });
    // A backup of version 1 restored: the hold's entry and record gone, the wallet row as it was.
    file.query('DROP TRIGGER IF EXISTS ledger_entries_no_delete');
    file.query('DELETE FROM ledger_entries WHERE wallet_id = ? AND version = 2', id);
    file.query('DELETE FROM holds WHERE wallet_id = ?', id);
    file.query(
      'UPDATE wallets SET version = ?, balance = ?, pending_holds = ?, updated_at = ?, in_total = ?, out_total = ? WHERE id = ?',
      ...(['version', 'balance', 'pending_holds', 'updated_at', 'in_total', 'out_total'].map(
        (column) => atVersion1[column],
      ) as SqliteValue[]),
      id,
    );
    // Another process holds 7.00 at version 1: version 2 again, the same balance, another hold.
    expect(await b.placeHold(ALICE, hold('7.00'))).toMatchObject({ wallet: { version: 2, balance: 1000n } });

    // a remembers version 2 with its 5.00 hold: built on, the wallet listed a hold that does not exist.
    const refused = await a.increaseBalance(ALICE, gbp('1.00', id, 2));
    expect(refused).toMatchObject({ code: 'VERSION_CONFLICT', wallet: { version: 2, pendingHolds: [{ amount: 700n }] } });
    expect(await a.increaseBalance(ALICE, gbp('1.00', id, 2))).toMatchObject({ wallet: { version: 3, balance: 1100n } });
    expect(file.query('SELECT pending_holds FROM wallets WHERE id = ?', id)[0].pending_holds).toContain('"700"');
    await expectLedgerConsistent(file, id);
  });
});
