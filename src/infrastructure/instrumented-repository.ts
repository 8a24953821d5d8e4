import { performance } from 'node:perf_hooks';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ServiceMetrics, StoreOperation, StoreOutcome } from '../application/service-metrics.port';
import { InvariantViolation } from '../domain/invariant-violation';
import { CommitOutcome, WalletRepository } from '../domain/wallet-repository.port';
import { Logger, throttledLines } from '../logger';
import { inSpan } from '../spans';
import { isThrottling, typedStoreFailure } from './store-failure';

/**
 * Any store, measured: each repository call (one store request) is timed by operation and outcome,
 * runs in a span (a child of the GraphQL operation's), and logs a failure or a conflicted transaction
 * through the service's logger, so the line carries the request's id (at most 20 failures of one operation every 10 s,
 * with the number held back: an outage cannot flood the log). A store that could not take the
 * request (down, restarting, a dropped connection, a 5xx) fails as StoreUnavailable (store-failure.ts); a
 * broken invariant at the store boundary (InvariantViolation) stays itself and is logged at error level.
 */
export function instrumentRepository(
  repository: WalletRepository,
  metrics: ServiceMetrics,
  logger: Logger,
  system: string,
): WalletRepository {
  const failed = throttledLines(logger, 'warn', { perInterval: 20 });
  function measured<T>(operation: StoreOperation, call: () => Promise<T>, outcomeOf: (value: T) => StoreOutcome = () => 'ok'): Promise<T> {
    const attributes = { 'db.system': system, 'db.operation.name': operation };
    return inSpan(`store ${operation}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const startedAt = performance.now();
      let outcome: StoreOutcome = 'error';
      try {
        const value = await call();
        outcome = outcomeOf(value);
        if (outcome === 'transaction_conflict')
          logger.debug('Store transaction conflicted with another; the writer retries', { operation });
        return value;
      } catch (error) {
        outcome = isThrottling(error) ? 'throttled' : 'error';
        // A broken ledger fact is a bug, not a store's bad moment: an error, with the facts (nothing was written).
        if (error instanceof InvariantViolation) logger.error('Store boundary invariant violated', { operation, ...factsOf(error) });
        else failed('Store request failed', { operation, outcome, error: String(error).slice(0, 500) }, `${operation} ${outcome}`);
        span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
        throw typedStoreFailure(error);
      } finally {
        metrics.storeRequest(operation, outcome, (performance.now() - startedAt) / 1000);
        span.setAttribute('store.outcome', outcome);
        span.end();
      }
    });
  }
  return {
    find: (walletId) => measured('find', () => repository.find(walletId)),
    commit: (changes, record, transfer, sentAt) =>
      measured('commit', () => repository.commit(changes, record, transfer, sentAt), commitOutcome),
    findIdempotencyRecord: (owner, key) => measured('findIdempotencyRecord', () => repository.findIdempotencyRecord(owner, key)),
    history: (walletId, page) => measured('history', () => repository.history(walletId, page)),
    walletsOf: (ownerId, page) => measured('walletsOf', () => repository.walletsOf(ownerId, page)),
    findHold: (holdId) => measured('findHold', () => repository.findHold(holdId)),
    holdsOf: (walletId, page) => measured('holdsOf', () => repository.holdsOf(walletId, page)),
    entries: (walletId, range) => measured('entries', () => repository.entries(walletId, range)),
    entryAt: (walletId, version) => measured('entryAt', () => repository.entryAt(walletId, version)),
    lastEntryBefore: (walletId, at) => measured('lastEntryBefore', () => repository.lastEntryBefore(walletId, at)),
    findTransfer: (transferId) => measured('findTransfer', () => repository.findTransfer(transferId)),
  };
}

function commitOutcome(outcome: CommitOutcome): StoreOutcome {
  if (outcome.status === 'rejected') return 'condition_failed';
  return outcome.status === 'contended' ? 'transaction_conflict' : 'ok';
}

function factsOf(error: InvariantViolation): Record<string, string> {
  return { error: error.name, subject: error.subject.slice(0, 200), facts: error.facts.slice(0, 500) };
}
