import { randomUUID } from 'node:crypto';
import { Caller, mayAccess } from '../domain/caller';
import { Currency } from '../domain/currency';
import { IdempotentRequest, idempotentRequest } from '../domain/idempotency';
import { LedgerEntry } from '../domain/ledger-entry';
import { Money, parseAmount } from '../domain/money';
import { ChangeResult, decreaseBalance, EntryContext, increaseBalance, openWallet, Wallet } from '../domain/wallet';
import {
  CurrencyMismatch, currencyNotAccepted, DomainError, IdempotencyKeyReused, InsufficientBalance, invalidAmount, sameWallet, walletNotFound,
} from '../domain/wallet-errors';
import {
  BalanceDecreased, BalanceIncreased, isDomainError, MoneyTransferred, Outcome, WalletCreated, WalletEvent,
} from '../domain/wallet-events';
import { HistoryPage, WalletRepository, WalletsPage } from '../domain/wallet-repository.port';
import { ChangeWriter, sleep, WriterOptions } from './change-writer';
import { KnownWallets } from './known-wallets';
import { WalletStates } from './wallet-states';

export interface CreateWalletCommand {
  readonly currency: Currency;
  /** Whose wallet it is: the caller's own unless an operator opens it for someone else. */
  readonly ownerId?: string;
  readonly idempotencyKey?: string;
}

export interface BalanceCommand {
  readonly walletId: string;
  readonly amount: string;
  readonly currency: Currency;
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
}

export interface TransferCommand {
  readonly fromWalletId: string;
  readonly toWalletId: string;
  readonly amount: string;
  readonly currency: Currency;
  readonly expectedVersion: number;
  readonly idempotencyKey?: string;
}

export interface WalletServiceOptions extends WriterOptions {
  readonly newId: () => string;
  /** How many wallet states to keep in memory (see KnownWallets). */
  readonly knownWallets: number;
}

const DEFAULTS: WalletServiceOptions = {
  now: () => new Date(),
  newId: randomUUID,
  contendedAttempts: 6,
  backoffMs: 5,
  knownWallets: 10_000,
};

/**
 * The caller named an owner other than themselves without the operator scope. Not a domain error a
 * client recovers from: the GraphQL layer answers it as a top-level FORBIDDEN error.
 */
export const NOT_PERMITTED = { code: 'NOT_PERMITTED' } as const;
export type NotPermitted = typeof NOT_PERMITTED;
export const isNotPermitted = (value: object): value is NotPermitted => value === NOT_PERMITTED;

/**
 * Times a transfer is re-planned because others credited its destination meanwhile, before it gives
 * up with a VersionConflict. Each re-plan uses DynamoDB's own answer and costs one request.
 */
const DESTINATION_REFRESHES = 30;

/**
 * The wallet use cases. Each one: validate the input, find the state the client based its change
 * on, let the domain decide, and store the change under the optimistic lock. A lost race comes back
 * from DynamoDB with the wallet as it is now, and becomes a typed result rather than an exception.
 */
export class WalletService {
  private readonly options: WalletServiceOptions;
  private readonly states: WalletStates;
  private readonly writer: ChangeWriter;

  constructor(
    private readonly repository: WalletRepository,
    options: Partial<WalletServiceOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    const known = new KnownWallets(this.options.knownWallets);
    this.states = new WalletStates(repository, known);
    this.writer = new ChangeWriter(repository, known, this.options);
  }

  /** Undefined both for an unknown id and for a wallet of someone else. */
  getWallet(caller: Caller, walletId: string): Promise<Wallet | undefined> {
    return this.states.visible(caller, walletId);
  }

  /** The ledger of a wallet the caller was shown (the GraphQL field hangs off such a wallet). */
  history(caller: Caller, wallet: Pick<Wallet, 'id' | 'ownerId'>, page: HistoryPage): Promise<LedgerEntry[]> {
    return mayAccess(caller, wallet) ? this.repository.history(wallet.id, page) : Promise.resolve([]);
  }

  /** The caller's wallets (an operator may name any owner), newest first. */
  walletsOf(caller: Caller, ownerId: string, page: WalletsPage): Promise<Wallet[] | NotPermitted> {
    if (!mayAccess(caller, { ownerId })) return Promise.resolve(NOT_PERMITTED);
    return this.repository.walletsOf(ownerId, page);
  }

  async createWallet(
    caller: Caller,
    { currency, ownerId = caller.id, idempotencyKey }: CreateWalletCommand,
  ): Promise<Outcome<WalletCreated, IdempotencyKeyReused> | NotPermitted> {
    if (!mayAccess(caller, { ownerId })) return NOT_PERMITTED;
    const request = idempotentRequest(caller.id, idempotencyKey, 'createWallet', ownerId, currency);
    const change = openWallet(this.options.newId(), ownerId, currency, this.context(caller, idempotencyKey));
    const written = await this.writer.write({ changes: [change], event: { type: 'WALLET_CREATED', wallet: change.after } }, request);
    if (written.status === 'done') return written.outcome;
    throw new Error(`Creating wallet ${change.after.id} was ${written.status}: a fresh id cannot be taken`);
  }

  increaseBalance(caller: Caller, command: BalanceCommand): Promise<Outcome<BalanceIncreased>> {
    return this.changeBalance(caller, command, 'increaseBalance', increaseBalance, (wallet, amount) => ({ type: 'BALANCE_INCREASED', wallet, amount }));
  }

  decreaseBalance(caller: Caller, command: BalanceCommand): Promise<Outcome<BalanceDecreased>> {
    return this.changeBalance(caller, command, 'decreaseBalance', decreaseBalance, (wallet, amount) => ({ type: 'BALANCE_DECREASED', wallet, amount }));
  }

