import { KnownWallets } from '../../../src/application/known-wallets';
import { Wallet } from '../../../src/domain/wallet';
import { BaselineStore } from '../baseline';

/** What a peer answers to one increase: the kind of answer and the version the client bases its next try on. */
export type PeerAnswer = { readonly kind: 'increased' | 'conflict'; readonly wallet: Wallet } | { readonly kind: 'not-found' };

/**
 * The DynamoDB side of the bench's peer servers (a bare node:http server and a plain Apollo server):
 * the raw-SDK baseline's own increase (the repository's request builder, one conditional
 * TransactWriteItems with its ledger entry), behind the service's own memory of wallet states
 * (KnownWallets). A client whose expectedVersion is known costs one request; anything else one
 * consistent read first, as in the service.
 */
export class PeerWallets {
  private readonly known = new KnownWallets();

  constructor(private readonly store: BaselineStore) {}

  async create(): Promise<Wallet> {
    return this.remembered(await this.store.createWallet());
  }

  async increase(walletId: string, expectedVersion: number): Promise<PeerAnswer> {
    const wallet = this.known.atVersion(walletId, expectedVersion) ?? (await this.store.read(walletId));
    if (!wallet) return { kind: 'not-found' };
    if (wallet.version !== expectedVersion) return { kind: 'conflict', wallet: this.remembered(wallet) };
    const outcome = await this.store.increase(wallet);
    return { kind: outcome.step === 'success' ? 'increased' : 'conflict', wallet: this.remembered(outcome.wallet) };
  }

  /** The newest state known once `wallet` is remembered (a higher version seen before stays). */
  private remembered(wallet: Wallet): Wallet {
    this.known.remember(wallet);
    return this.known.latest(wallet.id) ?? wallet;
  }
}
