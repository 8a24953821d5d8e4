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
  /** The balance minus the holds the ledger had pending then (a hold past its expiry counts until its release is written). */
  available: Scalars['Decimal']['output'];
  balance: Scalars['Decimal']['output'];
  /** When the wallet reached this version (its last change before the moment). */
  changedAt: Scalars['DateTime']['output'];
  /** True when this can no longer change: asked by version, or `at` had passed by 60 seconds when it was read (docs/finance.md). False: a balance so far, which later entries dated before `at` may still change. */
  final: Scalars['Boolean']['output'];
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

/** A capture takes at most what is held. */
export type CaptureExceedsHold = DomainError & {
  __typename: 'CaptureExceedsHold';
  code: ErrorCode;
  held: Scalars['Decimal']['output'];
  holdId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  requested: Scalars['Decimal']['output'];
};

export type CaptureHoldResult = CaptureExceedsHold | HoldCaptured | HoldNotFound | HoldNotPending | IdempotencyKeyReused | InvalidAmount | VersionConflict;

export type CreateWalletResult = IdempotencyKeyReused | WalletCreated;

/** ISO 4217 currency of a wallet. A wallet holds exactly one. */
export type Currency =
  /** 2 decimal places */
  | 'AUD'
  /** 3 decimal places */
  | 'BHD'
  /** 2 decimal places */
  | 'BRL'
  /** 2 decimal places */
  | 'CAD'
  /** 2 decimal places */
  | 'CHF'
  /** 2 decimal places */
  | 'CNY'
  /** 2 decimal places */
  | 'CZK'
  /** 2 decimal places */
  | 'DKK'
  /** 2 decimal places */
  | 'EUR'
  /** 2 decimal places */
  | 'GBP'
  /** 2 decimal places */
  | 'HKD'
  /** 2 decimal places */
  | 'INR'
  /** 0 decimal places */
  | 'JPY'
  /** 0 decimal places */
  | 'KRW'
  /** 3 decimal places */
  | 'KWD'
  /** 2 decimal places */
  | 'MXN'
  /** 2 decimal places */
  | 'NOK'
  /** 2 decimal places */
  | 'NZD'
  /** 2 decimal places */
  | 'PLN'
  /** 2 decimal places */
  | 'SEK'
  /** 2 decimal places */
  | 'SGD'
  /** 2 decimal places */
  | 'USD'
  /** 2 decimal places */
  | 'ZAR';

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
  | 'CAPTURE_EXCEEDS_HOLD'
  | 'CURRENCY_MISMATCH'
  | 'HOLD_LIMIT_REACHED'
  | 'HOLD_NOT_FOUND'
  | 'HOLD_NOT_PENDING'
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
  /** Entries whose metadata holds this key with this value, compared as a person reads them (Unicode NFKC): `８８１２` finds `8812`, a composed `é` one written with a combining accent. */
  metadata?: InputMaybe<MetadataInput>;
  /** Entries before this moment. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** A transfer's entries, and those of its reversals. */
  transferId?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<LedgerEntryType>>;
};

/** Money of a wallet reserved until it is captured, voided or expires. Only the wallet's owner sees it. */
export type Hold = {
  __typename: 'Hold';
  /** Who placed it. */
  actor: Scalars['ID']['output'];
  /** What was held when it was placed. */
  amount: Scalars['Decimal']['output'];
  /** What a capture took (0 unless CAPTURED); the rest was released. */
  capturedAmount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Currency;
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** When it was captured, voided or released after its expiry. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: HoldStatus;
  /** The wallet a capture pays (a payment authorised to it); null: a capture takes the money out. */
  toWalletId?: Maybe<Scalars['ID']['output']>;
  walletId: Scalars['ID']['output'];
};

export type HoldCaptured = {
  __typename: 'HoldCaptured';
  /** What was captured. */
  amount: Scalars['Decimal']['output'];
  hold: Hold;
  /** The credited wallet after the capture; null unless it is yours to see. */
  to?: Maybe<Wallet>;
  toWalletId?: Maybe<Scalars['ID']['output']>;
  /** The id the capture's ledger entries share. A capture to another wallet is a transfer: its payee (or an operator) refunds it with reverseTransfer(transferId). */
  transferId?: Maybe<Scalars['ID']['output']>;
  /** The held wallet after the capture (and the release of any rest). */
  wallet: Wallet;
};

