import { Currency } from '../../../src/domain/currency';
import { increaseBalance, openWallet, Wallet } from '../../../src/domain/wallet';
import { idempotencyKey } from '../../../src/infrastructure/dynamodb/table-keys';
import { commitRequest, historyRequest, walletsRequest } from '../../../src/infrastructure/dynamodb/wallet-requests';

const context = { entryId: 'e1', actor: 'alice', now: '2026-01-01T00:00:00.000Z' };
const wallet: Wallet = {
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance: 100n,
  version: 3,
  inTotal: 100n,
  outTotal: 0n,
  createdAt: context.now,
  updatedAt: context.now,
};
const change = (() => {
  const result = increaseBalance(wallet, { currency: Currency.GBP, minor: 50n }, context);
  if (!result.ok) throw new Error('expected a change');
  return result.change;
})();

describe('commitRequest', () => {
  it("writes every attribute a change may touch, from the mapper's one declaration, and none fixed at opening", () => {
    const update = commitRequest('wallets', [change]).input.TransactItems?.[0].Update;
    expect(update?.UpdateExpression).toBe(
      'SET #balance = :balance, #version = :version, #inTotal = :inTotal, #outTotal = :outTotal, #updatedAt = :updatedAt',
    );
    expect(update?.ExpressionAttributeNames).toEqual({
      '#balance': 'balance',
      '#version': 'version',
      '#inTotal': 'inTotal',
      '#outTotal': 'outTotal',
      '#updatedAt': 'updatedAt',
    });
  });

  it('guards a change with a ConditionExpression on the version it was based on, inside DynamoDB', () => {
    const { input, slots } = commitRequest('wallets', [change]);
    const update = input.TransactItems?.[0].Update;
    expect(update?.ConditionExpression).toBe('#version = :expectedVersion AND #balance = :expectedBalance');
    expect(update?.ExpressionAttributeValues).toMatchObject({
      ':expectedVersion': 3,
      ':expectedBalance': 100n,
      ':version': 4,
      ':balance': 150n,
    });
    expect(update?.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    expect(slots).toEqual([
      { kind: 'wallet', walletId: 'w1' },
      { kind: 'entry', walletId: 'w1' },
    ]);
  });

  it('writes the ledger entry in the same transaction, never over an existing one', () => {
    const { input } = commitRequest('wallets', [change]);
    expect(input.TransactItems?.[1].Put).toMatchObject({
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: { pk: 'WALLET#w1', sk: 'ENTRY#0000000000000004', entryType: 'BALANCE_INCREASED', amount: 50n, balanceAfter: 150n },
    });
  });

  it('opens a wallet only where none exists', () => {
    const { input } = commitRequest('wallets', [openWallet('w9', 'alice', Currency.JPY, context)]);
    expect(input.TransactItems?.[0].Put).toMatchObject({
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: { pk: 'WALLET#w9', version: 0, balance: 0n },
    });
  });

  it('adds the idempotency record last, claimable only when free or expired', () => {
    const record = {
      owner: 'alice',
      key: 'k',
      fingerprint: 'f',
      storedAt: 1000,
      expiresAt: 2000,
      event: { type: 'BALANCE_INCREASED' as const, wallet: change.after, amount: { currency: Currency.GBP, minor: 50n } },
    };
    const { input, slots } = commitRequest('wallets', [change], record);
    expect(slots[2]).toEqual({ kind: 'idempotency' });
    expect(input.TransactItems?.[2].Put).toMatchObject({
      ConditionExpression: 'attribute_not_exists(pk) OR #expiresAt <= :now',
      ExpressionAttributeValues: { ':now': 1000 },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      Item: { pk: 'IDEMPOTENCY#5:alice#k', owner: 'alice', key: 'k', expiresAt: 2000 },
    });
  });
});

describe('historyRequest', () => {
  it('reads one wallet partition newest first, below the cursor version, strongly consistent', () => {
    expect(historyRequest('wallets', 'w1', { first: 21, beforeVersion: 10 })).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :oldest AND :newest',
      ExpressionAttributeValues: { ':pk': 'WALLET#w1', ':oldest': 'ENTRY#0000000000000000', ':newest': 'ENTRY#0000000000000009' },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: 21,
    });
  });
});

describe('idempotency keys are scoped per caller', () => {
  it("never lets one owner and key spell another pair's partition", () => {
    expect(idempotencyKey('a#b', 'c').pk).not.toBe(idempotencyKey('a', 'b#c').pk);
    expect(idempotencyKey('alice', 'k').pk).not.toBe(idempotencyKey('bob', 'k').pk);
  });
});

describe('walletsRequest', () => {
  it('queries the owner index newest first (one Query, never a Scan)', () => {
    expect(walletsRequest('wallets', 'alice', { first: 21 })).toEqual({
      TableName: 'wallets',
      IndexName: 'byOwner',
      KeyConditionExpression: '#owner = :owner',
      ExpressionAttributeNames: { '#owner': 'ownerKey' },
      ExpressionAttributeValues: { ':owner': 'OWNER#alice' },
      ScanIndexForward: false,
      Limit: 21,
    });
  });

  it("continues below the position of the previous page's last wallet", () => {
    const after = { createdAt: '2026-01-01T00:00:00.000Z', id: 'w9' };
    expect(walletsRequest('wallets', 'alice', { first: 5, after })).toMatchObject({
      KeyConditionExpression: '#owner = :owner AND #sort < :after',
      ExpressionAttributeNames: { '#owner': 'ownerKey', '#sort': 'ownerSort' },
      ExpressionAttributeValues: { ':owner': 'OWNER#alice', ':after': '2026-01-01T00:00:00.000Z#w9' },
    });
  });
});

describe('walletItem', () => {
  it('carries the owner index keys on the wallet item only', () => {
    const { input } = commitRequest('wallets', [openWallet('w9', 'bob', Currency.GBP, context)]);
    expect(input.TransactItems?.[0].Put?.Item).toMatchObject({ ownerId: 'bob', ownerKey: 'OWNER#bob', ownerSort: `${context.now}#w9` });
    expect(input.TransactItems?.[1].Put?.Item).not.toHaveProperty('ownerKey');
  });
});
