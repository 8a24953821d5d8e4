import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  PlaceHoldDocument,
  TransferDocument,
  type TransferMutationVariables,
  VoidHoldDocument,
  WalletDocument,
} from '../../client/generated/graphql';
import { retryChange } from '../../client/retry-change';
import { Send, TransportError } from '../../client/transport';
import { expectLedgerConsistent } from '../support/ledger';
import { aliceKit } from '../support/kit-e2e';

/**
 * retryChange against the real service: a transfer, a hold placed and a hold voided, each sent from a stale wallet
 * (VersionConflict, then the retry from conflict.wallet), the transfer also losing the answer of an attempt that landed
 * (sent again with the same key: answered from the stored result, applied once).
 */
describe('retryChange: every change with expectedVersion, exactly once, against the service', () => {
  const kit = aliceKit();
  const { send, created, increased } = kit;
  const read = async (id: string) => (await send(WalletDocument, { id, first: 50 })).wallet;

  it('a Transfer from a stale payer, whose landed attempt lost its answer, moves the money once', async () => {
    const seen = await increased(await created(), '20.00');
    await increased(seen, '1.00'); // another device: the payer is now at version 2, the screen still says 1
    const payee = await created();
    let attempts = 0;
    const losingSecondAnswer: Send = async (document, variables) => {
      attempts += 1;
      const answer = await send(document, variables);
      if (attempts === 2) throw new TransportError('No answer: the connection was reset', true);
      return answer;
    };
    const result = await retryChange(
      losingSecondAnswer,
      {
        document: TransferDocument,
        wallet: seen,
        variables: (payer) => ({ fromWalletId: payer.id, toWalletId: payee.id, amount: '5.00', currency: payer.currency }),
      },
      { backoff: { baseMs: 1, capMs: 10 } },
    );
    expect(result).toMatchObject({ kind: 'answered', attempts: 3 });
    if (result.kind !== 'answered' || result.outcome.__typename !== 'MoneyTransferred') throw new Error(JSON.stringify(result));
    expect(result.outcome.from).toMatchObject({ balance: '16.00', version: 3 });
    const payer = await read(seen.id);
    expect(payer).toMatchObject({ balance: '16.00', version: 3 });
    expect(payer?.history.edges.filter(({ node }) => node.type === 'TRANSFER_OUT')).toHaveLength(1);
    expect(await read(payee.id)).toMatchObject({ balance: '5.00', version: 1 });
    await expectLedgerConsistent(kit.server.store, seen.id);
    await expectLedgerConsistent(kit.server.store, payee.id);
  });

  it('PlaceHold and VoidHold from a stale wallet are retried from conflict.wallet and land', async () => {
    const seen = await increased(await created(), '10.00');
    await increased(seen, '1.00');
    const options = { backoff: { baseMs: 1, capMs: 10 } };
    const placed = await retryChange(
      send,
      {
        document: PlaceHoldDocument,
        wallet: seen,
        variables: (wallet) => ({ walletId: wallet.id, amount: '4.00', currency: wallet.currency, expiresInSeconds: 600 }),
      },
      options,
    );
    if (placed.kind !== 'answered' || placed.outcome.__typename !== 'HoldPlaced') throw new Error(JSON.stringify(placed));
    expect(placed.attempts).toBe(2);
    const holdId = placed.outcome.hold.id;
    const voided = await retryChange(send, { document: VoidHoldDocument, wallet: seen, variables: () => ({ holdId }) }, options);
    if (voided.kind !== 'answered' || voided.outcome.__typename !== 'HoldVoided') throw new Error(JSON.stringify(voided));
    expect(voided.attempts).toBe(2);
    expect(voided.outcome.hold.status).toBe('VOIDED');
    expect(await read(seen.id)).toMatchObject({ balance: '11.00', version: 4 });
    await expectLedgerConsistent(kit.server.store, seen.id);
  });

  it("a document of one's own whose VersionConflict does not select wallet: the service's conflict is thrown, naming what to select", async () => {
    const seen = await increased(await created(), '10.00');
    await increased(seen, '1.00');
    const payee = await created();
    // Typed loosely, as a hand-made document or a JavaScript caller's is (a typed one whose conflict lacks wallet does not compile).
    const transferMine = parse(`mutation TransferMine($fromWalletId: ID!, $toWalletId: ID!, $amount: Decimal!, $currency: Currency!,
      $expectedVersion: Int!, $idempotencyKey: String) {
      result: transfer(fromWalletId: $fromWalletId, toWalletId: $toWalletId, amount: $amount, currency: $currency,
        expectedVersion: $expectedVersion, idempotencyKey: $idempotencyKey) { __typename ... on VersionConflict { actualVersion } }
    }`) as TypedDocumentNode<{ result: { __typename: string } }, TransferMutationVariables>;
    const attempt = retryChange(send, {
      document: transferMine,
      wallet: seen,
      variables: (payer) => ({ fromWalletId: payer.id, toWalletId: payee.id, amount: '5.00', currency: payer.currency }),
    });
    await expect(attempt).rejects.toThrow(/VersionConflict answered to TransferMine carries no wallet.*wallet \{ \.\.\.WalletFields \}/);
    expect(await read(seen.id)).toMatchObject({ balance: '11.00', version: 2 });
    expect(await read(payee.id)).toMatchObject({ balance: '0.00', version: 0 });
  });
});
