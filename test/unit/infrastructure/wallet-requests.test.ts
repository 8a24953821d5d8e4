import { Currency } from '../../../src/domain/currency';
import { increaseBalance, openWallet, Wallet } from '../../../src/domain/wallet';
import { idempotencyKey } from '../../../src/infrastructure/dynamodb/table-keys';
import { InvariantViolation } from '../../../src/domain/invariant-violation';
import { holdsRequest } from '../../../src/infrastructure/dynamodb/holds-query';
import { historyRequest, walletsRequest } from '../../../src/infrastructure/dynamodb/read-requests';
import { commitRequest } from '../../../src/infrastructure/dynamodb/wallet-requests';
import { captureHold, placeHold } from '../../../src/domain/wallet-holds';

const context = { entryId: 'e1', actor: 'alice', now: '2026-01-01T00:00:00.000Z' };
const wallet: Wallet = {
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance: 100n,
  pendingHolds: [],
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

const HOLD_ID = 'H1767225600000-0123456789ab-w1';
const placed = (() => {
  const result = placeHold(
    wallet,
    { holdId: HOLD_ID, amount: { currency: Currency.GBP, minor: 60n }, expiresAt: '2026-01-02T00:00:00.000Z' },
    context,
  );
  if (!result.ok) throw new Error('expected a hold');
  return result;
})();

describe('commitRequest of hold changes', () => {
  it('puts a new hold record in the wallet partition only where none exists, asking ALL_OLD', () => {
    const { input, slots } = commitRequest('wallets', [placed.change]);
    expect(slots).toEqual([
      { kind: 'wallet', walletId: 'w1' },
      { kind: 'entry', walletId: 'w1' },
      { kind: 'hold', holdId: HOLD_ID },
    ]);
    expect(input.TransactItems?.[2].Put).toEqual({
      TableName: 'wallets',
      Item: expect.objectContaining({ pk: 'WALLET#w1', sk: 'HOLD#1767225600000-0123456789ab', status: 'PENDING', amount: 60n }),
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it("guards a capture on the hold's status and expiry against the writer's clock, one entry Put per version", () => {
    const later = { ...context, entryId: 'e2', now: '2026-01-01T06:00:00.000Z' };
    const result = captureHold(placed.change.after, HOLD_ID, 10n, later);
    if (!result.ok) throw new Error('expected a capture');
    const { input, slots } = commitRequest('wallets', [result.change]);
    expect(slots.map((slot) => slot.kind)).toEqual(['wallet', 'entry', 'entry', 'hold']);
    expect(input.TransactItems?.[0].Update?.ExpressionAttributeValues).toMatchObject({ ':expectedVersion': 4, ':version': 6 });
    expect(input.TransactItems?.slice(1, 3).map((item) => item.Put?.Item?.sk)).toEqual([
      'ENTRY#0000000000000005',
      'ENTRY#0000000000000006',
    ]);
    expect(input.TransactItems?.[3].Put).toMatchObject({
      ConditionExpression: '#status = :pending AND #holdExpiresAt > :now',
      ExpressionAttributeNames: { '#status': 'status', '#holdExpiresAt': 'holdExpiresAt' },
      ExpressionAttributeValues: { ':pending': 'PENDING', ':now': later.now },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      Item: { status: 'CAPTURED', capturedAmount: 10n, resolvedAt: later.now },
    });
  });

  it('guards the release of an expired hold on its status only', () => {
    const expired = increaseBalance(
      placed.change.after,
      { currency: Currency.GBP, minor: 1n },
      { ...context, now: '2026-01-03T00:00:00.000Z' },
    );
    if (!expired.ok) throw new Error('expected a change');
    const hold = commitRequest('wallets', [expired.change]).input.TransactItems?.[3].Put;
    expect(hold).toMatchObject({ ConditionExpression: '#status = :pending', ExpressionAttributeValues: { ':pending': 'PENDING' } });
    expect(hold?.ExpressionAttributeNames).toEqual({ '#status': 'status' });
  });

  it('refuses a change that breaks one entry per version, before anything is sent', () => {
    expect(() => commitRequest('wallets', [{ ...change, entries: [] }])).toThrow(InvariantViolation);
    expect(() => commitRequest('wallets', [{ ...change, entries: [] }])).toThrow(/0 entries/);
  });

  it('lists holds newest first in the wallet partition, filtering by the status shown at a moment', () => {
    expect(holdsRequest('wallets', 'w1', { now: 'N' }, 5)).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
      ExpressionAttributeValues: { ':pk': 'WALLET#w1', ':low': 'HOLD#', ':high': 'HOLD#~' },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: 5,
    });
    const expired = holdsRequest('wallets', 'w1', { now: 'N', status: 'EXPIRED', afterOrdinal: '1-a' }, 5, { pk: 'p', sk: 's' });
    expect(expired).toMatchObject({
      FilterExpression: '#status = :expired OR (#status = :pending AND #holdExpiresAt <= :now)',
      ExpressionAttributeValues: { ':high': 'HOLD#1-a', ':expired': 'EXPIRED', ':pending': 'PENDING', ':now': 'N' },
      ExclusiveStartKey: { pk: 'p', sk: 's' },
    });
    expect(holdsRequest('wallets', 'w1', { now: 'N', status: 'VOIDED' }, 5)).toMatchObject({
      FilterExpression: '#status = :voided',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':voided': 'VOIDED' },
    });
  });
});

describe('commitRequest', () => {
  it("writes every attribute a change may touch, from the mapper's one declaration, and none fixed at opening", () => {
    const update = commitRequest('wallets', [change]).input.TransactItems?.[0].Update;
    expect(update?.UpdateExpression).toBe(
      'SET #balance = :balance, #pendingHolds = :pendingHolds, #version = :version, #inTotal = :inTotal, #outTotal = :outTotal, #updatedAt = :updatedAt',
    );
    expect(update?.ExpressionAttributeNames).toEqual({
      '#balance': 'balance',
      '#pendingHolds': 'pendingHolds',
      '#version': 'version',
      '#inTotal': 'inTotal',
      '#outTotal': 'outTotal',
      '#updatedAt': 'updatedAt',
    });
  });

  it('guards a change with a ConditionExpression on the version it was based on, inside DynamoDB', () => {
    const { input, slots } = commitRequest('wallets', [change]);
    const update = input.TransactItems?.[0].Update;
    expect(update?.ConditionExpression).toBe(
      '#version = :expectedVersion AND #balance = :expectedBalance AND #updatedAt = :expectedUpdatedAt',
    );
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
