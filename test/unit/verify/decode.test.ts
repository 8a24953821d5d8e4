import { decodeAnswer } from '../../../tools/verify/decode';
import { OpSpec } from '../../../tools/verify/op-log';

/** What an answer means to the harness: only the states actually shown count, each with its owner. */
const body = (data: unknown) => ({ kind: 'body' as const, status: 200, body: { data } });
const wallet = (id: string, ownerId: string, version: number, balance: string) => ({ id, ownerId, version, balance });
const transfer: OpSpec = { type: 'transfer', key: 'k', from: 'A', to: 'B', amount: 100n, expectedVersion: 1 };

it("a transfer into another user's wallet shows the source only (`to` is null)", () => {
  const answer = decodeAnswer(
    transfer,
    body({ result: { __typename: 'MoneyTransferred', transferId: 't', from: wallet('A', 'ann', 2, '9.00'), toWalletId: 'B', to: null } }),
  );
  expect(answer).toEqual({
    kind: 'success',
    wallets: [{ walletId: 'A', ownerId: 'ann', version: 2, balance: 900n }],
    transferId: 't',
    toWalletId: 'B',
  });
});

it('a transfer naming another destination than the one sent is an unexpected answer', () => {
  const answer = decodeAnswer(
    transfer,
    body({ result: { __typename: 'MoneyTransferred', transferId: 't', from: wallet('A', 'ann', 2, '9.00'), toWalletId: 'C', to: null } }),
  );
  expect(answer.kind).toBe('unexpected');
});

it('a read answered null is a WalletNotFound naming the id asked (the checker judges whether that was right)', () => {
  expect(decodeAnswer({ type: 'read', walletId: 'A', trespass: true }, body({ wallet: null }))).toEqual({
    kind: 'error',
    typename: 'WalletNotFound',
    code: 'WALLET_NOT_FOUND',
    walletId: 'A',
  });
});

it("a mutation's WalletNotFound keeps the id it names; a state without its owner is unexpected", () => {
  const increase: OpSpec = { type: 'increase', key: 'k', walletId: 'A', amount: 1n, expectedVersion: 1, trespass: true };
  expect(decodeAnswer(increase, body({ result: { __typename: 'WalletNotFound', code: 'WALLET_NOT_FOUND', walletId: 'A' } }))).toEqual({
    kind: 'error',
    typename: 'WalletNotFound',
    code: 'WALLET_NOT_FOUND',
    walletId: 'A',
  });
  expect(decodeAnswer({ type: 'read', walletId: 'A' }, body({ wallet: { id: 'A', version: 1, balance: '1.00' } })).kind).toBe('unexpected');
});
