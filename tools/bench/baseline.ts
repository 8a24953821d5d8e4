import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { Currency } from '../../src/domain/currency';
import { Money } from '../../src/domain/money';
import { EntryContext, increaseBalance, openWallet, Wallet } from '../../src/domain/wallet';
import { classifyCancellation } from '../../src/infrastructure/dynamodb/cancellation';
import { ItemClient } from '../../src/infrastructure/dynamodb/item-client';
import { walletItem } from '../../src/infrastructure/dynamodb/wallet-item.mapper';
import { commitRequest, getWalletRequest } from '../../src/infrastructure/dynamodb/wallet-requests';
import { LoadClient, Step } from './closed-loop';

export const AMOUNT: Money = { currency: Currency.GBP, minor: 100n };

/** Attempts and back-off of a transaction cancelled by TransactionConflict: WalletService's defaults. */
const CONTENDED_ATTEMPTS = 6;
const BACKOFF_MS = 5;

/**
 * The baseline: the DynamoDB work of one `increaseBalance`, done with the raw SDK and nothing else
 * (no GraphQL, no HTTP, no service). The request is built by the repository's own pure builder from
 * the domain's own change, so the baseline sends byte for byte the request the service sends.
 */
/** What a scenario needs of a baseline: wallets to load, a client per wallet, and a read-back. */
export interface Baseline {
  createWallet(): Promise<Wallet>;
  read(walletId: string): Promise<Wallet | undefined>;
  client(wallet: Wallet): LoadClient;
}

/** The requests a baseline increase makes: the store's ItemClient, or the SDK's defaults (peers/stock-items.ts). */
export type BaselineItems = Pick<ItemClient, 'get' | 'transactWrite'>;

export class BaselineStore implements Baseline {
  constructor(
    private readonly items: BaselineItems,
    private readonly tableName: string,
  ) {}

  async createWallet(): Promise<Wallet> {
    const change = openWallet(randomUUID(), 'alice', Currency.GBP, context());
    await this.items.transactWrite(commitRequest(this.tableName, [change]).input);
    return change.after;
  }

  async read(walletId: string): Promise<Wallet | undefined> {
    const item = await this.items.get(getWalletRequest(this.tableName, walletId));
    return item && walletItem.toWallet(item);
  }

  /** A client that increases `wallet`, knowing its state as the service would have it cached. */
  client(wallet: Wallet): LoadClient {
    let known = wallet;
    return {
      step: async () => {
        const outcome = await this.increase(known);
        known = outcome.wallet;
        return outcome.step;
      },
    };
  }

  /**
   * One increase as WalletService does it on a cache hit: one TransactWriteItems; a lost race
   * answers with the current wallet (ALL_OLD); contention is retried with the same back-off.
   * The bench's peer servers (tools/bench/peers) send exactly this too.
   */
  async increase(wallet: Wallet): Promise<{ step: Step; wallet: Wallet }> {
    const result = increaseBalance(wallet, AMOUNT, context());
    if (!result.ok) throw new Error(`The baseline wallet refused an increase: ${result.error.code}`);
    const request = commitRequest(this.tableName, [result.change]);
    for (let attempt = 1; attempt <= CONTENDED_ATTEMPTS; attempt++) {
      try {
        await this.items.transactWrite(request.input);
        return { step: 'success', wallet: result.change.after };
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const outcome = classifyCancellation(request.slots, error.CancellationReasons);
        if (outcome.status === 'rejected') {
          const current = outcome.stale[0]?.current;
          if (!current) throw new Error(`Baseline wallet ${wallet.id} vanished`);
          return { step: 'conflict', wallet: current };
        }
        if (attempt < CONTENDED_ATTEMPTS) await sleep(Math.random() * BACKOFF_MS * 2 ** attempt);
      }
    }
    // Contended past the last attempt: the service reads the wallet and answers VersionConflict.
    const current = await this.read(wallet.id);
    if (!current) throw new Error(`Baseline wallet ${wallet.id} vanished`);
    return { step: 'conflict', wallet: current };
  }
}

function context(): EntryContext {
  return { entryId: randomUUID(), actor: 'alice', now: new Date().toISOString() };
}