/** A page of holds, newest first (Relay cursor connection). */
export type HoldConnection = {
  __typename: 'HoldConnection';
  edges: Array<HoldEdge>;
  pageInfo: PageInfo;
};

export type HoldEdge = {
  __typename: 'HoldEdge';
  cursor: Scalars['String']['output'];
  node: Hold;
};

/** A wallet has at most `limit` pending holds. */
export type HoldLimitReached = DomainError & {
  __typename: 'HoldLimitReached';
  code: ErrorCode;
  limit: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  walletId: Scalars['ID']['output'];
};

/** No such hold, or not yours (the two look the same). */
export type HoldNotFound = DomainError & {
  __typename: 'HoldNotFound';
  code: ErrorCode;
  holdId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

/** The hold was captured, voided or has expired. */
export type HoldNotPending = DomainError & {
  __typename: 'HoldNotPending';
  code: ErrorCode;
  holdId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  status: HoldStatus;
};

export type HoldPlaced = {
  __typename: 'HoldPlaced';
  hold: Hold;
  /** The held wallet after the hold: its available balance is lower, its balance the same. */
  wallet: Wallet;
};

/** Where a hold stands. A pending hold whose expiry has come is shown EXPIRED at once, released in the ledger or not. */
export type HoldStatus =
  | 'CAPTURED'
  | 'EXPIRED'
  | 'PENDING'
  | 'VOIDED';

export type HoldVoided = {
  __typename: 'HoldVoided';
  hold: Hold;
  wallet: Wallet;
};

/** The idempotency key was used within its window for another intent: any argument but expectedVersion differed (the operation, a wallet, the amount, the currency, metadata, a hold's expiresInSeconds, a refund's reason). */
export type IdempotencyKeyReused = DomainError & {
  __typename: 'IdempotencyKeyReused';
  code: ErrorCode;
  idempotencyKey: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IncreaseBalanceResult = BalanceIncreased | CurrencyMismatch | IdempotencyKeyReused | InvalidAmount | VersionConflict | WalletNotFound;

/** The AVAILABLE balance (the balance minus pending holds) may reach exactly 0, never below. */
export type InsufficientBalance = DomainError & {
  __typename: 'InsufficientBalance';
  /** The balance minus the pending holds: what was too little. */
  available: Scalars['Decimal']['output'];
  /** The posted balance. */
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
  /** Not a decimal number in plain notation. Not answered today: the Decimal scalar refuses such input as BAD_USER_INPUT first. */
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
  /** Unsigned; `type` gives the direction (BALANCE_DECREASED, TRANSFER_OUT, REVERSAL_OUT and HOLD_CAPTURED take money out; HOLD_PLACED, HOLD_RELEASED and HOLD_EXPIRED move none: the hold's amount). */
  amount: Scalars['Decimal']['output'];
  /** balanceAfter minus the holds still pending in the ledger after this entry. */
  availableAfter: Scalars['Decimal']['output'];
  balanceAfter: Scalars['Decimal']['output'];
  counterpartyWalletId?: Maybe<Scalars['ID']['output']>;
  /** The hold a HOLD_* entry is about. */
  holdId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The key the actor sent; shown to the actor (and operators) only: a payee does not see the payer's key. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** The movement's metadata, sorted by key (empty when none was given). A list of up to 16: in the query cost, its fields count 16 times. */
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

/** A page of ledger entries (Relay cursor connection): newest first in `history`, oldest first in a statement's `entries`. */
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
  /** A hold was captured: the balance drops by `amount`; the available balance does not (it was held). */
  | 'HOLD_CAPTURED'
  /** A hold's expiry came: released with the wallet's next change. Available again. */
  | 'HOLD_EXPIRED'
  /** A hold was placed: the balance is unchanged, the available balance drops by `amount`. */
  | 'HOLD_PLACED'
  /** A hold was voided, or the rest of a partial capture released: available again. */
  | 'HOLD_RELEASED'
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

/** One key of a movement's metadata: key 1-40 characters, value at most 256; at most 16 keys, none twice; no control character (U+0000 to U+001F, U+007F to U+009F), line or paragraph separator (U+2028, U+2029) and no invisible one: no format or other default-ignorable character (bidirectional controls, U+00AD, U+200B, U+2060, U+FEFF, variation selectors and the like; but U+200C and U+200D next to a non-ASCII letter, mark or emoji and no ASCII letter or digit, variation selectors after an emoji or ideograph, keycaps, the three flags written with tags, and the Arabic number signs), noncharacter or private-use character in either. Lengths count UTF-16 code units (an emoji counts two); a key in two Unicode spellings is one key. */
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
  /** Capture all or part of a pending hold -> HoldCaptured; the rest is released at once. expectedVersion: the held wallet. */
  captureHold: CaptureHoldResult;
  /** Create wallet -> WalletCreated: balance 0, version 0, owned by you (or by `ownerId`: scope wallet:admin only). */
  createWallet: CreateWalletResult;
  /** Decrease balance -> BalanceDecreased (version + 1, and + 1 more for each expired hold it releases first). The balance may reach 0, never below. */
  decreaseBalance: DecreaseBalanceResult;
  /** Increase balance -> BalanceIncreased (version + 1, and + 1 more for each expired hold it releases first). */
  increaseBalance: IncreaseBalanceResult;
  /** Reserve money of your wallet until it is captured, voided or expires -> HoldPlaced. The balance stays; the available balance drops. With toWalletId, a payment authorised to that wallet. */
  placeHold: PlaceHoldResult;
  /** Refund (part of) a transfer: money goes back from its payee to its payer. Only the payee's owner or an operator may; expectedVersion guards the payee's wallet. Reversals of one transfer never add up to more than it moved. */
  reverseTransfer: ReverseTransferResult;
  /** Move money from your wallet to any wallet of one currency, atomically. expectedVersion guards the source. */
  transfer: TransferResult;
  /** Release a pending hold -> HoldVoided. expectedVersion: the held wallet. */
  voidHold: VoidHoldResult;
};


export type MutationCaptureHoldArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion: Scalars['Int']['input'];
  holdId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
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


export type MutationPlaceHoldArgs = {
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  expiresInSeconds: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
  toWalletId?: InputMaybe<Scalars['ID']['input']>;
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


export type MutationVoidHoldArgs = {
  expectedVersion: Scalars['Int']['input'];
  holdId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Array<MetadataInput>>;
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PlaceHoldResult = CurrencyMismatch | HoldLimitReached | HoldPlaced | IdempotencyKeyReused | InsufficientBalance | InvalidAmount | SameWallet | VersionConflict | WalletNotFound;

export type Query = {
  __typename: 'Query';
  /** A strongly consistent read; null when there is no such hold, or it is not yours. */
  hold?: Maybe<Hold>;
  /** A strongly consistent read; null when there is no such transfer, or neither of its wallets is yours. */
  transfer?: Maybe<Transfer>;
  /** A strongly consistent read; null when there is no such wallet, or it is not yours. */
  wallet?: Maybe<Wallet>;
  /** Your wallets, newest first. `first`: 1 to 100. `ownerId`: another owner's wallets (scope wallet:admin only). Served by an index: a change may take a moment to show; `wallet(id)` is always current. */
  wallets: WalletConnection;
};


export type QueryHoldArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransferArgs = {
  id: Scalars['ID']['input'];
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
  /** True when these figures can no longer change: `to` had passed by 60 seconds when the statement was read (docs/finance.md). False: closingBalance, moneyIn, moneyOut and the entries are so far, and entries dated before `to` may still come. */
  final: Scalars['Boolean']['output'];
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

export type Subscription = {
  __typename: 'Subscription';
  /** A wallet's changes, oldest first, each exactly once: first those after `afterVersion` (from the store), then each new one as it is committed. Without `afterVersion`: changes from now on. Over WebSocket only (graphql-transport-ws or the legacy graphql-ws subprotocol) at /graphql. */
  walletEvents: WalletUpdate;
};


export type SubscriptionWalletEventsArgs = {
  afterVersion?: InputMaybe<Scalars['Int']['input']>;
  walletId: Scalars['ID']['input'];
};

/** A payment from one wallet to another (a transfer, or a hold captured to another wallet) and what refunds gave back of it. The owner of either wallet sees it. */
export type Transfer = {
  __typename: 'Transfer';
  /** What it moved. */
  amount: Scalars['Decimal']['output'];
  currency: Currency;
  /** The payer's wallet. */
  fromWalletId: Scalars['ID']['output'];
  /** The transferId of its ledger entries. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** What is left to reverse: amount - reversed. */
  remaining: Scalars['Decimal']['output'];
  /** What reverseTransfer gave back of it so far. */
  reversed: Scalars['Decimal']['output'];
  /** The payee's wallet. */
  toWalletId: Scalars['ID']['output'];
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

export type VoidHoldResult = HoldNotFound | HoldNotPending | HoldVoided | IdempotencyKeyReused | VersionConflict;

/** A single-currency wallet. Every change names the `version` it was based on. */
export type Wallet = {
  __typename: 'Wallet';
  /** The balance minus the pending holds, now: what a decrease, a transfer or a hold may take. */
  availableBalance: Scalars['Decimal']['output'];
  /** The posted balance. Exact, with the currency's minor digits. Holds do not change it. */
  balance: Scalars['Decimal']['output'];
  /** The balance and version as of a moment (after every entry strictly before `at`) or of a version: give exactly one. One bounded read. Moments within the last second may not see the newest change yet (the time index is eventually consistent). */
  balanceAt?: Maybe<BalanceAt>;
  createdAt: Scalars['DateTime']['output'];
  currency: Currency;
  /** The sum of the pending holds, now (a hold past its expiry holds nothing). */
  heldBalance: Scalars['Decimal']['output'];
  /** The ledger, newest first. `first`: 1 to 100. `filter`: see HistoryFilter (continue a page with after: endCursor). */
  history: LedgerEntryConnection;
  /** Its holds, newest first. `first`: 1 to 100; `status`: as shown now. */
  holds: HoldConnection;
  id: Scalars['ID']['output'];
  /** The caller (token subject) the wallet belongs to; only they (and operators) see it. */
  ownerId: Scalars['ID']['output'];
  /** Opening and closing balance of [from, to), money in and out, and its entries (oldest first). At most 366 days. */
  statement?: Maybe<Statement>;
  updatedAt: Scalars['DateTime']['output'];
  /** Starts at 0 and grows with every change, by the number of ledger entries the change wrote (one per version): pass it as `expectedVersion`. */
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
export type WalletHoldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<HoldStatus>;
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

/** One committed change of a wallet: its ledger entry and the wallet right after it. */
export type WalletUpdate = {
  __typename: 'WalletUpdate';
  /** The available balance (balance minus pending holds) after this change. */
  availableBalance: Scalars['Decimal']['output'];
  /** The balance after this change. */
  balance: Scalars['Decimal']['output'];
  currency: Currency;
  entry: LedgerEntry;
  /** The wallet version after this change (= entry.version): resume with afterVersion set to it. */
  version: Scalars['Int']['output'];
  walletId: Scalars['ID']['output'];
};

export type CreateWalletMutationVariables = Exact<{
  currency: Currency;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateWalletMutation = { __typename: 'Mutation', result:
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'WalletCreated', wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
   };

export type DecreaseBalanceMutationVariables = Exact<{
  walletId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecreaseBalanceMutation = { __typename: 'Mutation', result:
    | { __typename: 'BalanceDecreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

export type HoldFieldsFragment = { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null };

type PlaceHoldOutcome_CurrencyMismatch_Fragment = { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

type PlaceHoldOutcome_HoldLimitReached_Fragment = { __typename: 'HoldLimitReached', code: ErrorCode, message: string, walletId: string, limit: number };

type PlaceHoldOutcome_HoldPlaced_Fragment = { __typename: 'HoldPlaced', hold: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null }, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type PlaceHoldOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type PlaceHoldOutcome_InsufficientBalance_Fragment = { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type PlaceHoldOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type PlaceHoldOutcome_SameWallet_Fragment = { __typename: 'SameWallet', code: ErrorCode, message: string, walletId: string };

type PlaceHoldOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type PlaceHoldOutcome_WalletNotFound_Fragment = { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string };

export type PlaceHoldOutcomeFragment =
  | PlaceHoldOutcome_CurrencyMismatch_Fragment
  | PlaceHoldOutcome_HoldLimitReached_Fragment
  | PlaceHoldOutcome_HoldPlaced_Fragment
  | PlaceHoldOutcome_IdempotencyKeyReused_Fragment
  | PlaceHoldOutcome_InsufficientBalance_Fragment
  | PlaceHoldOutcome_InvalidAmount_Fragment
  | PlaceHoldOutcome_SameWallet_Fragment
  | PlaceHoldOutcome_VersionConflict_Fragment
  | PlaceHoldOutcome_WalletNotFound_Fragment
;

type CaptureHoldOutcome_CaptureExceedsHold_Fragment = { __typename: 'CaptureExceedsHold', code: ErrorCode, message: string, holdId: string, held: string, requested: string };

type CaptureHoldOutcome_HoldCaptured_Fragment = { __typename: 'HoldCaptured', amount: string, transferId?: string | null, toWalletId?: string | null, hold: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null }, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string }, to?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } | null };

type CaptureHoldOutcome_HoldNotFound_Fragment = { __typename: 'HoldNotFound', code: ErrorCode, message: string, holdId: string };

type CaptureHoldOutcome_HoldNotPending_Fragment = { __typename: 'HoldNotPending', code: ErrorCode, message: string, holdId: string, status: HoldStatus };

type CaptureHoldOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type CaptureHoldOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type CaptureHoldOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

export type CaptureHoldOutcomeFragment =
  | CaptureHoldOutcome_CaptureExceedsHold_Fragment
  | CaptureHoldOutcome_HoldCaptured_Fragment
  | CaptureHoldOutcome_HoldNotFound_Fragment
  | CaptureHoldOutcome_HoldNotPending_Fragment
  | CaptureHoldOutcome_IdempotencyKeyReused_Fragment
  | CaptureHoldOutcome_InvalidAmount_Fragment
  | CaptureHoldOutcome_VersionConflict_Fragment
;

type VoidHoldOutcome_HoldNotFound_Fragment = { __typename: 'HoldNotFound', code: ErrorCode, message: string, holdId: string };

type VoidHoldOutcome_HoldNotPending_Fragment = { __typename: 'HoldNotPending', code: ErrorCode, message: string, holdId: string, status: HoldStatus };

type VoidHoldOutcome_HoldVoided_Fragment = { __typename: 'HoldVoided', hold: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null }, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type VoidHoldOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type VoidHoldOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

export type VoidHoldOutcomeFragment =
  | VoidHoldOutcome_HoldNotFound_Fragment
  | VoidHoldOutcome_HoldNotPending_Fragment
  | VoidHoldOutcome_HoldVoided_Fragment
  | VoidHoldOutcome_IdempotencyKeyReused_Fragment
  | VoidHoldOutcome_VersionConflict_Fragment
;

export type PlaceHoldMutationVariables = Exact<{
  walletId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  expiresInSeconds: Scalars['Int']['input'];
  toWalletId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlaceHoldMutation = { __typename: 'Mutation', result:
    | { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency }
    | { __typename: 'HoldLimitReached', code: ErrorCode, message: string, walletId: string, limit: number }
    | { __typename: 'HoldPlaced', hold: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null }, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'SameWallet', code: ErrorCode, message: string, walletId: string }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

export type CaptureHoldMutationVariables = Exact<{
  holdId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaptureHoldMutation = { __typename: 'Mutation', result:
    | { __typename: 'CaptureExceedsHold', code: ErrorCode, message: string, holdId: string, held: string, requested: string }
    | { __typename: 'HoldCaptured', amount: string, transferId?: string | null, toWalletId?: string | null, hold: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null }, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string }, to?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } | null }
    | { __typename: 'HoldNotFound', code: ErrorCode, message: string, holdId: string }
    | { __typename: 'HoldNotPending', code: ErrorCode, message: string, holdId: string, status: HoldStatus }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
   };

export type VoidHoldMutationVariables = Exact<{
  holdId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type VoidHoldMutation = { __typename: 'Mutation', result:
    | { __typename: 'HoldNotFound', code: ErrorCode, message: string, holdId: string }
    | { __typename: 'HoldNotPending', code: ErrorCode, message: string, holdId: string, status: HoldStatus }
    | { __typename: 'HoldVoided', hold: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null }, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
   };

export type HoldQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HoldQuery = { __typename: 'Query', hold?: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null } | null };

export type WalletHoldsQueryVariables = Exact<{
  walletId: Scalars['ID']['input'];
  status?: InputMaybe<HoldStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WalletHoldsQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string, holds: { __typename: 'HoldConnection', edges: Array<{ __typename: 'HoldEdge', cursor: string, node: { __typename: 'Hold', id: string, walletId: string, currency: Currency, amount: string, capturedAmount: string, status: HoldStatus, expiresAt: string, createdAt: string, resolvedAt?: string | null, actor: string, toWalletId?: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type IncreaseBalanceMutationVariables = Exact<{
  walletId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  currency: Currency;
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncreaseBalanceMutation = { __typename: 'Mutation', result:
    | { __typename: 'BalanceIncreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency }
    | { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

type CreateWalletOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type CreateWalletOutcome_WalletCreated_Fragment = { __typename: 'WalletCreated', wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

export type CreateWalletOutcomeFragment =
  | CreateWalletOutcome_IdempotencyKeyReused_Fragment
  | CreateWalletOutcome_WalletCreated_Fragment
;

type IncreaseBalanceOutcome_BalanceIncreased_Fragment = { __typename: 'BalanceIncreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type IncreaseBalanceOutcome_CurrencyMismatch_Fragment = { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

type IncreaseBalanceOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type IncreaseBalanceOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type IncreaseBalanceOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type IncreaseBalanceOutcome_WalletNotFound_Fragment = { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string };

export type IncreaseBalanceOutcomeFragment =
  | IncreaseBalanceOutcome_BalanceIncreased_Fragment
  | IncreaseBalanceOutcome_CurrencyMismatch_Fragment
  | IncreaseBalanceOutcome_IdempotencyKeyReused_Fragment
  | IncreaseBalanceOutcome_InvalidAmount_Fragment
  | IncreaseBalanceOutcome_VersionConflict_Fragment
  | IncreaseBalanceOutcome_WalletNotFound_Fragment
;

type DecreaseBalanceOutcome_BalanceDecreased_Fragment = { __typename: 'BalanceDecreased', amount: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type DecreaseBalanceOutcome_CurrencyMismatch_Fragment = { __typename: 'CurrencyMismatch', code: ErrorCode, message: string, walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

type DecreaseBalanceOutcome_IdempotencyKeyReused_Fragment = { __typename: 'IdempotencyKeyReused', code: ErrorCode, message: string, idempotencyKey: string };

type DecreaseBalanceOutcome_InsufficientBalance_Fragment = { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type DecreaseBalanceOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type DecreaseBalanceOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

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

type TransferOutcome_InsufficientBalance_Fragment = { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

type TransferOutcome_InvalidAmount_Fragment = { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason };

type TransferOutcome_MoneyTransferred_Fragment = { __typename: 'MoneyTransferred', transferId: string, amount: string, toWalletId: string, from: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string }, to?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } | null };

type TransferOutcome_SameWallet_Fragment = { __typename: 'SameWallet', code: ErrorCode, message: string, walletId: string };

type TransferOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

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
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string }
    | { __typename: 'ReversalExceedsTransfer', code: ErrorCode, message: string, remaining: string }
    | { __typename: 'TransferNotFound', code: ErrorCode, message: string }
    | { __typename: 'TransferReversed', reversalId: string, reversalOf: string, amount: string, remaining: string, toWalletId: string, from: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
   };

export type StatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StatementQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', id: string, currency: Currency, statement?: { __typename: 'Statement', openingBalance: string, moneyIn: string, moneyOut: string, closingBalance: string, final: boolean, entries: { __typename: 'LedgerEntryConnection', edges: Array<{ __typename: 'LedgerEntryEdge', node: { __typename: 'LedgerEntry', occurredAt: string, version: number, type: LedgerEntryType, amount: string, balanceAfter: string, availableAfter: string, transferId?: string | null, holdId?: string | null, reversalOf?: string | null, metadata: Array<{ __typename: 'MetadataEntry', key: string, value: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null } | null };

export type BalanceAtQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['DateTime']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BalanceAtQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', balanceAt?:
      | { __typename: 'BalanceAsOf', balance: string, available: string, version: number, changedAt: string, final: boolean }
      | { __typename: 'WalletDidNotExistYet', createdAt: string }
     | null } | null };

export type TransferByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TransferByIdQuery = { __typename: 'Query', transfer?: { __typename: 'Transfer', id: string, fromWalletId: string, toWalletId: string, currency: Currency, amount: string, reversed: string, remaining: string, occurredAt: string } | null };

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
    | { __typename: 'InsufficientBalance', code: ErrorCode, message: string, walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'InvalidAmount', code: ErrorCode, message: string, rejectedAmount: string, reason: InvalidAmountReason }
    | { __typename: 'MoneyTransferred', transferId: string, amount: string, toWalletId: string, from: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string }, to?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } | null }
    | { __typename: 'SameWallet', code: ErrorCode, message: string, walletId: string }
    | { __typename: 'VersionConflict', code: ErrorCode, message: string, walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'WalletNotFound', code: ErrorCode, message: string, walletId: string }
   };

export type WalletEventsSubscriptionVariables = Exact<{
  walletId: Scalars['ID']['input'];
  afterVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WalletEventsSubscription = { __typename: 'Subscription', walletEvents: { __typename: 'WalletUpdate', walletId: string, version: number, balance: string, availableBalance: string, currency: Currency, entry: { __typename: 'LedgerEntry', id: string, type: LedgerEntryType, version: number, amount: string, balanceAfter: string, availableAfter: string, occurredAt: string, actor: string, transferId?: string | null, counterpartyWalletId?: string | null, holdId?: string | null } } };

export type WalletFieldsFragment = { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string };

export type VersionConflictFieldsFragment = { __typename: 'VersionConflict', walletId: string, expectedVersion: number, actualVersion: number, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

export type InsufficientBalanceFieldsFragment = { __typename: 'InsufficientBalance', walletId: string, balance: string, available: string, requested: string, wallet: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } };

export type CurrencyMismatchFieldsFragment = { __typename: 'CurrencyMismatch', walletId: string, walletCurrency?: Currency | null, givenCurrency: Currency };

export type InvalidAmountFieldsFragment = { __typename: 'InvalidAmount', rejectedAmount: string, reason: InvalidAmountReason };

export type WalletQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WalletQuery = { __typename: 'Query', wallet?: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string, history: { __typename: 'LedgerEntryConnection', edges: Array<{ __typename: 'LedgerEntryEdge', cursor: string, node: { __typename: 'LedgerEntry', id: string, walletId: string, type: LedgerEntryType, version: number, amount: string, balanceAfter: string, availableAfter: string, occurredAt: string, actor: string, transferId?: string | null, counterpartyWalletId?: string | null, holdId?: string | null, idempotencyKey?: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type WalletsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WalletsQuery = { __typename: 'Query', wallets: { __typename: 'WalletConnection', edges: Array<{ __typename: 'WalletEdge', cursor: string, node: { __typename: 'Wallet', id: string, ownerId: string, currency: Currency, balance: string, availableBalance: string, heldBalance: string, version: number, createdAt: string, updatedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export const HoldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}}]} as unknown as DocumentNode<HoldFieldsFragment, unknown>;
export const WalletFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletFieldsFragment, unknown>;
export const VersionConflictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<VersionConflictFieldsFragment, unknown>;
export const CurrencyMismatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}}]} as unknown as DocumentNode<CurrencyMismatchFieldsFragment, unknown>;
export const InsufficientBalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InsufficientBalanceFieldsFragment, unknown>;
export const InvalidAmountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<InvalidAmountFieldsFragment, unknown>;
export const PlaceHoldOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceHoldOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceHoldResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SameWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PlaceHoldOutcomeFragment, unknown>;
export const CaptureHoldOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaptureHoldOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptureHoldResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldCaptured"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotPending"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptureExceedsHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<CaptureHoldOutcomeFragment, unknown>;
export const VoidHoldOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoidHoldOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoidHoldResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldVoided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotPending"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}}]} as unknown as DocumentNode<VoidHoldOutcomeFragment, unknown>;
export const CreateWalletOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreateWalletOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWalletResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWalletOutcomeFragment, unknown>;
export const IncreaseBalanceOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceIncreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<IncreaseBalanceOutcomeFragment, unknown>;
export const DecreaseBalanceOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDecreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<DecreaseBalanceOutcomeFragment, unknown>;
export const TransferOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTransferred"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SameWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<TransferOutcomeFragment, unknown>;
export const CreateWalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"createWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreateWalletOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreateWalletOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWalletResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletCreated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<CreateWalletMutation, CreateWalletMutationVariables>;
export const DecreaseBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecreaseBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"decreaseBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"walletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecreaseBalanceOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceDecreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<DecreaseBalanceMutation, DecreaseBalanceMutationVariables>;
export const PlaceHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInSeconds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWalletId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"placeHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"walletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"toWalletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWalletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceHoldOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceHoldOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceHoldResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldPlaced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SameWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldLimitReached"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<PlaceHoldMutation, PlaceHoldMutationVariables>;
export const CaptureHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaptureHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"captureHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaptureHoldOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaptureHoldOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptureHoldResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldCaptured"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotPending"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaptureExceedsHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<CaptureHoldMutation, CaptureHoldMutationVariables>;
export const VoidHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"voidHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoidHoldOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoidHoldOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoidHoldResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldVoided"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoldNotPending"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<VoidHoldMutation, VoidHoldMutationVariables>;
export const HoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}}]} as unknown as DocumentNode<HoldQuery, HoldQueryVariables>;
export const WalletHoldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletHolds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoldFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}}]}}]} as unknown as DocumentNode<WalletHoldsQuery, WalletHoldsQueryVariables>;
export const IncreaseBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncreaseBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"increaseBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"walletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncreaseBalanceOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncreaseBalanceOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncreaseBalanceResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceIncreased"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<IncreaseBalanceMutation, IncreaseBalanceMutationVariables>;
export const ReverseTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transferId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetadataInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"reverseTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"transferId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transferId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"metadata"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferReversed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversalId"}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReversalExceedsTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}}]} as unknown as DocumentNode<ReverseTransferMutation, ReverseTransferMutationVariables>;
export const StatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"40"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"moneyIn"}},{"kind":"Field","name":{"kind":"Name","value":"moneyOut"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"availableAfter"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementQuery, StatementQueryVariables>;
export const BalanceAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceAsOf"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"final"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletDidNotExistYet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BalanceAtQuery, BalanceAtQueryVariables>;
export const TransferByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<TransferByIdQuery, TransferByIdQueryVariables>;
export const TransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Transfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromWalletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWalletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"transfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromWalletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromWalletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toWalletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWalletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"actualVersion"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"walletCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"givenCurrency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsufficientBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidAmountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyTransferred"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"toWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionConflictFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WalletNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsufficientBalanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidAmountFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SameWallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyKeyReused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<TransferMutation, TransferMutationVariables>;
export const WalletEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WalletEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"walletId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"walletId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"availableAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"holdId"}}]}}]}}]}}]} as unknown as DocumentNode<WalletEventsSubscription, WalletEventsSubscriptionVariables>;
export const WalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"walletId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"availableAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyWalletId"}},{"kind":"Field","name":{"kind":"Name","value":"holdId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletQuery, WalletQueryVariables>;
export const WalletsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wallets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wallet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"availableBalance"}},{"kind":"Field","name":{"kind":"Name","value":"heldBalance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WalletsQuery, WalletsQueryVariables>;