  /**
   * Moves money between two wallets of one currency in one transaction. `expectedVersion` guards
   * the source; the destination is credited at whatever version it is, so a destination that changed
   * under the transfer is taken from DynamoDB's answer (no extra request) and the transfer re-planned.
   * The caller must own the source; the destination may be anyone's, and a refusal says nothing of
   * a destination the caller may not see.
   */
  async transfer(caller: Caller, command: TransferCommand): Promise<Outcome<MoneyTransferred>> {
    const { fromWalletId, toWalletId, currency, expectedVersion, idempotencyKey } = command;
    const amount = parseAmount(command.amount, currency);
    if (!amount.ok) return invalidAmount(command.amount, amount.problem);
    if (fromWalletId === toWalletId) return sameWallet(fromWalletId);
    const request = idempotentRequest(caller.id, idempotencyKey, 'transfer', fromWalletId, toWalletId, currency, amount.money.minor);
    const fail = this.failure<MoneyTransferred>(request);
    const transferId = this.options.newId();
    for (let refresh = 1; ; refresh++) {
      const source = await this.states.at(caller, fromWalletId, expectedVersion);
      if (isDomainError(source) && source.code === 'WALLET_NOT_FOUND') return fail(source);
      const destination = await this.states.latest(toWalletId);
      if (!destination) return fail(walletNotFound(toWalletId));
      if (isDomainError(source)) return fail(source);
      const debit = decreaseBalance(source.wallet, amount.money, this.context(caller, idempotencyKey, transferId, toWalletId), 'TRANSFER_OUT');
      const credit = increaseBalance(destination, amount.money, this.context(caller, idempotencyKey, transferId, fromWalletId), 'TRANSFER_IN');
      if (!debit.ok || !credit.ok) {
        const refusal = transferRefusal(debit, mayAccess(caller, destination) ? credit : redacted(credit));
        return fail(await this.states.confirmed(source, expectedVersion, refusal));
      }
      const event: MoneyTransferred = {
        type: 'MONEY_TRANSFERRED', transferId, from: debit.change.after, to: credit.change.after, amount: amount.money,
      };
      const written = await this.writer.write({ changes: [debit.change, credit.change], event }, request);
      if (written.status === 'done') return written.outcome;
      const staleDestination = written.status === 'rejected' ? written.stale.find((s) => s.walletId === toWalletId) : undefined;
      const onlyDestinationMoved = written.status === 'rejected' && written.stale.length === 1 && staleDestination?.current;
      if (!onlyDestinationMoved || refresh >= DESTINATION_REFRESHES) {
        if (staleDestination && !staleDestination.current) return fail(walletNotFound(toWalletId));
        return fail(await this.states.conflictOf(fromWalletId, expectedVersion, written));
      }
      // Others credited the destination meanwhile: spread the re-planned tries out a little.
      await sleep(Math.random() * this.options.backoffMs * Math.min(refresh, 8));
    }
  }

  /** The shared path of increase and decrease: one wallet, one domain rule, guarded by the client's expectedVersion. */
  private async changeBalance<E extends BalanceIncreased | BalanceDecreased>(
    caller: Caller,
    command: BalanceCommand,
    operation: 'increaseBalance' | 'decreaseBalance',
    rule: (wallet: Wallet, amount: Money, context: EntryContext) => ChangeResult<DomainError>,
    eventOf: (wallet: Wallet, amount: Money) => E,
  ): Promise<Outcome<E>> {
    const amount = parseAmount(command.amount, command.currency);
    if (!amount.ok) return invalidAmount(command.amount, amount.problem);
    const request = idempotentRequest(caller.id, command.idempotencyKey, operation, command.walletId, command.currency, amount.money.minor);
    const fail = this.failure<E>(request);
    const based = await this.states.at(caller, command.walletId, command.expectedVersion);
    if (isDomainError(based)) return fail(based);
    const result = rule(based.wallet, amount.money, this.context(caller, command.idempotencyKey));
    if (!result.ok) return fail(await this.states.confirmed(based, command.expectedVersion, result.error));
    const plan = { changes: [result.change], event: eventOf(result.change.after, amount.money) };
    const written = await this.writer.write(plan, request);
    if (written.status === 'done') return written.outcome;
    return fail(await this.states.conflictOf(command.walletId, command.expectedVersion, written));
  }

  /** A failed request may be the retry of one that succeeded: with a key, its stored result answers. */
  private failure<E extends WalletEvent>(request: IdempotentRequest | undefined) {
    return (error: DomainError) => this.writer.unlessReplayed<E, DomainError>(request, error);
  }

  private context(caller: Caller, idempotencyKey?: string, transferId?: string, counterpartyWalletId?: string): EntryContext {
    return {
      entryId: this.options.newId(),
      actor: caller.id,
      now: this.options.now().toISOString(),
      idempotencyKey,
      transferId,
      counterpartyWalletId,
    };
  }
}

/** A refusal about a wallet the caller may not see keeps only what the caller sent. */
function redacted(credit: ChangeResult<CurrencyMismatch>): ChangeResult<CurrencyMismatch> {
  return credit.ok ? credit : { ok: false, error: currencyNotAccepted(credit.error.walletId, credit.error.givenCurrency) };
}

/** A transfer's refusals in the answer order: the source's currency, the destination's, then the source's balance. */
function transferRefusal(debit: ChangeResult<CurrencyMismatch | InsufficientBalance>, credit: ChangeResult<CurrencyMismatch>): DomainError {
  if (!debit.ok && debit.error.code === 'CURRENCY_MISMATCH') return debit.error;
  if (!credit.ok) return credit.error;
  if (!debit.ok) return debit.error;
  throw new Error('transferRefusal called without a refusal');
}
