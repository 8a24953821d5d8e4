import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createWalletUseCases, WalletUseCases } from '../../src/application/wallet-use-cases';
import { Currency } from '../../src/domain/currency';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { entryKey, walletKey } from '../../src/infrastructure/dynamodb/table-keys';
import { freshTable, TestTable } from '../support/dynamo';
import { Caller } from '../../src/domain/caller';

const ALICE: Caller = { id: 'alice', admin: false };
import { expectLedgerConsistent } from '../support/ledger';

/**
 * When the store loses an acknowledged write (DynamoDB Local killed with -9), a version can come to
 * name two states: the one a process remembers and the one written again after the loss. Found by
 * the long `npm run verify` run: a transfer credited a destination from a remembered state whose
 * version matched the table's but whose balance did not, and the ledger stopped adding up. The
 * write's condition now names the balance too: the remembered state is refused and corrected.
 */
let table: TestTable;
let a: WalletUseCases;
let b: WalletUseCases;
const gbp = (amount: string, walletId: string, expectedVersion: number) => ({ walletId, amount, currency: Currency.GBP, expectedVersion });

beforeAll(async () => {
  table = await freshTable();
  a = createWalletUseCases(new DynamoWalletRepository(table.items, table.tableName));
  b = createWalletUseCases(new DynamoWalletRepository(table.items, table.tableName));
});
afterAll(() => table.drop());

/** What a crash of the store does to the last write: the wallet back at its previous state, the entry gone. */
async function storeLosesVersion1(walletId: string): Promise<void> {
  await table.documents.send(
    new UpdateCommand({
      TableName: table.tableName,
      Key: walletKey(walletId),
      // The whole previous state, running totals included (a crash restores the item as it was).
      UpdateExpression: 'SET #version = :zero, #balance = :zero, #inTotal = :zero, #outTotal = :zero',
      ExpressionAttributeNames: { '#version': 'version', '#balance': 'balance', '#inTotal': 'inTotal', '#outTotal': 'outTotal' },
      ExpressionAttributeValues: { ':zero': 0 },
    }),
  );
  await table.documents.send(new DeleteCommand({ TableName: table.tableName, Key: entryKey(walletId, 1) }));
}

it('a state remembered from before the loss is never built on, even at the same version', async () => {
  const created = await a.createWallet(ALICE, { currency: Currency.GBP });
  if (!('wallet' in created)) throw new Error('expected a wallet');
  const id = created.wallet.id;
  expect(await a.increaseBalance(ALICE, gbp('5.00', id, 0))).toMatchObject({ wallet: { version: 1, balance: 500n } });
  await storeLosesVersion1(id);
  // Another instance writes version 1 again, from the table: now version 1 is 7.00, while a remembers 5.00.
  expect(await b.increaseBalance(ALICE, gbp('7.00', id, 0))).toMatchObject({ wallet: { version: 1, balance: 700n } });

  const refused = await a.increaseBalance(ALICE, gbp('1.00', id, 1));
  expect(refused).toMatchObject({ code: 'VERSION_CONFLICT', actualVersion: 1, wallet: { version: 1, balance: 700n } });
  await expectLedgerConsistent(table, id);
  // The refusal corrected the memory: the client's retry is built on the real state.
  expect(await a.increaseBalance(ALICE, gbp('1.00', id, 1))).toMatchObject({ wallet: { version: 2, balance: 800n } });
  await expectLedgerConsistent(table, id);
});
