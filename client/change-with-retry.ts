import { Backoff, backoffDelay, DEFAULT_BACKOFF, sleep } from './backoff';
import {
  type Currency,
  DecreaseBalanceDocument,
  type DecreaseBalanceMutation,
  IncreaseBalanceDocument,
  type IncreaseBalanceMutation,
  type WalletFieldsFragment,
} from './generated/graphql';
import { Send, TransportError } from './transport';

type Outcomes = { increase: IncreaseBalanceMutation['result']; decrease: DecreaseBalanceMutation['result'] };

export interface ChangeIntent<Operation extends keyof Outcomes> {
  operation: Operation;
  /** The wallet as the client last saw it: its version is the first expectedVersion. */
  wallet: WalletFieldsFragment;
  /**
   * The amount to send, decided from a wallet state; called again with `conflict.wallet` after every
   * VersionConflict. Null: there is nothing to do any more (say, the balance no longer covers it).
   * Keep the decision stable for one intent: the key names it, and a retry whose amount differs from an
   * attempt that did land is answered IdempotencyKeyReused.
   */
  amount: (wallet: WalletFieldsFragment) => string | null;
  currency: Currency;
  /** One key for every attempt of this intent; a fresh UUID (`crypto.randomUUID()`) when not given. */
  idempotencyKey?: string;
}

export interface RetryOptions {
  /** Attempts in all, conflicts and transport failures alike. */
  maxAttempts?: number;
  /**
   * Milliseconds from the start within which every wait must end: a wait that would end later is not made, and the
   * last answer (or error) is given at once. It does not cut an attempt short (that is the transport's timeout).
   */
  deadlineMs?: number;
  backoff?: Backoff;
  random?: () => number;
  wait?: (ms: number) => Promise<void>;
  /** The clock the deadline is measured on, in milliseconds. */
  now?: () => number;
}

export type ChangeResult<Operation extends keyof Outcomes> =
  /** The last answer: a success, a DomainError, or the VersionConflict of the last attempt. */
  | { kind: 'answered'; outcome: Outcomes[Operation]; attempts: number }
  /** `amount` returned null for this wallet state: nothing was sent for it. */
  | { kind: 'abandoned'; wallet: WalletFieldsFragment; attempts: number };

const DOCUMENTS = { increase: IncreaseBalanceDocument, decrease: DecreaseBalanceDocument };

/**
 * Sends a balance change under optimistic locking until it lands or attempts run out. On VersionConflict it
 * decides again from `conflict.wallet` (the service sends the wallet as it is now: no extra read) and retries
 * with that version; on a retryable TransportError (a timeout, a network failure, a 5xx, STORE_UNAVAILABLE, a 429) it
 * sends the same request again. Every attempt carries the same idempotency key, so an attempt that landed unseen is
 * answered, not applied twice. Between attempts it waits the jittered back-off, plus the error's `retryAfterSeconds`
 * when the service asked for one; it stops after `maxAttempts`, or when a wait would end past `deadlineMs`.
 * A TransportError that is not retryable, or the last retryable one, is thrown.
 */
export async function changeWithRetry<Operation extends keyof Outcomes>(
  send: Send,
  intent: ChangeIntent<Operation>,
  {
    maxAttempts = 10,
    deadlineMs = 30_000,
    backoff = DEFAULT_BACKOFF,
    random = Math.random,
    wait = sleep,
    now = Date.now,
  }: RetryOptions = {},
): Promise<ChangeResult<Operation>> {
  const idempotencyKey = intent.idempotencyKey ?? globalThis.crypto.randomUUID();
  const deadline = now() + deadlineMs;
  let wallet = intent.wallet;
  for (let attempt = 1; ; attempt += 1) {
    const amount = intent.amount(wallet);
    if (amount === null) return { kind: 'abandoned', wallet, attempts: attempt - 1 };
    const variables = { walletId: wallet.id, amount, currency: intent.currency, expectedVersion: wallet.version, idempotencyKey };
    let last: ChangeResult<Operation> | TransportError;
    try {
      const { result } = await send(DOCUMENTS[intent.operation] as typeof IncreaseBalanceDocument, variables);
      const outcome = result as Outcomes[Operation];
      last = { kind: 'answered', outcome, attempts: attempt };
      if (outcome.__typename !== 'VersionConflict' || attempt >= maxAttempts) return last;
      wallet = outcome.wallet;
    } catch (error) {
      if (!(error instanceof TransportError) || !error.retryable || attempt >= maxAttempts) throw error;
      last = error;
    }
    const retryAfterMs = last instanceof TransportError ? (last.retryAfterSeconds ?? 0) * 1000 : 0;
    const delay = retryAfterMs + backoffDelay(attempt, backoff, random);
    if (now() + delay > deadline) {
      if (last instanceof TransportError) throw last;
      return last;
    }
    await wait(delay);
  }
}
