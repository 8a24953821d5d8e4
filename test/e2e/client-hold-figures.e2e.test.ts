import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { followWallet, type WalletEvent } from '../../client/follow-wallet';
import {
  DecreaseBalanceDocument,
  PlaceHoldDocument,
  ReverseTransferDocument,
  StatementDocument,
  TransferDocument,
  VoidHoldDocument,
  WalletDocument,
  type WalletFieldsFragment,
} from '../../client/generated/graphql';
import { expectLedgerConsistent } from '../support/ledger';
import { aliceKit } from '../support/kit-e2e';
import { wsUrl } from '../support/subscriptions';

/**
 * The hold figures a payments screen shows, as the client kit's own documents bring them from the real service: what is
 * available and held on every wallet result, what was too little on InsufficientBalance, and the available balance
 * after each change on followWallet's events (HOLD_PLACED leaves `balance` as it was).
 */
describe('the client kit brings the hold figures', () => {
  const kit = aliceKit();
  const { send } = kit;
  const funded = async (amount: string): Promise<WalletFieldsFragment> => kit.increased(await kit.created(), amount);

  it('PlaceHold, InsufficientBalance, VoidHold, Wallet and Statement show available and held; followWallet shows availableAfter and holdId', async () => {
    const wallet = await funded('10.00');
    expect(wallet).toMatchObject({ balance: '10.00', availableBalance: '10.00', heldBalance: '0.00', version: 1 });

    const { authorization } = await kit.server.headersOf('alice');
    const client = createClient({
      url: wsUrl(kit.server.url),
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: authorization },
    });
    const events: WalletEvent[] = [];
    const ended: unknown[] = [];
    const stop = followWallet(client, wallet.id, 1, { event: (event) => events.push(event), end: (reason) => ended.push(reason) });
    const until = async (count: number) => {
      for (const deadline = Date.now() + 15_000; events.length < count; await sleep(20)) {
        if (Date.now() > deadline) throw new Error(`Timed out at ${JSON.stringify(events)} (ended: ${JSON.stringify(ended)})`);
      }
    };
    try {
      const before = Date.now();
      const placed = (
        await send(PlaceHoldDocument, { walletId: wallet.id, amount: '4.00', currency: 'GBP', expectedVersion: 1, expiresInSeconds: 600 })
      ).result;
      if (placed.__typename !== 'HoldPlaced') throw new Error(placed.__typename);
      expect(placed.wallet).toMatchObject({ balance: '10.00', availableBalance: '6.00', heldBalance: '4.00', version: 2 });
      expect(placed.hold).toMatchObject({ amount: '4.00', status: 'PENDING', capturedAmount: '0.00', resolvedAt: null });
      expect(Date.parse(placed.hold.expiresAt) - before).toBeGreaterThanOrEqual(599_000);
      const holdId = placed.hold.id;

      await until(1);
      expect(events[0]).toMatchObject({
        version: 2,
        balance: '10.00',
        availableBalance: '6.00',
        entry: { type: 'HOLD_PLACED', amount: '4.00', balanceAfter: '10.00', availableAfter: '6.00', holdId },
      });
      // docs/subscriptions.md: the kit's event is a fixed set of scalars, no metadata.
      expect(JSON.stringify(events[0]).length).toBeLessThan(1024);

      const decreased = (await send(DecreaseBalanceDocument, { walletId: wallet.id, amount: '8.00', currency: 'GBP', expectedVersion: 2 }))
        .result;
      if (decreased.__typename !== 'InsufficientBalance') throw new Error(decreased.__typename);
      expect(decreased).toMatchObject({ balance: '10.00', available: '6.00', requested: '8.00' });
      expect(decreased.wallet).toMatchObject({ availableBalance: '6.00', heldBalance: '4.00', version: 2 });

      const payee = await funded('1.00');
      const transferred = (
        await send(TransferDocument, {
          fromWalletId: wallet.id,
          toWalletId: payee.id,
          amount: '7.00',
          currency: 'GBP',
          expectedVersion: 2,
        })
      ).result;
      if (transferred.__typename !== 'InsufficientBalance') throw new Error(transferred.__typename);
      expect(transferred).toMatchObject({ balance: '10.00', available: '6.00', requested: '7.00' });

      const voided = (await send(VoidHoldDocument, { holdId, expectedVersion: 2 })).result;
      if (voided.__typename !== 'HoldVoided') throw new Error(voided.__typename);
      expect(voided.wallet).toMatchObject({ balance: '10.00', availableBalance: '10.00', heldBalance: '0.00', version: 3 });
      expect(voided.hold).toMatchObject({ status: 'VOIDED', resolvedAt: expect.any(String) });

      await until(2);
      expect(events[1]).toMatchObject({
        version: 3,
        availableBalance: '10.00',
        entry: { type: 'HOLD_RELEASED', amount: '4.00', availableAfter: '10.00', holdId },
      });
      expect(ended).toEqual([]);

      const read = (await send(WalletDocument, { id: wallet.id })).wallet;
      expect(read).toMatchObject({ availableBalance: '10.00', heldBalance: '0.00' });
      expect(read?.history.edges.map(({ node }) => [node.type, node.availableAfter, node.holdId])).toEqual([
        ['HOLD_RELEASED', '10.00', holdId],
        ['HOLD_PLACED', '6.00', holdId],
        ['BALANCE_INCREASED', '10.00', null],
        ['WALLET_CREATED', '0.00', null],
      ]);
      const statement = (
        await send(StatementDocument, { id: wallet.id, from: wallet.createdAt, to: new Date(Date.now() + 60_000).toISOString() })
      ).wallet?.statement;
      expect(statement?.entries.edges.map(({ node }) => [node.type, node.availableAfter, node.holdId])).toEqual([
        ['WALLET_CREATED', '0.00', null],
        ['BALANCE_INCREASED', '10.00', null],
        ['HOLD_PLACED', '6.00', holdId],
        ['HOLD_RELEASED', '10.00', holdId],
      ]);
      await expectLedgerConsistent(kit.server.store, wallet.id);
    } finally {
      stop();
      await client.dispose();
    }
  });

  it('ReverseTransfer refused for what the payee has on hold says what was available', async () => {
    const payer = await funded('10.00');
    const payee = await funded('1.00');
    const moved = (
      await send(TransferDocument, { fromWalletId: payer.id, toWalletId: payee.id, amount: '5.00', currency: 'GBP', expectedVersion: 1 })
    ).result;
    if (moved.__typename !== 'MoneyTransferred') throw new Error(moved.__typename);
    expect(moved.to).toMatchObject({ balance: '6.00', availableBalance: '6.00', heldBalance: '0.00' });
    const placed = (
      await send(PlaceHoldDocument, { walletId: payee.id, amount: '4.00', currency: 'GBP', expectedVersion: 2, expiresInSeconds: 600 })
    ).result;
    if (placed.__typename !== 'HoldPlaced') throw new Error(placed.__typename);

    const reversed = (await send(ReverseTransferDocument, { transferId: moved.transferId, expectedVersion: 3 })).result;
    if (reversed.__typename !== 'InsufficientBalance') throw new Error(reversed.__typename);
    expect(reversed).toMatchObject({ walletId: payee.id, balance: '6.00', available: '2.00', requested: '5.00' });
    expect(reversed.wallet).toMatchObject({ availableBalance: '2.00', heldBalance: '4.00', version: 3 });
  });
});
