import { Caller, mayAccess } from '../domain/caller';
import { Wallet } from '../domain/wallet';
import { DomainError, VersionConflict, versionConflict, WalletNotFound, walletNotFound } from '../domain/wallet-errors';
import { isDomainError, WalletEvent } from '../domain/wallet-events';
import { WalletRepository } from '../domain/wallet-repository.port';
import { Written } from './change-writer';
import { KnownWallets } from './known-wallets';

/** A wallet at the version a client named, and whether it came from this process's memory. */
export interface BasedOn {
  readonly wallet: Wallet;
  readonly remembered: boolean;
}

/**
 * The wallet states the use cases reason from: this process's memory where it may be used (to build
 * a write DynamoDB will check), strongly consistent reads where an answer depends on the state.
 */
export class WalletStates {
  constructor(
    private readonly repository: WalletRepository,
    private readonly known: KnownWallets,
    /** The writers' turns on each wallet (ChangeWriter), awaited before a conflict is answered from memory. */
    private readonly turns?: { settled(walletId: string): Promise<Wallet | undefined> },
  ) {}

  /** One strongly consistent read; remembered for the writes that follow. */
  async find(walletId: string): Promise<Wallet | undefined> {
    const wallet = await this.repository.find(walletId);
    if (wallet) this.known.remember(wallet);
    return wallet;
  }

  /** The wallet as the caller may see it: a wallet of someone else is as absent as an unknown id. */
  async findVisible(caller: Caller, walletId: string): Promise<Wallet | undefined> {
    const wallet = await this.find(walletId);
    return wallet && mayAccess(caller, wallet) ? wallet : undefined;
  }

  /**
   * The optimistic lock's first check: the wallet at the client's `expectedVersion`, the state its change
   * is based on. From memory when this process knows it at that version (good for building a write that
   * the store checks again: the version in the write's condition is the lock), else from one consistent
   * read, where any other version is a VersionConflict (a version memory knows to be stale may be
   * answered without it: newestAfterTurn). A wallet the caller may not access is
   * WalletNotFound, before anything else is said of it (its owner never changes, so this holds at every version).
   */
  async basedOn(caller: Caller, walletId: string, expectedVersion: number): Promise<BasedOn | WalletNotFound | VersionConflict> {
    const latest = this.known.latest(walletId);
    // Someone else's wallet costs the one read an unknown id costs, whatever this process remembers:
    // a faster "not found" from memory would tell its existence and its version by the clock.
    if (latest && mayAccess(caller, latest)) {
      if (latest.version === expectedVersion) return { wallet: latest, remembered: true };
      const newest = latest.version > expectedVersion ? await this.newestAfterTurn(walletId) : undefined;
      // Told by DynamoDB after the client asked, and past its version: answered with no request.
      if (newest && newest.version > expectedVersion) return versionConflict(expectedVersion, newest);
    }
    const current = await this.find(walletId);
    if (!current || !mayAccess(caller, current)) return walletNotFound(walletId);
    return current.version === expectedVersion ? { wallet: current, remembered: false } : versionConflict(expectedVersion, current);
  }

  /**
   * The states of a change that also credits a destination, in its answer order: the source's existence,
   * then the destination's (its latest state: it is credited at any version), then the source's version.
   */
  async basedOnWithDestination(
    caller: Caller,
    walletId: string,
    expectedVersion: number,
    toWalletId: string,
  ): Promise<{ readonly based: BasedOn; readonly destination: Wallet } | WalletNotFound | VersionConflict>;
  /** Without `toWalletId`: the source alone, as basedOn. */
  async basedOnWithDestination(
    caller: Caller,
    walletId: string,
    expectedVersion: number,
    toWalletId?: string,
  ): Promise<{ readonly based: BasedOn; readonly destination?: Wallet } | WalletNotFound | VersionConflict>;
  async basedOnWithDestination(caller: Caller, walletId: string, expectedVersion: number, toWalletId?: string) {
    const based = await this.basedOn(caller, walletId, expectedVersion);
    if (isDomainError(based) && based.code === 'WALLET_NOT_FOUND') return based;
    const destination = toWalletId === undefined ? undefined : await this.latestKnown(toWalletId);
    if (toWalletId !== undefined && !destination) return walletNotFound(toWalletId);
    return isDomainError(based) ? based : { based, destination };
  }

  /**
   * A client named a version this process knows to be stale (versions only grow, so the write would
   * be refused): the hot wallet's retry. It waits for the writes already queued on the wallet; if one
   * of them was sent after it arrived, DynamoDB's answer to it is current at a moment after the client
   * asked, and the conflict is answered from it with no request. Otherwise (memory alone is not proof:
   * another instance may have written, or the store may have lost the write memory remembers) it reads.
   */
  private async newestAfterTurn(walletId: string): Promise<Wallet | undefined> {
    return this.turns?.settled(walletId);
  }

  /**
   * A rule refused a change computed from a remembered state. No write checked that state, and
   * another instance may have moved the wallet since: one consistent read confirms the refusal,
   * or turns it into the VersionConflict that comes first in the answer order.
   */
  async confirmRefusal<R extends DomainError>(
    based: BasedOn,
    expectedVersion: number,
    refusal: R,
  ): Promise<R | WalletNotFound | VersionConflict> {
    if (!based.remembered) return refusal;
    const current = await this.find(based.wallet.id);
    if (!current) return walletNotFound(based.wallet.id);
    return current.version === expectedVersion ? refusal : versionConflict(expectedVersion, current);
  }

  /** The latest state this process knows, else one read: for a transfer's destination, credited at any version. */
  async latestKnown(walletId: string): Promise<Wallet | undefined> {
    return this.known.latest(walletId) ?? this.find(walletId);
  }

  /** Why a write guarded by `expectedVersion` (the lock) did not land, as the wallet now stands. */
  async whyNotWritten(walletId: string, expectedVersion: number, written: Written<WalletEvent>): Promise<WalletNotFound | VersionConflict> {
    const stale = written.status === 'rejected' ? written.stale.find((s) => s.walletId === walletId) : undefined;
    const current = stale ? stale.current : await this.find(walletId);
    return current ? versionConflict(expectedVersion, current) : walletNotFound(walletId);
  }
}
