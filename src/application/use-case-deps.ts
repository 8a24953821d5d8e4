import { randomUUID } from 'node:crypto';
import { Caller } from '../domain/caller';
import { IdempotentRequest } from '../domain/idempotency';
import { EntryContext, Wallet } from '../domain/wallet';
import { DomainError, IdempotencyKeyReused } from '../domain/wallet-errors';
import { WalletEvent } from '../domain/wallet-events';
import { WalletRepository } from '../domain/wallet-repository.port';
import { ChangeWriter, WriterOptions } from './change-writer';
import { NO_METRICS } from './service-metrics.port';
import { EXAMINED_PER_PAGE } from './filtered-history.use-case';
import { WalletStates } from './wallet-states';

export interface UseCaseOptions extends WriterOptions {
  readonly newId: () => string;
  /** How many wallet states to keep in memory (see KnownWallets). */
  readonly knownWallets: number;
  /** Entries a filtered history page examines at most (see filteredHistory). */
  readonly examinedPerPage: number;
}

export const DEFAULT_OPTIONS: UseCaseOptions = {
  now: () => new Date(),
  newId: randomUUID,
  contendedAttempts: 6,
  backoffMs: 5,
  knownWallets: 10_000,
  metrics: NO_METRICS,
  examinedPerPage: EXAMINED_PER_PAGE,
};

/** What every use case works with: the store, the states it reasons from, the writer of its changes. */
export interface UseCaseDeps {
  readonly repository: WalletRepository;
  readonly states: WalletStates;
  readonly writer: ChangeWriter;
  readonly options: UseCaseOptions;
}

/**
 * A failed request may be the retry of one that succeeded: with a key, its stored result answers (and a key taken by
 * another intent, IdempotencyKeyReused). Not when the wallet or the transfer is not the caller's to see (a retry of a
 * success always finds them): the stored result would show it, as it was, to a caller who may no longer see it (an
 * operator whose token lost its scope, replaying a key); the refusal answers instead.
 */
export function failure<E extends WalletEvent>(deps: UseCaseDeps, request: IdempotentRequest | undefined) {
  return <F extends DomainError>(error: F): Promise<E | F | IdempotencyKeyReused> =>
    deps.writer.unlessReplayed<E, F>(request, error, !OUT_OF_SIGHT.has(error.code));
}

const OUT_OF_SIGHT: ReadonlySet<string> = new Set(['WALLET_NOT_FOUND', 'TRANSFER_NOT_FOUND']);

/** Who, when and why, for the ledger entry of a change; `moment` (movementAt) when the change is one leg of a movement. */
export function entryContext(
  deps: UseCaseDeps,
  caller: Caller,
  why: Omit<EntryContext, 'entryId' | 'actor' | 'now' | 'recordedAt'> = {},
  moment?: Moment,
): EntryContext {
  const now = moment?.now ?? deps.options.now().toISOString();
  return { entryId: deps.options.newId(), actor: caller.id, now, ...(moment && { recordedAt: moment.recordedAt }), ...why };
}

/** One reading of the clock, which decides, and the instant every entry of one movement is recorded at. */
export interface Moment {
  readonly now: string;
  readonly recordedAt: string;
}

/**
 * A movement of money between wallets (a transfer's two legs, a capture that pays another wallet, a refund) is
 * recorded at one instant on every entry, so that a statement or a balance as of any moment has all of it or none.
 * That instant is never earlier than any of its wallets' last change, so each wallet's entry times stay ordered like
 * its versions (ChangeSteps.add): the later of the clock and those changes (another instance's clock may be ahead).
 * What is decided by time (a hold's expiry, what is available) is still decided by the clock, `now`.
 */
export function movementAt(deps: UseCaseDeps, ...wallets: readonly (Pick<Wallet, 'updatedAt'> | undefined)[]): Moment {
  const now = deps.options.now().toISOString();
  return { now, recordedAt: laterOf(now, ...wallets) };
}

/** The later of `at` and the wallets' last changes (ISO instants compare as text). */
export function laterOf(at: string, ...wallets: readonly (Pick<Wallet, 'updatedAt'> | undefined)[]): string {
  let later = at;
  for (const wallet of wallets) if (wallet && wallet.updatedAt > later) later = wallet.updatedAt;
  return later;
}
