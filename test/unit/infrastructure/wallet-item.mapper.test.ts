import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Currency } from '../../../src/domain/currency';
import { IdempotencyRecord } from '../../../src/domain/idempotency';
import { LedgerEntry } from '../../../src/domain/ledger-entry';
import { Wallet } from '../../../src/domain/wallet';
import { CorruptItemError, unmarshallOptions } from '../../../src/infrastructure/dynamodb/item-fields';
import { entryItem, idempotencyItem, walletItem } from '../../../src/infrastructure/dynamodb/wallet-item.mapper';

/** Through DynamoDB's wire format and back, as the document client does it. */
const roundTrip = (item: Record<string, unknown>) => unmarshall(marshall(item, { removeUndefinedValues: true }), unmarshallOptions());

const wallet: Wallet = {
  id: 'w1',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance: 12345678901234567890123n,
  version: 42,
  inTotal: 12345678901234567890123n,
  outTotal: 0n,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
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
      occurredAt: '2026-01-01T00:00:00.000Z',
      actor: 'alice',
      transferId: 't1',
      counterpartyWalletId: 'w2',
      idempotencyKey: 'k1',
      metadata: [{ key: 'order', value: '8812' }],
    };
    expect(entryItem.toEntry(roundTrip(entryItem.from(entry)))).toEqual(entry);
    const plain = { ...entry, transferId: undefined, counterpartyWalletId: undefined, idempotencyKey: undefined };
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

  it.each([
    ['a missing attribute', { ...walletItem.from(wallet), currency: undefined }],
    ['an unknown currency', { ...walletItem.from(wallet), currency: 'XXX' }],
    ['a fractional balance', { ...walletItem.from(wallet), balance: 1.5 }],
    ['a string where a number belongs', { ...walletItem.from(wallet), version: '3' }],
  ])('refuses a corrupt row: %s', (_problem, item) => {
    expect(() => walletItem.toWallet(roundTrip(item))).toThrow(CorruptItemError);
  });
});
