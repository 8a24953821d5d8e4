import { Wallet } from '../../../src/domain/wallet';
import { BaselineStore } from '../baseline';

/** What a peer answers to one increase: the kind of answer and the version the client bases its next try on. */
export type PeerAnswer = { readonly kind: 'increased' | 'conflict'; readonly wallet: Wallet } | { readonly kind: 'not-found' };

/** Wallets a peer server remembers; more than a bench run creates, so no eviction is measured. */
const CAPACITY = 10_000;

/**
 * The DynamoDB side of the bench's peer servers (a bare node:http server and a plain Apollo server):
 * the raw-SDK baseline's own increase (the repository's request builder, one conditional
 * TransactWriteItems with its ledger entry), behind the same per-process memory of wallet states the
 * service keeps. A client whose expectedVersion is known costs one request; anything else one
 * consistent read first, as in the service.
 */
export class PeerWallets {
  private readonly wallets = new Map<string, Wallet>();

  constructor(private readonly store: BaselineStore) {}

  async create(): Promise<Wallet> {
    return this.remember(await this.store.createWallet());
  }

  async increase(walletId: string, expectedVersion: number): Promise<PeerAnswer> {
    const known = this.wallets.get(walletId);
    const wallet = known?.version === expectedVersion ? known : await this.store.read(walletId);
    if (!wallet) return { kind: 'not-found' };
    if (wallet.version !== expectedVersion) return { kind: 'conflict', wallet: this.remember(wallet) };
    const outcome = await this.store.increase(wallet);
    return { kind: outcome.step === 'success' ? 'increased' : 'conflict', wallet: this.remember(outcome.wallet) };
  }

  private remember(wallet: Wallet): Wallet {
    const known = this.wallets.get(wallet.id);
    if (known && known.version > wallet.version) return known;
    this.wallets.set(wallet.id, wallet);
    if (this.wallets.size > CAPACITY) this.wallets.delete(this.wallets.keys().next().value ?? '');
    return wallet;
  }
}
