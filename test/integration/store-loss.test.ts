import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { createWalletUseCases, WalletUseCases } from '../../src/application/wallet-use-cases';
import { Currency } from '../../src/domain/currency';
import { DynamoWalletRepository } from '../../src/infrastructure/dynamodb/dynamo-wallet.repository';
import { entryKey, holdKey, walletKey } from '../../src/infrastructure/dynamodb/table-keys';
import { freshTable, TestTable } from '../support/dynamo';
import { Caller } from '../../src/domain/caller';
import { parseHoldId } from '../../src/domain/hold-id';

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

it('nor one that a hold wrote again at the same version and balance (a hold leaves the balance as it was)', async () => {
  const created = await a.createWallet(ALICE, { currency: Currency.GBP });
  if (!('wallet' in created)) throw new Error('expected a wallet');
  const id = created.wallet.id;
  await a.increaseBalance(ALICE, gbp('10.00', id, 0));
  // The item as stored, attribute by attribute (the low-level client: no conversion of its numbers).
  const { Item: atVersion1 } = await table.client.send(
    new GetItemCommand({ TableName: table.tableName, Key: marshall(walletKey(id)), ConsistentRead: true }),
  );
  const hold = (amount: string) => ({ walletId: id, amount, currency: Currency.GBP, expectedVersion: 1, expiresInSeconds: 600 });
  const placed = await a.placeHold(ALICE, hold('5.00'));
  if (!('hold' in placed)) throw new Error(`no hold: ${JSON.stringify(placed)}`);
  // The crash restores the wallet item of version 1; the hold's entry and record are lost with it.
  await table.client.send(new PutItemCommand({ TableName: table.tableName, Item: atVersion1 }));
  await table.documents.send(new DeleteCommand({ TableName: table.tableName, Key: entryKey(id, 2) }));
  await table.documents.send(
    new DeleteCommand({ TableName: table.tableName, Key: holdKey(id, parseHoldId(placed.hold.id)?.ordinal ?? '') }),
  );
  // Another instance holds 7.00 at version 1: version 2 again, the same balance, another hold.
  // b's clock a second ahead: its version 2 differs from a's in time, however fast the test runs.
  const later = createWalletUseCases(new DynamoWalletRepository(table.items, table.tableName), { now: () => new Date(Date.now() + 1_000) });
  expect(await later.placeHold(ALICE, hold('7.00'))).toMatchObject({ wallet: { version: 2, balance: 1000n } });

  // a remembers version 2 with its 5.00 hold: building on it listed a hold that does not exist.
  const refused = await a.increaseBalance(ALICE, gbp('1.00', id, 2));
  expect(refused).toMatchObject({ code: 'VERSION_CONFLICT', wallet: { version: 2, pendingHolds: [{ amount: 700n }] } });
  expect(await a.increaseBalance(ALICE, gbp('1.00', id, 2))).toMatchObject({
    wallet: { version: 3, balance: 1100n, pendingHolds: [{ amount: 700n }] },
  });
  await expectLedgerConsistent(table, id);
});
