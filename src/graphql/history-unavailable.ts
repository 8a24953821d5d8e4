import { GraphQLError } from 'graphql';
import { IndexCatchingUpError } from '../application/positions';
import { StatementTooLargeError } from '../application/statement.use-case';
import { HistoryNotIndexedError } from '../domain/wallet-repository.port';

/**
 * The history cannot answer exactly (entries older than the time index, an index a moment behind, a
 * window too long to sum): a top-level error that says why, never a guess. Undefined for anything else.
 */
export function unavailable(error: unknown): GraphQLError | undefined {
  const known = error instanceof HistoryNotIndexedError || error instanceof IndexCatchingUpError || error instanceof StatementTooLargeError;
  if (!known) return undefined;
  return new GraphQLError(error.message, { extensions: { code: 'HISTORY_UNAVAILABLE', retryable: error instanceof IndexCatchingUpError } });
}

/** The answer, or its HISTORY_UNAVAILABLE error; any other failure is rethrown as it is. */
export async function unlessUnavailable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    throw unavailable(error) ?? error;
  }
}
