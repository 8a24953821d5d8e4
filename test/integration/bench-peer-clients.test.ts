import { BaselineStore } from '../../tools/bench/baseline';
import { stockDynamoClients } from '../../tools/bench/peers/stock-items';
import { freshTable } from '../support/dynamo';

/**
 * The bench's peers on the SDK's defaults (tools/bench/peers/stock-items.ts) must do the same DynamoDB work as those
 * on the service's own client, or the comparison compares two different things: the same increase, read back exactly,
 * and a lost race answered with the wallet as it is, from the cancellation's marshalled item.
 */
describe("the bench's SDK-defaults client, on the real DynamoDB Local", () => {
  let table: Awaited<ReturnType<typeof freshTable>>;
  let stock: ReturnType<typeof stockDynamoClients>;
  beforeAll(async () => {
    table = await freshTable();
    stock = stockDynamoClients(table.endpoint);
  });
  afterAll(async () => {
    stock.client.destroy();
    await table.drop();
  });

  it('increases a wallet as the tuned client does, and reads its balance back exactly', async () => {
    const tuned = new BaselineStore(table.items, table.tableName);
    const byDefaults = new BaselineStore(stock.items, table.tableName);
    const wallet = await byDefaults.createWallet();
    const first = await byDefaults.increase(wallet);
    const second = await tuned.increase(first.wallet);
    expect([first.step, second.step]).toEqual(['success', 'success']);
    const [readByDefaults, readTuned] = await Promise.all([byDefaults.read(wallet.id), tuned.read(wallet.id)]);
    expect(readByDefaults).toEqual(readTuned);
    expect(readByDefaults?.version).toBe(2);
    expect(readByDefaults?.balance).toBe(200n);
    expect((await table.readLedger(wallet.id)).entries).toHaveLength(3);
  });

  it('answers a stale increase with the wallet as it is now (a conflict), changing nothing', async () => {
    const byDefaults = new BaselineStore(stock.items, table.tableName);
    const wallet = await byDefaults.createWallet();
    const moved = await byDefaults.increase(wallet);
    const stale = await byDefaults.increase(wallet);
    expect(stale.step).toBe('conflict');
    expect(stale.wallet).toEqual(moved.wallet);
    expect((await byDefaults.read(wallet.id))?.version).toBe(1);
  });
});
