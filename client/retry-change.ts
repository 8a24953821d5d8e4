import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { Backoff, backoffDelay, DEFAULT_BACKOFF, sleep } from './backoff';
import type { WalletFieldsFragment } from './generated/graphql';
import { newIdempotencyKey } from './idempotency-key';
import { Send, TransportError } from './transport';

/** What every change of the kit sends besides its own arguments: the version it expects, and the key of its intent. */
export interface VersionedVariables {
  expectedVersion: number;
  idempotencyKey?: string | null;
}

/** The variables of a change but those two: what the caller decides from the wallet. */
export type ChangeArguments<Variables> = {
  [Name in keyof Variables as Name extends keyof VersionedVariables ? never : Name]: Variables[Name];
};

/** A change's document: its `result` is the mutation's union (its variables are checked by RetryIntent). */
export type ChangeDocument = TypedDocumentNode<{ result: { __typename: string } }, never>;
type ResultOf<Document> = Document extends TypedDocumentNode<{ result: infer Outcome }, never> ? Outcome : never;
type VariablesOf<Document> = Document extends TypedDocumentNode<unknown, infer Variables> ? Variables : never;
/** A document without `expectedVersion` (say, CreateWalletDocument) is refused at compile time. */
type TakesVersion<Document> =
  VariablesOf<Document> extends VersionedVariables ? unknown : { expectedVersion: 'not a variable of this document' };
type ConflictOf<Document> = Extract<ResultOf<Document>, { __typename: 'VersionConflict' }>;
/**
 * A document whose VersionConflict does not select `wallet { ...WalletFields }` is refused at compile time: the retry is
 * decided from that wallet. (A result typed only `{ __typename: string }` names no member: checked when answered.)
 */
type ConflictCarriesWallet<Document> = [ConflictOf<Document>] extends [never]
  ? unknown
  : ConflictOf<Document> extends { wallet: WalletFieldsFragment }
    ? unknown
    : { versionConflict: 'must select wallet { ...WalletFields }' };

export interface RetryIntent<Document extends ChangeDocument> {
  /**
   * A change of the kit (IncreaseBalanceDocument, DecreaseBalanceDocument, TransferDocument, PlaceHoldDocument,
   * CaptureHoldDocument, VoidHoldDocument, ReverseTransferDocument) or one of yours shaped alike: `result` is the
   * mutation's union, whose VersionConflict carries `wallet` (the wallet as it is now: select
   * `... on VersionConflict { wallet { ...WalletFields } }`; a conflict answered without it is thrown, a TypeError).
   */
  document: Document & TakesVersion<Document> & ConflictCarriesWallet<Document>;
  /**
   * The wallet whose version is `expectedVersion`, as last seen: the wallet changed, the payer of a transfer, the held
   * wallet of a capture or a void, the payee of a reversal.
   */
  wallet: WalletFieldsFragment;
  /**
   * The change's other variables, decided from a state of that wallet; decided again from `conflict.wallet` after every
   * VersionConflict, never after a transport failure (the same request is sent again). Null: nothing to do any more.
   * Keep the intent stable: the key names it, and other wallets, amount or currency, once an attempt landed, are
   * answered IdempotencyKeyReused.
   */
  variables: (wallet: WalletFieldsFragment) => ChangeArguments<VariablesOf<Document>> | null;
  /** One key for every attempt of this intent; a fresh UUID (newIdempotencyKey) when not given. */
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

export type RetryResult<Outcome> =
  /** The last answer: a success, a DomainError, or the VersionConflict of the last attempt. */
  | { kind: 'answered'; outcome: Outcome; attempts: number }
  /** The decision was "nothing to do" for this wallet state: nothing was sent for it. */
  | { kind: 'abandoned'; wallet: WalletFieldsFragment; attempts: number };

type Conflict = { __typename: 'VersionConflict'; wallet: WalletFieldsFragment };
/**
 * Whether the outcome is a VersionConflict, which must carry the wallet as it is now: one without it (a document of
 * yours that does not select it) is thrown rather than answered as if attempts had run out.
 */
function isConflict(outcome: { __typename: string }, document: unknown): outcome is Conflict {
  if (outcome.__typename !== 'VersionConflict') return false;
  const wallet = (outcome as { wallet?: { version?: unknown } | null }).wallet;
  if (typeof wallet?.version === 'number') return true;
  const name = getOperationAST(document as TypedDocumentNode)?.name?.value ?? 'the document';
  throw new TypeError(
    `retryChange: the VersionConflict answered to ${name} carries no wallet, so there is nothing to decide the retry from. ` +
      "Select `... on VersionConflict { wallet { ...WalletFields } }` in it (the kit's documents do). " +
      'Nothing was changed: a conflict means no attempt of this intent landed.',
  );
}

/**
 * Sends a change under optimistic locking until it lands or attempts run out (docs/clients.md, the retry recipe). On
 * VersionConflict it decides again from `conflict.wallet` (no extra read) and sends with that version; on a retryable
 * TransportError (a timeout, a network failure, a 5xx, STORE_UNAVAILABLE, a 429) it sends the very same request again.
 * Every attempt carries the same idempotency key: the service compares the intent, never `expectedVersion`, so an
 * attempt that landed unseen is answered with its stored result, not applied twice. Between attempts it waits the
 * jittered back-off, plus the error's `retryAfterSeconds`; it stops after `maxAttempts`, or when a wait would end past
 * `deadlineMs`. Any other outcome is answered as it came; a TransportError that is not retryable, or the last one, is thrown,
 * and so is a TypeError for a VersionConflict that carries no `wallet` (the document does not select it).
 */
export async function retryChange<Document extends ChangeDocument>(
  send: Send,
  intent: RetryIntent<Document>,
  {
    maxAttempts = 10,
    deadlineMs = 30_000,
    backoff = DEFAULT_BACKOFF,
    random = Math.random,
    wait = sleep,
    now = Date.now,
  }: RetryOptions = {},
): Promise<RetryResult<ResultOf<Document>>> {
  const idempotencyKey = intent.idempotencyKey ?? newIdempotencyKey();
  const deadline = now() + deadlineMs;
  let wallet = intent.wallet;
  let decided = intent.variables(wallet);
  if (decided === null) return { kind: 'abandoned', wallet, attempts: 0 };
  for (let attempt = 1; ; attempt += 1) {
    // The Omit of a generic type is not known to rejoin it: these are exactly the variables the document declares.
    const variables = { ...decided, expectedVersion: wallet.version, idempotencyKey } as unknown as VariablesOf<Document>;
    let last: RetryResult<ResultOf<Document>> | TransportError;
    try {
      const { result } = await send(
        intent.document as unknown as TypedDocumentNode<{ result: ResultOf<Document> }, VariablesOf<Document>>,
        variables,
      );
      last = { kind: 'answered', outcome: result, attempts: attempt };
      if (!isConflict(result, intent.document) || attempt >= maxAttempts) return last;
      wallet = result.wallet;
      decided = intent.variables(wallet);
      if (decided === null) return { kind: 'abandoned', wallet, attempts: attempt };
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
