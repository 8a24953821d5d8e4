import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Currency } from '../../../src/domain/currency';
import { Hold } from '../../../src/domain/hold';
import { IdempotencyRecord } from '../../../src/domain/idempotency';
import { LedgerEntry } from '../../../src/domain/ledger-entry';
import { Wallet } from '../../../src/domain/wallet';
import { CorruptItemError, unmarshallOptions } from '../../../src/infrastructure/dynamodb/item-fields';
import { entryItem } from '../../../src/infrastructure/dynamodb/entry-item.mapper';
import { holdItem } from '../../../src/infrastructure/dynamodb/hold-item.mapper';
import { idempotencyItem } from '../../../src/infrastructure/dynamodb/idempotency-item.mapper';
import { walletItem } from '../../../src/infrastructure/dynamodb/wallet-item.mapper';

/** Through DynamoDB's wire format and back, as the document client does it. */
const roundTrip = (item: Record<string, unknown>) => unmarshall(marshall(item, { removeUndefinedValues: true }), unmarshallOptions());

const wallet: Wallet = {
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance: 12345678901234567890123n,
  pendingHolds: [],
  version: 42,
  inTotal: 12345678901234567890123n,
  outTotal: 0n,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

const baseEntry: LedgerEntry = {
  id: 'e0',
  walletId: 'w1',
  type: 'HOLD_PLACED',
  version: 1,
  currency: Currency.GBP,
  amount: 1n,
  balanceAfter: 1n,
  availableAfter: 0n,
  metadata: [],
  occurredAt: '2026-01-01T00:00:00.000Z',
  actor: 'alice',
};

describe('wallet item mapper', () => {
  it('stores the balance as an exact integer number of minor units, keyed by wallet id', () => {
    const item = marshall(walletItem.from(wallet));
    expect(item.pk).toEqual({ S: 'WALLET#w1' });
    expect(item.sk).toEqual({ S: 'WALLET' });
    expect(item.balance).toEqual({ N: '12345678901234567890123' });
  });

  it('round-trips a wallet without losing a digit', () => {
    expect(walletItem.toWallet(roundTrip(walletItem.from(wallet)))).toEqual(wallet);
  });

  it('round-trips a ledger entry, optional fields included or not', () => {
    const entry: LedgerEntry = {
      id: 'e1',
      walletId: 'w1',
      type: 'TRANSFER_OUT',
      version: 7,
      currency: Currency.JPY,
      amount: 150n,
      balanceAfter: 0n,
      availableAfter: 0n,
      occurredAt: '2026-01-01T00:00:00.000Z',
      actor: 'alice',
      transferId: 't1',
      counterpartyWalletId: 'w2',
      idempotencyKey: 'k1',
      metadata: [{ key: 'order', value: '8812' }],
    };
    expect(entryItem.toEntry(roundTrip(entryItem.from(entry)))).toEqual(entry);
    const plain = { ...entry, transferId: undefined, counterpartyWalletId: undefined, idempotencyKey: undefined, holdId: undefined };
    expect(entryItem.toEntry(roundTrip(entryItem.from(plain)))).toEqual(plain);
    const marshalled = marshall(entryItem.from(entry), { removeUndefinedValues: true });
    expect(marshalled.sk).toEqual({ S: 'ENTRY#0000000000000007' });
    // The sparse time index's keys: times ordered like versions, the version breaking ties.
    expect(marshalled.entrySort).toEqual({ S: '2026-01-01T00:00:00.000Z#0000000000000007' });
  });

  it('round-trips an idempotency record with the stored event', () => {
    const record: IdempotencyRecord = {
      owner: 'alice',
      key: 'k1',
      fingerprint: 'transfer|w1|w2|GBP|500',
      storedAt: 1_800_000_000,
      expiresAt: 1_900_000_000,
      event: {
        type: 'MONEY_TRANSFERRED',
        transferId: 't1',
        from: wallet,
        to: { ...wallet, id: 'w2', balance: 5n },
        amount: { currency: Currency.GBP, minor: 500n },
      },
    };
    expect(idempotencyItem.toRecord(roundTrip(idempotencyItem.from(record)))).toEqual(record);
  });

  const HOLD_ID = 'H1767225600000-0123456789ab-w1';
  const hold: Hold = {
    id: HOLD_ID,
    walletId: 'w1',
    currency: Currency.GBP,
    amount: 2n ** 70n,
    capturedAmount: 5n,
    status: 'CAPTURED',
    expiresAt: '2026-01-02T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    resolvedAt: '2026-01-01T01:00:00.000Z',
    actor: 'alice',
    toWalletId: 'w2',
  };
  const held: Wallet = {
    ...wallet,
    pendingHolds: [
      { id: HOLD_ID, amount: 2n ** 70n, expiresAt: hold.expiresAt, createdAt: hold.createdAt, actor: 'alice', toWalletId: 'w2' },
    ],
  };

  it('round-trips a wallet with pending holds, exact, and an entry with availableAfter and holdId', () => {
    expect(walletItem.toWallet(roundTrip(walletItem.from(held)))).toEqual(held);
    const entry = entryItem.toEntry(
      roundTrip({ ...entryItem.from({ ...entryItem.toEntry(roundTrip(entryItem.from(baseEntry))), availableAfter: 3n, holdId: HOLD_ID }) }),
    );
    expect(entry).toMatchObject({ availableAfter: 3n, holdId: HOLD_ID });
  });

  it('reads an entry and a wallet written before holds existed: availableAfter is balanceAfter, no pending holds', () => {
    const { availableAfter: _a, ...old } = entryItem.from({ ...baseEntry, balanceAfter: 77n, availableAfter: 77n });
    expect(entryItem.toEntry(roundTrip(old)).availableAfter).toBe(77n);
    const { pendingHolds: _p, ...oldWallet } = walletItem.from(wallet);
    expect(walletItem.toWallet(roundTrip(oldWallet)).pendingHolds).toEqual([]);
  });

  it('round-trips a hold record in its wallet partition, its expiry apart from the TTL attribute', () => {
    const item = holdItem.from(hold);
    expect(item).toMatchObject({ pk: 'WALLET#w1', sk: 'HOLD#1767225600000-0123456789ab', holdExpiresAt: hold.expiresAt });
    expect(item.expiresAt).toBeUndefined();
    expect(holdItem.toHold(roundTrip(item))).toEqual(hold);
    const pending: Hold = { ...hold, status: 'PENDING', capturedAmount: 0n, resolvedAt: undefined, toWalletId: undefined };
    expect(holdItem.toHold(roundTrip(holdItem.from(pending)))).toEqual(pending);
    expect(() => holdItem.from({ ...hold, walletId: 'other' })).toThrow(/does not name wallet/);
  });

  it('round-trips the hold events of idempotency records', () => {
    for (const event of [
      { type: 'HOLD_PLACED' as const, hold, wallet: held },
      { type: 'HOLD_VOIDED' as const, hold, wallet: held },
      { type: 'HOLD_CAPTURED' as const, hold, wallet: held, amount: { currency: Currency.GBP, minor: 5n } },
      { type: 'HOLD_CAPTURED' as const, hold, wallet: held, amount: { currency: Currency.GBP, minor: 5n }, transferId: 't', to: wallet },
    ]) {
      const record: IdempotencyRecord = { owner: 'alice', key: 'k', fingerprint: 'f', storedAt: 1, expiresAt: 2, event };
      expect(idempotencyItem.toRecord(roundTrip(idempotencyItem.from(record)))).toEqual(record);
    }
  });

  it.each([
    ['pending holds that are not JSON', { ...walletItem.from(wallet), pendingHolds: '[{' }],
    ['pending holds that are not a list', { ...walletItem.from(wallet), pendingHolds: '{}' }],
    [
      'a pending hold without an id',
      { ...walletItem.from(wallet), pendingHolds: '[{"amount":"1","expiresAt":"t","createdAt":"t","actor":"a"}]' },
    ],
    [
      'a pending hold with a float amount',
      { ...walletItem.from(wallet), pendingHolds: '[{"id":"h","amount":1.5,"expiresAt":"t","createdAt":"t","actor":"a"}]' },
    ],
    [
      'a pending hold of zero',
      { ...walletItem.from(wallet), pendingHolds: '[{"id":"h","amount":"0","expiresAt":"t","createdAt":"t","actor":"a"}]' },
    ],
  ])('refuses a corrupt wallet item: %s', (_problem, item) => {
    expect(() => walletItem.toWallet(roundTrip(item))).toThrow(CorruptItemError);
  });

  it.each([
    ['an unknown status', { ...holdItem.from(hold), status: 'DONE' }],
    ['a fractional amount', { ...holdItem.from(hold), amount: 1.5 }],
    ['no expiry', { ...holdItem.from(hold), holdExpiresAt: undefined }],
  ])('refuses a corrupt hold item: %s', (_problem, item) => {
    expect(() => holdItem.toHold(roundTrip(item))).toThrow(CorruptItemError);
  });

  it.each([
    ['a missing attribute', { ...walletItem.from(wallet), currency: undefined }],
    ['an unknown currency', { ...walletItem.from(wallet), currency: 'XXX' }],
    ['a fractional balance', { ...walletItem.from(wallet), balance: 1.5 }],
    ['a string where a number belongs', { ...walletItem.from(wallet), version: '3' }],
  ])('refuses a corrupt row: %s', (_problem, item) => {
    expect(() => walletItem.toWallet(roundTrip(item))).toThrow(CorruptItemError);
  });
});
