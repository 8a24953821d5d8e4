import { Caller } from '../domain/caller';
import { availableAt, heldAt, Wallet } from '../domain/wallet';
import { WalletRepository } from '../domain/wallet-repository.port';
import { balanceAt } from './balance-at.use-case';
import { captureHold } from './capture-hold.use-case';
import { decrease, increase } from './change-balance.use-case';
import { ChangeWriter } from './change-writer';
import { createWallet } from './create-wallet.use-case';
import { filteredHistory } from './filtered-history.use-case';
import { KnownWallets } from './known-wallets';
import { placeHold } from './place-hold.use-case';
import { getHold, holdsOf } from './read-holds.use-case';
import { getTransfer } from './read-transfer.use-case';
import { getWallet, history, walletsOf } from './read-wallets.use-case';
import { reverseTransfer } from './reverse-transfer.use-case';
import { statement, statementEntries } from './statement.use-case';
import { transfer } from './transfer.use-case';
import { DEFAULT_OPTIONS, UseCaseDeps, UseCaseOptions } from './use-case-deps';
import { voidHold } from './void-hold.use-case';
import { TurnsByKey } from './turns-by-key';
import { openWalletEvents } from './wallet-event-stream';
import { WalletFeed } from './wallet-feed.port';
import { WalletStates } from './wallet-states';

/** Every use case of the service, each bound to one shared memory of wallet states: what the edge calls. */
export type WalletUseCases = ReturnType<typeof createWalletUseCases>;

/**
 * The use cases as a plain table: `name: (caller, input) => useCase(deps, caller, input)`. Each lives in
 * its own `*.use-case.ts`: validate the input, find the state the client based its change on, let the
 * domain decide, and store the change under the optimistic lock (expectedVersion). The deps are built
 * here once, so the GraphQL and HTTP layers never hold the repository or the writer themselves.
 * `feed`: committed entries as they happen (subscriptions); without one, walletEvents is undefined.
 */
export function createWalletUseCases(repository: WalletRepository, options: Partial<UseCaseOptions> = {}, feed?: WalletFeed) {
  const deps = useCaseDeps(repository, { ...DEFAULT_OPTIONS, ...options });
  const use =
    <A extends unknown[], O>(useCase: (deps: UseCaseDeps, ...args: A) => O) =>
    (...args: A): O =>
      useCase(deps, ...args);
  // A stale expectedVersion is the lock doing its job: counted, for the conflict rate.
  const counted =
    <A extends unknown[], O extends object>(useCase: (deps: UseCaseDeps, ...args: A) => Promise<O>) =>
    async (...args: A): Promise<O> => {
      const outcome = await useCase(deps, ...args);
      if ('code' in outcome && outcome.code === 'VERSION_CONFLICT') deps.options.metrics.versionConflict();
      return outcome;
    };
  const replayReads = new TurnsByKey();
  return {
    getWallet: use(getWallet),
    history: use(history),
    filteredHistory: use(filteredHistory),
    balanceAt: use(balanceAt),
    statement: use(statement),
    statementEntries: use(statementEntries),
    walletsOf: use(walletsOf),
    /** Undefined when this service has no feed (subscriptions are off). */
    walletEvents:
      feed &&
      ((caller: Caller, walletId: string, afterVersion?: number) =>
        openWalletEvents({ ...deps, feed, replayReads }, caller, walletId, afterVersion)),
    createWallet: use(createWallet),
    increaseBalance: counted(increase),
    decreaseBalance: counted(decrease),
    transfer: counted(transfer),
    reverseTransfer: counted(reverseTransfer),
    placeHold: counted(placeHold),
    captureHold: counted(captureHold),
    voidHold: counted(voidHold),
    getHold: use(getHold),
    holdsOf: use(holdsOf),
    getTransfer: use(getTransfer),
    figures: use(figuresNow),
  };
}

/** The store, the states the use cases reason from, and the writer of their changes: one set per process. */
function useCaseDeps(repository: WalletRepository, options: UseCaseOptions): UseCaseDeps {
  const known = new KnownWallets(options.knownWallets);
  const writer = new ChangeWriter(repository, known, options);
  return { repository, options, states: new WalletStates(repository, known, writer), writer };
}

/** The read-time figures of a wallet, by the service's clock: what is held now and what is available. */
function figuresNow(
  deps: UseCaseDeps,
  wallet: Pick<Wallet, 'balance' | 'pendingHolds'>,
): { readonly held: bigint; readonly available: bigint } {
  const now = deps.options.now().toISOString();
  return { held: heldAt(wallet, now), available: availableAt(wallet, now) };
}
