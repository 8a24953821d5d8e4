/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 string in UTC: "2026-01-31T12:00:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An exact decimal in major units, sent and returned as a JSON string in plain notation: "100.50", "0.00", JPY "150". Balances are returned with exactly the currency's minor digits. */
  Decimal: { input: string; output: string; }
};

/** A wallet as it stood: after every entry before the moment (or up to the version) asked for. */
export type BalanceAsOf = {
  __typename: 'BalanceAsOf';
  balance: Scalars['Decimal']['output'];
  /** When the wallet reached this version (its last change before the moment). */
  changedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type BalanceAt = BalanceAsOf | WalletDidNotExistYet;

export type BalanceDecreased = {
  __typename: 'BalanceDecreased';
  amount: Scalars['Decimal']['output'];
  wallet: Wallet;
};

export type BalanceIncreased = {
  __typename: 'BalanceIncreased';
  amount: Scalars['Decimal']['output'];
  wallet: Wallet;
};

export type CreateWalletResult = IdempotencyKeyReused | WalletCreated;

/** ISO 4217 currency of a wallet. A wallet holds exactly one. */
export type Currency =
  /** 2 decimal places */
  | 'AUD'
  /** 2 decimal places */
  | 'CAD'
  /** 2 decimal places */
  | 'CHF'
  /** 2 decimal places */
  | 'EUR'
  /** 2 decimal places */
  | 'GBP'
  /** 0 decimal places */
  | 'JPY'
  /** 2 decimal places */
  | 'PLN'
  /** 2 decimal places */
  | 'USD';

/** A wallet works with a single currency. */
export type CurrencyMismatch = DomainError & {
  __typename: 'CurrencyMismatch';
  code: ErrorCode;
  givenCurrency: Currency;
  message: Scalars['String']['output'];
  /** Null when the wallet is not yours (a transfer's destination). */
  walletCurrency?: Maybe<Currency>;
  /** The wallet that holds another currency (in a transfer, the source or the destination). */
  walletId: Scalars['ID']['output'];
};

export type DecreaseBalanceResult = BalanceDecreased | CurrencyMismatch | IdempotencyKeyReused | InsufficientBalance | InvalidAmount | VersionConflict | WalletNotFound;

/** An expected outcome that changed nothing. Switch on `__typename` (typed clients narrow on it); `code` says the same. */
export type DomainError = {
  code: ErrorCode;
  message: Scalars['String']['output'];
};

/** What kind of DomainError a result is. */
export type ErrorCode =
  | 'CURRENCY_MISMATCH'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_BALANCE'
  | 'INVALID_AMOUNT'
  | 'REVERSAL_EXCEEDS_TRANSFER'
  | 'SAME_WALLET'
  | 'TRANSFER_NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'WALLET_NOT_FOUND';

/** Which entries to show (all given tests must hold). from/to are served by the time index; the other tests examine at most 500 entries per page: such a page may hold fewer than `first`, but then hasNextPage is true and endCursor continues it. */
export type HistoryFilter = {
  /** Entries at or after this moment. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entries whose metadata holds this key with this value. */
  metadata?: InputMaybe<MetadataInput>;
  /** Entries before this moment. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** A transfer's entries, and those of its reversals. */
  transferId?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<LedgerEntryType>>;
};

/** The idempotency key was used within its window for a different operation, wallet, amount or currency. */
export type IdempotencyKeyReused = DomainError & {
  __typename: 'IdempotencyKeyReused';
  code: ErrorCode;
  idempotencyKey: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IncreaseBalanceResult = BalanceIncreased | CurrencyMismatch | IdempotencyKeyReused | InvalidAmount | VersionConflict | WalletNotFound;

/** The balance may reach exactly 0, never below. */
export type InsufficientBalance = DomainError & {
  __typename: 'InsufficientBalance';
  balance: Scalars['Decimal']['output'];
  code: ErrorCode;
  message: Scalars['String']['output'];
  requested: Scalars['Decimal']['output'];
  /** The wallet as it is now: decide again from it. */
  wallet: Wallet;
  walletId: Scalars['ID']['output'];
};

/** The amount is not > 0, has more decimals than the currency's minor unit, or is above the maximum of one operation. */
export type InvalidAmount = DomainError & {
  __typename: 'InvalidAmount';
  code: ErrorCode;
  message: Scalars['String']['output'];
  reason: InvalidAmountReason;
  /** The amount as the client sent it (a String: it may be no valid Decimal for this currency). */
  rejectedAmount: Scalars['String']['output'];
};

/** Why an amount was refused. */
export type InvalidAmountReason =
  /** Not a decimal number in plain notation. */
  | 'NOT_A_DECIMAL'
  /** Zero or negative: an amount must be greater than 0. */
  | 'NOT_POSITIVE'
  /** Above the maximum of one operation, 1,000,000,000 major units. */
  | 'TOO_LARGE'
  /** More decimal places than the currency's minor unit (GBP 2, JPY 0). */
  | 'TOO_MANY_DECIMALS';

/** One immutable line of a wallet's history, written in the same transaction as its change. */
export type LedgerEntry = {
  __typename: 'LedgerEntry';
  /** Who made the change (the caller's token subject; for a transfer, the payer on both entries). */
  actor: Scalars['ID']['output'];
  /** Unsigned; `type` gives the direction (DECREASED and TRANSFER_OUT take money out). */
  amount: Scalars['Decimal']['output'];
  balanceAfter: Scalars['Decimal']['output'];
  counterpartyWalletId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The key the actor sent; shown to the actor (and operators) only: a payee does not see the payer's key. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** The movement's metadata, sorted by key (empty when none was given). */
  metadata: Array<MetadataEntry>;
  occurredAt: Scalars['DateTime']['output'];
  /** On the two entries of a reversal: the transfer it gives money back for. */
  reversalOf?: Maybe<Scalars['ID']['output']>;
  transferId?: Maybe<Scalars['ID']['output']>;
  type: LedgerEntryType;
  /** The wallet version this entry produced (0 for WALLET_CREATED). */
  version: Scalars['Int']['output'];
  walletId: Scalars['ID']['output'];
};

/** A page of history, newest first (Relay cursor connection). */
export type LedgerEntryConnection = {
  __typename: 'LedgerEntryConnection';
  edges: Array<LedgerEntryEdge>;
  pageInfo: PageInfo;
};

export type LedgerEntryEdge = {
  __typename: 'LedgerEntryEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

/** What a ledger entry records. */
export type LedgerEntryType =
  | 'BALANCE_DECREASED'
  | 'BALANCE_INCREASED'
  /** Money given back to a transfer's payer (the entry's reversalOf names the transfer). */
  | 'REVERSAL_IN'
  /** Money given back by a transfer's payee (the entry's reversalOf names the transfer). */
  | 'REVERSAL_OUT'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT'
  | 'WALLET_CREATED';

/** One key of the metadata a movement was given, stored on its ledger entries. */
export type MetadataEntry = {
  __typename: 'MetadataEntry';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** One key of a movement's metadata: key 1-40 characters, value at most 256; at most 16 keys, none twice. */
export type MetadataInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type MoneyTransferred = {
  __typename: 'MoneyTransferred';
  amount: Scalars['Decimal']['output'];
  from: Wallet;
  /** The destination after the transfer; null unless it is yours to see. */
  to?: Maybe<Wallet>;
  toWalletId: Scalars['ID']['output'];
  transferId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename: 'Mutation';
  /** Create wallet -> WalletCreated: balance 0, version 0, owned by you (or by `ownerId`: scope wallet:admin only). */
  createWallet: CreateWalletResult;
  /** Decrease balance -> BalanceDecreased (version + 1). The balance may reach 0, never below. */
  decreaseBalance: DecreaseBalanceResult;
  /** Increase balance -> BalanceIncreased (version + 1). */
  increaseBalance: IncreaseBalanceResult;
  /** Refund (part of) a transfer: money goes back from its payee to its payer. Only the payee's owner or an operator may; expectedVersion guards the payee's wallet. Reversals of one transfer never add up to more than it moved. */
  reverseTransfer: ReverseTransferResult;
  /** Move money from your wallet to any wallet of one currency, atomically. expectedVersion guards the source. */
  transfer: TransferResult;
};


export type MutationCreateWalletArgs = {
  currency: Currency;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDecreaseBalanceArgs = {
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
  walletId: Scalars['ID']['input'];
};


export type MutationIncreaseBalanceArgs = {
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
  walletId: Scalars['ID']['input'];
};


export type MutationReverseTransferArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
  reason?: InputMaybe<Scalars['String']['input']>;
  transferId: Scalars['ID']['input'];
};


export type MutationTransferArgs = {
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  fromWalletId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
  toWalletId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename: 'Query';
  /** A strongly consistent read; null when there is no such wallet, or it is not yours. */
  wallet?: Maybe<Wallet>;
  /** Your wallets, newest first. `first`: 1 to 100. `ownerId`: another owner's wallets (scope wallet:admin only). Served by an index: a change may take a moment to show; `wallet(id)` is always current. */
  wallets: WalletConnection;
};


export type QueryWalletArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWalletsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The reversal asks for more than is left of the transfer (reversals so far included). */
export type ReversalExceedsTransfer = DomainError & {
  __typename: 'ReversalExceedsTransfer';
  code: ErrorCode;
  message: Scalars['String']['output'];
  /** What may still be reversed; 0.00 once the transfer is fully reversed. */
  remaining: Scalars['Decimal']['output'];
  transferId: Scalars['ID']['output'];
};

export type ReverseTransferResult = IdempotencyKeyReused | InsufficientBalance | InvalidAmount | ReversalExceedsTransfer | TransferNotFound | TransferReversed | VersionConflict;

/** A transfer needs two different wallets. */
export type SameWallet = DomainError & {
  __typename: 'SameWallet';
  code: ErrorCode;
  message: Scalars['String']['output'];
  walletId: Scalars['ID']['output'];
};

/** What moved in [from, to): openingBalance + moneyIn - moneyOut = closingBalance, always. openingBalance is balanceAt(from) and closingBalance balanceAt(to) (0 before the wallet existed). */
export type Statement = {
  __typename: 'Statement';
  closingBalance: Scalars['Decimal']['output'];
  /** The version at `to` (-1: the wallet did not exist yet). */
  closingVersion: Scalars['Int']['output'];
  currency: Currency;
  /** The window's entries, oldest first (unlike history). `first`: 1 to 100. */
  entries: LedgerEntryConnection;
  from: Scalars['DateTime']['output'];
  moneyIn: Scalars['Decimal']['output'];
  moneyOut: Scalars['Decimal']['output'];
  openingBalance: Scalars['Decimal']['output'];
  /** The version at `from` (-1: the wallet did not exist yet). */
  openingVersion: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
  walletId: Scalars['ID']['output'];
};


/** What moved in [from, to): openingBalance + moneyIn - moneyOut = closingBalance, always. openingBalance is balanceAt(from) and closingBalance balanceAt(to) (0 before the wallet existed). */
export type StatementEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** No such transfer, or not one you may reverse (only its payee or an operator may). */
export type TransferNotFound = DomainError & {
  __typename: 'TransferNotFound';
  code: ErrorCode;
  message: Scalars['String']['output'];
  transferId: Scalars['ID']['output'];
};

export type TransferResult = CurrencyMismatch | IdempotencyKeyReused | InsufficientBalance | InvalidAmount | MoneyTransferred | SameWallet | VersionConflict | WalletNotFound;

/** Money went back from a transfer's payee to its payer. */
export type TransferReversed = {
  __typename: 'TransferReversed';
  amount: Scalars['Decimal']['output'];
  /** The payee's wallet after the reversal. */
  from: Wallet;
  /** What is left to reverse of the transfer. */
  remaining: Scalars['Decimal']['output'];
  /** The id of the reversal: the transferId of its two entries. */
  reversalId: Scalars['ID']['output'];
  /** The transfer reversed: the reversalOf of its two entries. */
  reversalOf: Scalars['ID']['output'];
  /** The payer's wallet after the reversal; null unless it is yours to see. */
  to?: Maybe<Wallet>;
  toWalletId: Scalars['ID']['output'];
};

/** The wallet changed since the client read it. `wallet` is its state now: retry from it. */
export type VersionConflict = DomainError & {
  __typename: 'VersionConflict';
  actualVersion: Scalars['Int']['output'];
  code: ErrorCode;
  expectedVersion: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  wallet: Wallet;
  walletId: Scalars['ID']['output'];
};

/** A single-currency wallet. Every change names the `version` it was based on. */
export type Wallet = {
  __typename: 'Wallet';
  /** Exact, with the currency's minor digits. */
  balance: Scalars['Decimal']['output'];
  /** The balance and version as of a moment (after every entry strictly before `at`) or of a version: give exactly one. One bounded read. Moments within the last second may not see the newest change yet (the time index is eventually consistent). */
  balanceAt?: Maybe<BalanceAt>;
  createdAt: Scalars['DateTime']['output'];
  currency: Currency;
  /** The ledger, newest first. `first`: 1 to 100. `filter`: see HistoryFilter (continue a page with after: endCursor). */
  history: LedgerEntryConnection;
  id: Scalars['ID']['output'];
  /** The caller (token subject) the wallet belongs to; only they (and operators) see it. */
  ownerId: Scalars['ID']['output'];
  /** Opening and closing balance of [from, to), money in and out, and its entries (oldest first). At most 366 days. */
  statement?: Maybe<Statement>;
  updatedAt: Scalars['DateTime']['output'];
  /** Starts at 0 and grows by exactly 1 with every change: pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** A single-currency wallet. Every change names the `version` it was based on. */
export type WalletBalanceAtArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** A single-currency wallet. Every change names the `version` it was based on. */
export type WalletHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HistoryFilter>;
  first?: Scalars['Int']['input'];
};


/** A single-currency wallet. Every change names the `version` it was based on. */
export type WalletStatementArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** A page of wallets, newest first (Relay cursor connection). */
export type WalletConnection = {
  __typename: 'WalletConnection';
  edges: Array<WalletEdge>;
  pageInfo: PageInfo;
};

export type WalletCreated = {
  __typename: 'WalletCreated';
  wallet: Wallet;
};

/** The moment asked for is not after the wallet was opened: it had no balance, not 0. */
export type WalletDidNotExistYet = {
  __typename: 'WalletDidNotExistYet';
  createdAt: Scalars['DateTime']['output'];
};

export type WalletEdge = {
  __typename: 'WalletEdge';
  cursor: Scalars['String']['output'];
  node: Wallet;
};

export type WalletNotFound = DomainError & {
  __typename: 'WalletNotFound';
  code: ErrorCode;
  message: Scalars['String']['output'];
  walletId: Scalars['ID']['output'];
};

export type CreateWalletMutationVariables = Exact<{
  currency: Currency;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateWalletMutation = { __typename: 'Mutation', result:
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'WalletCreated', wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
   };

export type DecreaseBalanceMutationVariables = Exact<{
  walletId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecreaseBalanceMutation = { __typename: 'Mutation', result:
    | { __typename: 'BalanceDecreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

export type IncreaseBalanceMutationVariables = Exact<{
  walletId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncreaseBalanceMutation = { __typename: 'Mutation', result:
    | { __typename: 'BalanceIncreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

type CreateWalletOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type CreateWalletOutcome_WalletCreated_Fragment = { __typename: 'WalletCreated', wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

export type CreateWalletOutcomeFragment =
  | CreateWalletOutcome_IdempotencyKeyReused_Fragment
  | CreateWalletOutcome_WalletCreated_Fragment
;

type IncreaseBalanceOutcome_BalanceIncreased_Fragment = { __typename: 'BalanceIncreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type IncreaseBalanceOutcome_CurrencyMismatch_Fragment = { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

type IncreaseBalanceOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type IncreaseBalanceOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type IncreaseBalanceOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type IncreaseBalanceOutcome_WalletNotFound_Fragment = { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string };

export type IncreaseBalanceOutcomeFragment =
  | IncreaseBalanceOutcome_BalanceIncreased_Fragment
  | IncreaseBalanceOutcome_CurrencyMismatch_Fragment
  | IncreaseBalanceOutcome_IdempotencyKeyReused_Fragment
  | IncreaseBalanceOutcome_InvalidAmount_Fragment
  | IncreaseBalanceOutcome_VersionConflict_Fragment
  | IncreaseBalanceOutcome_WalletNotFound_Fragment
;

type DecreaseBalanceOutcome_BalanceDecreased_Fragment = { __typename: 'BalanceDecreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type DecreaseBalanceOutcome_CurrencyMismatch_Fragment = { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

type DecreaseBalanceOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type DecreaseBalanceOutcome_InsufficientBalance_Fragment = { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type DecreaseBalanceOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type DecreaseBalanceOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type DecreaseBalanceOutcome_WalletNotFound_Fragment = { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string };

export type DecreaseBalanceOutcomeFragment =
  | DecreaseBalanceOutcome_BalanceDecreased_Fragment
  | DecreaseBalanceOutcome_CurrencyMismatch_Fragment
  | DecreaseBalanceOutcome_IdempotencyKeyReused_Fragment
  | DecreaseBalanceOutcome_InsufficientBalance_Fragment
  | DecreaseBalanceOutcome_InvalidAmount_Fragment
  | DecreaseBalanceOutcome_VersionConflict_Fragment
  | DecreaseBalanceOutcome_WalletNotFound_Fragment
;

type TransferOutcome_CurrencyMismatch_Fragment = { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

type TransferOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type TransferOutcome_InsufficientBalance_Fragment = { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type TransferOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type TransferOutcome_MoneyTransferred_Fragment = { __typename: 'MoneyTransferred', transferId: string, amount: string, toWalletId: string, from: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string }, to?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } | null };

type TransferOutcome_SameWallet_Fragment = { __typename: 'SameWallet', code: ErrorCode, message: string, walletId: string };

type TransferOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

type TransferOutcome_WalletNotFound_Fragment = { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string };

export type TransferOutcomeFragment =
  | TransferOutcome_CurrencyMismatch_Fragment
  | TransferOutcome_IdempotencyKeyReused_Fragment
  | TransferOutcome_InsufficientBalance_Fragment
  | TransferOutcome_InvalidAmount_Fragment
  | TransferOutcome_MoneyTransferred_Fragment
  | TransferOutcome_SameWallet_Fragment
  | TransferOutcome_VersionConflict_Fragment
  | TransferOutcome_WalletNotFound_Fragment
;

export type ReverseTransferMutationVariables = Exact<{
  transferId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput> | MetadataInput>;
}>;


export type ReverseTransferMutation = { __typename: 'Mutation', result:
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string }
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, balance: string, requested: string }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string }
    | { __typename: 'ReversalExceedsTransfer', code: ErrorCode, message: string, remaining: string }
    | { __typename: 'TransferNotFound', code: ErrorCode, message: string }
    | { __typename: 'TransferReversed', reversalId: string, reversalOf: string, amount: string, remaining: string, toWalletId: string, from: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
   };

export type StatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StatementQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', id: string, currency: Currency, statement?: { __typename: 'Statement', openingBalance: string, moneyIn: string, moneyOut: string, closingBalance: string, entries: { __typename: 'LedgerEntryConnection', edges: Array<{ __typename: 'LedgerEntryEdge', node: { __typename: 'LedgerEntry', occurredAt: string, version: number, type: LedgerEntryType, amount: string, balanceAfter: string, transferId?: string | null, reversalOf?: string | null, metadata: Array<{ __typename: 'MetadataEntry', key: string, value: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null } | null };

export type BalanceAtQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BalanceAtQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', balanceAt?:
      | { __typename: 'BalanceAsOf', balance: string, version: number, changedAt: string }
      | { __typename: 'WalletDidNotExistYet', createdAt: string }
     | null } | null };

export type TransferMutationVariables = Exact<{
  fromWalletId: Scalars['ID']['input'];
  toWalletId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransferMutation = { __typename: 'Mutation', result:
    | { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'MoneyTransferred', transferId: string, amount: string, toWalletId: string, from: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string }, to?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } | null }
    | { __typename: 'SameWallet', code: ErrorCode, message: string, walletId: string }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

export type WalletFieldsFragment = { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string };

export type VersionConflictFieldsFragment = { __typename: 'VersionConflict', walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

export type InsufficientBalanceFieldsFragment = { __typename: 'InsufficientBalance', walletId: string, balance: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } };

export type CurrencyMismatchFieldsFragment = { __typename: 'CurrencyMismatch', walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

export type InvalidAmountFieldsFragment = { __typename: 'InvalidAmount', rejectedAmount: string, reason: InvalidAmountReason };

export type WalletQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WalletQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string, history: { __typename: 'LedgerEntryConnection', edges: Array<{ __typename: 'LedgerEntryEdge', cursor: string, node: { __typename: 'LedgerEntry', id: string, walletId: string, type: LedgerEntryType, version: number, amount: string, balanceAfter: string, occurredAt: string, actor: string, transferId?: string | null, counterpartyWalletId?: string | null, idempotencyKey?: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type WalletsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WalletsQuery = { __typename: 'Query', wallets: { __typename: 'WalletConnection', edges: Array<{ __typename: 'WalletEdge', cursor: string, node: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, version: number, createdAt: string, updatedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export const WalletFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletFieldsFragment, unknown>;
export const CreateWalletOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreateWalletOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWalletResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWalletOutcomeFragment, unknown>;
export const VersionConflictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<VersionConflictFieldsFragment, unknown>;
export const CurrencyMismatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}}]} as unknown as DocumentNode<CurrencyMismatchFieldsFragment, unknown>;
export const InvalidAmountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<InvalidAmountFieldsFragment, unknown>;
export const IncreaseBalanceOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceIncreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<IncreaseBalanceOutcomeFragment, unknown>;
export const InsufficientBalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InsufficientBalanceFieldsFragment, unknown>;
export const DecreaseBalanceOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDecreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<DecreaseBalanceOutcomeFragment, unknown>;
export const TransferOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTransferred"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SameWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<TransferOutcomeFragment, unknown>;
export const CreateWalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"createWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreateWalletOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreateWalletOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWalletResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<CreateWalletMutation, CreateWalletMutationVariables>;
export const DecreaseBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecreaseBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"decreaseBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"walletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecreaseBalanceOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDecreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<DecreaseBalanceMutation, DecreaseBalanceMutationVariables>;
export const IncreaseBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncreaseBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"increaseBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"walletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseBalanceOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceIncreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<IncreaseBalanceMutation, IncreaseBalanceMutationVariables>;
export const ReverseTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transferId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetadataInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"reverseTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"transferId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transferId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"metadata"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferReversed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversalId"}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReversalExceedsTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReverseTransferMutation, ReverseTransferMutationVariables>;
export const StatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"moneyIn"}},{"kind":"Field","name":{"kind":"Name","value":"moneyOut"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementQuery, StatementQueryVariables>;
export const BalanceAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceAsOf"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletDidNotExistYet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BalanceAtQuery, BalanceAtQueryVariables>;
export const TransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Transfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromWalletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWalletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"transfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromWalletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromWalletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toWalletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWalletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTransferred"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SameWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<TransferMutation, TransferMutationVariables>;
export const WalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletQuery, WalletQueryVariables>;
export const WalletsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wallets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletsQuery, WalletsQueryVariables>;