import { marshall } from '@aws-sdk/util-dynamodb';
import { Currency } from '../../../src/domain/currency';
import { Wallet } from '../../../src/domain/wallet';
import { classifyCancellation, UnexpectedCancellationError } from '../../../src/infrastructure/dynamodb/cancellation';
import { holdItem } from '../../../src/infrastructure/dynamodb/hold-item.mapper';
import { idempotencyItem } from '../../../src/infrastructure/dynamodb/idempotency-item.mapper';
import { walletItem } from '../../../src/infrastructure/dynamodb/wallet-item.mapper';
import { TransactionSlot } from '../../../src/infrastructure/dynamodb/wallet-requests';

const slots: TransactionSlot[] = [
  { kind: 'wallet', walletId: 'a' },
  { kind: 'entry', walletId: 'a' },
  { kind: 'wallet', walletId: 'b' },
  { kind: 'entry', walletId: 'b' },
  { kind: 'idempotency' },
];
const wallet: Wallet = {
  id: 'a',
  ownerId: 'alice',
  currency: Currency.GBP,
  balance: 700n,
  pendingHolds: [],
  version: 9,
  inTotal: 700n,
  outTotal: 0n,
  createdAt: 't',
  updatedAt: 't',
};
const none = { Code: 'None' };
const failed = (item?: Record<string, unknown>) => ({
  Code: 'ConditionalCheckFailed',
  Item: item && marshall(item, { removeUndefinedValues: true }),
});

describe('classifyCancellation', () => {
  it('reads the hold record from the ALL_OLD item of a failed hold condition (a capture after the expiry)', () => {
    const hold = {
      id: 'H1767225600000-0123456789ab-a',
      walletId: 'a',
      currency: Currency.GBP,
      amount: 5n,
      capturedAmount: 0n,
      status: 'PENDING' as const,
      expiresAt: 't1',
      createdAt: 't0',
      actor: 'alice',
    };
    const holdSlots: TransactionSlot[] = [
      { kind: 'wallet', walletId: 'a' },
      { kind: 'entry', walletId: 'a' },
      { kind: 'hold', holdId: hold.id },
    ];
    expect(classifyCancellation(holdSlots, [none, none, failed(holdItem.from(hold))])).toEqual({
      status: 'rejected',
      stale: [],
      takenBy: undefined,
      staleHolds: [{ holdId: hold.id, current: hold }],
    });
  });

  it('reads the current wallet from the ALL_OLD item (marshalled: the document client leaves it so)', () => {
    expect(classifyCancellation(slots, [failed(walletItem.from(wallet)), failed(), none, none, none])).toEqual({
      status: 'rejected',
      stale: [{ walletId: 'a', current: wallet }],
      takenBy: undefined,
    });
  });

  it('tells a missing wallet by the absent ALL_OLD item', () => {
    expect(classifyCancellation(slots, [none, none, failed(), none, none])).toEqual({
      status: 'rejected',
      stale: [{ walletId: 'b', current: undefined }],
      takenBy: undefined,
    });
  });

  it('returns the record that holds a taken idempotency key', () => {
    const record = {
      owner: 'alice',
      key: 'k',
      fingerprint: 'f',
      storedAt: 1,
      expiresAt: 5,
      event: { type: 'WALLET_CREATED' as const, wallet },
    };
    expect(classifyCancellation(slots, [none, none, none, none, failed(idempotencyItem.from(record))])).toEqual({
      status: 'rejected',
      stale: [],
      takenBy: record,
    });
  });

  it.each(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded'])(
    'calls %s contended: nothing failed for good, the writer may send it again',
    (code) => {
      expect(classifyCancellation(slots, [{ Code: code }, none, none, none, none])).toEqual({ status: 'contended' });
    },
  );

  it('lets a failed condition win over contention elsewhere in the transaction', () => {
    expect(classifyCancellation(slots, [failed(walletItem.from(wallet)), none, { Code: 'TransactionConflict' }, none, none])).toMatchObject(
      { status: 'rejected', stale: [{ walletId: 'a', current: wallet }] },
    );
  });

  it.each([
    ['a validation error', [{ Code: 'ValidationError' }, none, none, none, none]],
    ['an entry that exists while its wallet did not move', [none, failed(), none, none, none]],
    ['no reasons at all', undefined],
  ])('treats %s as an infrastructure failure', (_case, reasons) => {
    expect(() => classifyCancellation(slots, reasons)).toThrow(UnexpectedCancellationError);
  });
});
