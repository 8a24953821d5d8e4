import { Caller } from '../domain/caller';
import { LedgerEntry } from '../domain/ledger-entry';
import { Wallet } from '../domain/wallet';
import { HistoryPage, WalletRepository, WalletsPage } from '../domain/wallet-repository.port';
import { BalanceCommand, decrease, DecreaseBalanceOutcome, increase, IncreaseBalanceOutcome } from './change-balance.use-case';
import { ChangeWriter } from './change-writer';
import { createWallet, CreateWalletCommand, CreateWalletOutcome, NotPermitted } from './create-wallet.use-case';
import { KnownWallets } from './known-wallets';
import { getWallet, history, walletsOf } from './read-wallets.use-case';
import { AsOf, balanceAt } from './balance-at.use-case';
import { FilteredPage, filteredHistory, HistoryFilter } from './filtered-history.use-case';
import { WalletSeen } from './positions';
import { reverseTransfer, ReverseTransferCommand, ReverseTransferOutcome } from './reverse-transfer.use-case';
import { statement, statementEntries } from './statement.use-case';
import { Position, Statement } from '../domain/statement';
import { transfer, TransferCommand, TransferOutcome } from './transfer.use-case';
import { Hold } from '../domain/hold';
import { availableAt, heldAt } from '../domain/wallet';
import { HoldsSlice } from '../domain/wallet-repository.port';
import { captureHold, CaptureHoldCommand, CaptureHoldOutcome } from './capture-hold.use-case';
import { placeHold, PlaceHoldCommand, PlaceHoldOutcome } from './place-hold.use-case';
import { getHold, holdsOf, HoldsQuery } from './read-holds.use-case';
import { voidHold, VoidHoldCommand, VoidHoldOutcome } from './void-hold.use-case';
import { DEFAULT_OPTIONS, UseCaseDeps, WalletServiceOptions } from './use-case-deps';
import { WalletStates } from './wallet-states';
import { openWalletEvents, WalletEventStream } from './wallet-event-stream';
import { WalletFeed } from './wallet-feed.port';
import { WalletNotFound } from '../domain/wallet-errors';

export type {
  AsOf,
  BalanceCommand,
  CaptureHoldCommand,
  CreateWalletCommand,
  HistoryFilter,
  PlaceHoldCommand,
  ReverseTransferCommand,
  TransferCommand,
  VoidHoldCommand,
  WalletServiceOptions,
  WalletSeen,
};
export { isNotPermitted, NOT_PERMITTED } from './create-wallet.use-case';
export type { NotPermitted } from './create-wallet.use-case';

/**
 * The wallet use cases behind one door, sharing one memory of wallet states. Each use case lives in
 * its own file (`*.use-case.ts`): validate the input, find the state the client based its change on,
 * let the domain decide, and store the change under the optimistic lock. A lost race comes back from
 * the store with the wallet as it is now, and becomes a typed result rather than an exception.
 */
export class WalletService {
  private readonly deps: UseCaseDeps;

  /** `feed`: committed entries as they happen (subscriptions); without one, walletEvents is refused. */
  constructor(
    repository: WalletRepository,
    options: Partial<WalletServiceOptions> = {},
    private readonly feed?: WalletFeed,
  ) {
    const resolved = { ...DEFAULT_OPTIONS, ...options };
    const known = new KnownWallets(resolved.knownWallets);
    const writer = new ChangeWriter(repository, known, resolved);
    this.deps = { repository, options: resolved, states: new WalletStates(repository, known, writer), writer };
  }

  getWallet(caller: Caller, walletId: string): Promise<Wallet | undefined> {
    return getWallet(this.deps, caller, walletId);
  }

  history(caller: Caller, wallet: Pick<Wallet, 'id' | 'ownerId'>, page: HistoryPage): Promise<LedgerEntry[]> {
    return history(this.deps, caller, wallet, page);
  }

  filteredHistory(
    caller: Caller,
    wallet: WalletSeen,
    page: { first: number; beforeVersion: number },
    filter: HistoryFilter,
  ): Promise<FilteredPage> {
    return filteredHistory(this.deps, caller, wallet, page, filter);
  }

  balanceAt(caller: Caller, wallet: WalletSeen, asOf: AsOf): Promise<Position | undefined> {
    return balanceAt(this.deps, caller, wallet, asOf);
  }

  statement(caller: Caller, wallet: WalletSeen, from: string, to: string): Promise<Statement | undefined> {
    return statement(this.deps, caller, wallet, from, to);
  }

  statementEntries(statement: Statement, afterVersion: number | undefined, limit: number): Promise<LedgerEntry[]> {
    return statementEntries(this.deps, statement, afterVersion, limit);
  }

  walletsOf(caller: Caller, ownerId: string, page: WalletsPage): Promise<Wallet[] | NotPermitted> {
    return walletsOf(this.deps, caller, ownerId, page);
  }

  /** Undefined when this service has no feed (subscriptions are off). */
  walletEvents(caller: Caller, walletId: string, afterVersion?: number): Promise<WalletEventStream | WalletNotFound> | undefined {
    return this.feed && openWalletEvents({ ...this.deps, feed: this.feed }, caller, walletId, afterVersion);
  }

  createWallet(caller: Caller, command: CreateWalletCommand): Promise<CreateWalletOutcome | NotPermitted> {
    return createWallet(this.deps, caller, command);
  }

  increaseBalance(caller: Caller, command: BalanceCommand): Promise<IncreaseBalanceOutcome> {
    return increase(this.deps, caller, command).then(this.counted);
  }

  decreaseBalance(caller: Caller, command: BalanceCommand): Promise<DecreaseBalanceOutcome> {
    return decrease(this.deps, caller, command).then(this.counted);
  }

  transfer(caller: Caller, command: TransferCommand): Promise<TransferOutcome> {
    return transfer(this.deps, caller, command).then(this.counted);
  }

  reverseTransfer(caller: Caller, command: ReverseTransferCommand): Promise<ReverseTransferOutcome> {
    return reverseTransfer(this.deps, caller, command);
  }

  placeHold(caller: Caller, command: PlaceHoldCommand): Promise<PlaceHoldOutcome> {
    return placeHold(this.deps, caller, command).then(this.counted);
  }

  captureHold(caller: Caller, command: CaptureHoldCommand): Promise<CaptureHoldOutcome> {
    return captureHold(this.deps, caller, command).then(this.counted);
  }

  voidHold(caller: Caller, command: VoidHoldCommand): Promise<VoidHoldOutcome> {
    return voidHold(this.deps, caller, command).then(this.counted);
  }

  getHold(caller: Caller, holdId: string): Promise<Hold | undefined> {
    return getHold(this.deps, caller, holdId);
  }

  holdsOf(caller: Caller, wallet: Pick<Wallet, 'id' | 'ownerId'>, query: HoldsQuery): Promise<HoldsSlice> {
    return holdsOf(this.deps, caller, wallet, query);
  }

  /** The read-time figures of a wallet, by the service's clock: what is held now and what is available. */
  figures(wallet: Pick<Wallet, 'balance' | 'pendingHolds'>): { readonly held: bigint; readonly available: bigint } {
    const now = this.deps.options.now().toISOString();
    return { held: heldAt(wallet, now), available: availableAt(wallet, now) };
  }

  /** A stale expectedVersion is the lock doing its job: counted, for the conflict rate. */
  private readonly counted = <O extends object>(outcome: O): O => {
    if ('code' in outcome && outcome.code === 'VERSION_CONFLICT') this.deps.options.metrics.versionConflict();
    return outcome;
  };
}
