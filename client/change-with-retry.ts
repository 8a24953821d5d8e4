import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type Currency,
  DecreaseBalanceDocument,
  type DecreaseBalanceMutation,
  IncreaseBalanceDocument,
  type IncreaseBalanceMutation,
  type IncreaseBalanceMutationVariables,
  type WalletFieldsFragment,
} from './generated/graphql';
import { RetryIntent, RetryOptions, RetryResult, retryChange } from './retry-change';
import { Send } from './transport';

type Outcomes = { increase: IncreaseBalanceMutation['result']; decrease: DecreaseBalanceMutation['result'] };

export interface ChangeIntent<Operation extends keyof Outcomes> {
  operation: Operation;
  /** The wallet as the client last saw it: its version is the first expectedVersion. */
  wallet: WalletFieldsFragment;
  /**
   * The amount to send, decided from a wallet state; called again with `conflict.wallet` after every
   * VersionConflict (not after a transport failure: the same request is sent again). Null: there is nothing to do any
   * more (say, the balance no longer covers it).
   * Keep the decision stable for one intent: the key names it, and a retry whose amount differs from an
   * attempt that did land is answered IdempotencyKeyReused.
   */
  amount: (wallet: WalletFieldsFragment) => string | null;
  currency: Currency;
  /** One key for every attempt of this intent; a fresh UUID (newIdempotencyKey) when not given. */
  idempotencyKey?: string;
}

/** The last answer (a success, a DomainError, or the VersionConflict of the last attempt), or `abandoned` when `amount` gave null. */
export type ChangeResult<Operation extends keyof Outcomes> = RetryResult<Outcomes[Operation]>;

const DOCUMENTS = { increase: IncreaseBalanceDocument, decrease: DecreaseBalanceDocument };

/**
 * An increase or a decrease sent under optimistic locking until it lands or attempts run out: retryChange with the
 * balance documents, `amount` deciding from each wallet state (see retryChange for the rules of retrying).
 */
export function changeWithRetry<Operation extends keyof Outcomes>(
  send: Send,
  intent: ChangeIntent<Operation>,
  options: RetryOptions = {},
): Promise<ChangeResult<Operation>> {
  // Both documents take the same variables; the operation picks which result union comes back (each union's
  // VersionConflict selects its wallet: checked for each document where it is concrete, not for Operation unknown here).
  type Document = TypedDocumentNode<{ result: Outcomes[Operation] }, IncreaseBalanceMutationVariables>;
  const document = DOCUMENTS[intent.operation] as unknown as RetryIntent<Document>['document'];
  return retryChange<Document>(
    send,
    {
      document,
      wallet: intent.wallet,
      idempotencyKey: intent.idempotencyKey,
      variables: (wallet) => {
        const amount = intent.amount(wallet);
        return amount === null ? null : { walletId: wallet.id, amount, currency: intent.currency };
      },
    },
    options,
  );
}
