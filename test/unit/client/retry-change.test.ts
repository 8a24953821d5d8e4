import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  CaptureHoldDocument,
  ReverseTransferDocument,
  TransferDocument,
  type TransferMutationVariables,
  VoidHoldDocument,
  type WalletFieldsFragment,
} from '../../../client/generated/graphql';
import { retryChange } from '../../../client/retry-change';
import { TransportError } from '../../../client/transport';
import { fakeTransport, noWait, walletFields } from '../../support/client-kit';

const wallet = (version: number, balance: string, id = 'payer'): WalletFieldsFragment => walletFields(version, balance, id);
const conflict = (now: WalletFieldsFragment) => ({
  result: { __typename: 'VersionConflict', code: 'VERSION_CONFLICT', message: 'stale', actualVersion: now.version, wallet: now },
});
const domainError = (typename: string, code: string) => ({ result: { __typename: typename, code, message: code } });

describe('retryChange: the retry recipe for every change that carries expectedVersion', () => {
  it("retries a Transfer from the payer's conflict.wallet: its version, the same key, the same intent", async () => {
    const transferred = { result: { __typename: 'MoneyTransferred', transferId: 't-1', amount: '5.00', from: wallet(6, '5.00') } };
    const { send, calls } = fakeTransport(conflict(wallet(5, '10.00')), transferred);
    const decided: number[] = [];
    const result = await retryChange(
      send,
      {
        document: TransferDocument,
        wallet: wallet(4, '12.00'),
        idempotencyKey: 'k-1',
        variables: (payer) => {
          decided.push(payer.version);
          return { fromWalletId: payer.id, toWalletId: 'payee', amount: '5.00', currency: payer.currency };
        },
      },
      noWait,
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 2, outcome: { __typename: 'MoneyTransferred', transferId: 't-1' } });
    expect(decided).toEqual([4, 5]);
    const intent = { fromWalletId: 'payer', toWalletId: 'payee', amount: '5.00', currency: 'GBP', idempotencyKey: 'k-1' };
    expect(calls).toEqual([
      { operation: 'Transfer', variables: { ...intent, expectedVersion: 4 } },
      { operation: 'Transfer', variables: { ...intent, expectedVersion: 5 } },
    ]);
  });

  it('after a transport failure sends the very same request again, without deciding again', async () => {
    const voided = { result: { __typename: 'HoldVoided', wallet: wallet(3, '10.00') } };
    const { send, calls } = fakeTransport(new TransportError('timeout', true), voided);
    let decisions = 0;
    const result = await retryChange(
      send,
      {
        document: VoidHoldDocument,
        wallet: wallet(2, '10.00'),
        variables: () => {
          decisions += 1;
          return { holdId: 'h-1' };
        },
      },
      noWait,
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 2, outcome: { __typename: 'HoldVoided' } });
    expect(decisions).toBe(1);
    expect(calls.map((call) => call.variables)).toEqual([calls[0].variables, calls[0].variables]);
    expect(calls[0].variables).toMatchObject({
      holdId: 'h-1',
      expectedVersion: 2,
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('answers IdempotencyKeyReused (another intent under the key) and any DomainError but VersionConflict at once', async () => {
    for (const answer of [
      domainError('IdempotencyKeyReused', 'IDEMPOTENCY_KEY_REUSED'),
      domainError('HoldNotPending', 'HOLD_NOT_PENDING'),
    ]) {
      const { send, calls } = fakeTransport(answer);
      const result = await retryChange(
        send,
        { document: CaptureHoldDocument, wallet: wallet(1, '9.00'), variables: () => ({ holdId: 'h-1', amount: '1.00' }) },
        noWait,
      );
      expect(result).toEqual({ kind: 'answered', attempts: 1, outcome: answer.result });
      expect(calls).toHaveLength(1);
    }
  });

  it('abandons at once, without sending or waiting, when the decision from conflict.wallet is "nothing to do"', async () => {
    const { send, calls } = fakeTransport(conflict(wallet(8, '1.00', 'payee')));
    const waits: number[] = [];
    const result = await retryChange(
      send,
      {
        document: ReverseTransferDocument,
        wallet: wallet(7, '20.00', 'payee'),
        // Refund only while the payee still holds 10.00.
        variables: (payee) => (Number.parseInt(payee.balance, 10) >= 10 ? { transferId: 't-1', amount: '10.00' } : null),
      },
      { ...noWait, wait: async (ms) => void waits.push(ms) },
    );
    expect(result).toEqual({ kind: 'abandoned', wallet: wallet(8, '1.00', 'payee'), attempts: 1 });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  describe('a document of yours whose VersionConflict does not select wallet', () => {
    /** A transfer that selects only `actualVersion` of a conflict: there is no wallet to decide the retry from. */
    const WITHOUT_WALLET = parse(`mutation TransferMine($fromWalletId: ID!, $toWalletId: ID!, $amount: Decimal!, $currency: Currency!,
      $expectedVersion: Int!, $idempotencyKey: String) {
      result: transfer(fromWalletId: $fromWalletId, toWalletId: $toWalletId, amount: $amount, currency: $currency,
        expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) {
        __typename
        ... on VersionConflict { actualVersion }
      }
    }`);
    const intent = {
      wallet: wallet(4, '12.00'),
      variables: (payer: WalletFieldsFragment) => ({
        fromWalletId: payer.id,
        toWalletId: 'payee',
        amount: '5.00',
        currency: payer.currency,
      }),
    };

    it('is refused at compile time when typed (its result names a VersionConflict without wallet)', () => {
      type Result = { __typename: 'MoneyTransferred' } | { __typename: 'VersionConflict'; actualVersion: number };
      const typed = WITHOUT_WALLET as TypedDocumentNode<{ result: Result }, TransferMutationVariables>;
      const { send } = fakeTransport({ result: { __typename: 'MoneyTransferred' } });
      // @ts-expect-error: its VersionConflict must select wallet { ...WalletFields }
      return expect(retryChange(send, { ...intent, document: typed }, noWait)).resolves.toMatchObject({ kind: 'answered' });
    });

    it('throws a TypeError naming what to select when a conflict comes without wallet, rather than answering it as final', async () => {
      // Typed loosely (a result of `__typename` only), as a JavaScript caller's or a hand-made document is: not caught by the types.
      const loose = WITHOUT_WALLET as TypedDocumentNode<{ result: { __typename: string } }, TransferMutationVariables>;
      const { send, calls } = fakeTransport({ result: { __typename: 'VersionConflict', actualVersion: 5 } });
      const attempt = retryChange(send, { ...intent, document: loose }, noWait);
      await expect(attempt).rejects.toThrow(TypeError);
      await expect(attempt).rejects.toThrow(
        /VersionConflict answered to TransferMine carries no wallet.*Select `\.\.\. on VersionConflict \{ wallet \{ \.\.\.WalletFields \} \}`.*Nothing was changed/,
      );
      expect(calls).toHaveLength(1);
    });
  });
});
