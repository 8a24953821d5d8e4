import { randomUUID } from 'node:crypto';
import { Caller } from '../domain/caller';
import { IdempotentRequest } from '../domain/idempotency';
import { EntryContext } from '../domain/wallet';
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

/** Who, when and why, for the ledger entry of a change. */
export function entryContext(deps: UseCaseDeps, caller: Caller, why: Omit<EntryContext, 'entryId' | 'actor' | 'now'> = {}): EntryContext {
  return { entryId: deps.options.newId(), actor: caller.id, now: deps.options.now().toISOString(), ...why };
}
