import { isNotPermitted } from '../../src/application/create-wallet.use-case';
import { WalletUseCases } from '../../src/application/wallet-use-cases';
import { Caller } from '../../src/domain/caller';
import { Currency } from '../../src/domain/currency';
import { Outcome, WalletEvent } from '../../src/domain/wallet-events';

/** Two users and an operator (who opens wallets for alice and may touch any wallet). */
export type CallerName = 'alice' | 'bob' | 'operator';
export const CALLERS: Record<CallerName, Caller> = {
  alice: { id: 'alice', admin: false },
  bob: { id: 'bob', admin: false },
  operator: { id: 'operator', admin: true },
};

export type Command = { caller: CallerName } & (
  | { kind: 'create'; currency: Currency; key?: string }
  | { kind: 'increase' | 'decrease'; wallet: number; amount: string; currency: Currency; versionSkew: number; key?: string }
  | { kind: 'transfer'; wallet: number; to: number; amount: string; currency: Currency; versionSkew: number; key?: string }
);

/** Minor units of each amount the generator uses, written out by hand (not by the code under test). */
const MINOR: Record<string, Partial<Record<Currency, bigint>>> = {
  '0.01': { GBP: 1n },
  '1.5': { GBP: 150n },
  '2': { GBP: 200n, JPY: 2n },
  '10': { GBP: 1000n, JPY: 10n },
};

interface ModelWallet {
  owner: string;
  currency: Currency;
  balance: bigint;
  version: number;
}

/**
 * The whole specification in a few lines: validation order, the optimistic lock, the two policies,
 * transfers, and idempotency keys (a key answers with its first success, or IdempotencyKeyReused).
 */
export class ReferenceModel {
  private readonly wallets: ModelWallet[] = [];
  private readonly byId = new Map<string, ModelWallet>();
  private readonly keys = new Map<string, { fingerprint: string; kind: string }>();

  constructor(private readonly keyPrefix: string) {}

  apply(command: Command, _ids: readonly string[]): { kind: string; createdIndex?: number } {
    // Keys are scoped per caller: the same key from two callers is two keys.
    const key = command.key && `${command.caller}/${this.keyPrefix}-${command.key}`;
    if (command.kind === 'create') {
      const fingerprint = `create|${command.currency}`;
      const stored = key ? this.keys.get(key) : undefined;
      if (stored) return { kind: stored.fingerprint === fingerprint ? stored.kind : 'IDEMPOTENCY_KEY_REUSED' };
      this.wallets.push({ owner: ownerOf(command.caller), currency: command.currency, balance: 0n, version: 0 });
      if (key) this.keys.set(key, { fingerprint, kind: 'WALLET_CREATED' });
      return { kind: 'WALLET_CREATED', createdIndex: this.wallets.length - 1 };
    }
    const minor = MINOR[command.amount]?.[command.currency];
    if (minor === undefined) return { kind: 'INVALID_AMOUNT' };
    if (command.kind === 'transfer' && command.wallet === command.to) return { kind: 'SAME_WALLET' };
    const target = command.kind === 'transfer' ? `${command.wallet}>${command.to}` : `${command.wallet}`;
    const fingerprint = `${command.kind}|${target}|${command.currency}|${minor}`;
    const stored = key ? this.keys.get(key) : undefined;
    if (stored) return { kind: stored.fingerprint === fingerprint ? stored.kind : 'IDEMPOTENCY_KEY_REUSED' };
    const kind = this.change(command, minor);
    if (key && !isError(kind)) this.keys.set(key, { fingerprint, kind });
    return { kind };
  }

  private change(command: Exclude<Command, { kind: 'create' }>, minor: bigint): string {
    const source = this.wallets[command.wallet];
    const destination = command.kind === 'transfer' ? this.wallets[command.to] : undefined;
    // A wallet of someone else is as absent as an unknown one (operators may touch any); a destination may be anyone's.
    if (!source || !(CALLERS[command.caller].admin || source.owner === command.caller)) return 'WALLET_NOT_FOUND';
    if (command.kind === 'transfer' && !destination) return 'WALLET_NOT_FOUND';
    if (this.expectedVersion(command) !== source.version) return 'VERSION_CONFLICT';
    if (source.currency !== command.currency || (destination && destination.currency !== command.currency)) return 'CURRENCY_MISMATCH';
    if (command.kind !== 'increase' && source.balance < minor) return 'INSUFFICIENT_BALANCE';
    const bump = (wallet: ModelWallet, delta: bigint) =>
      Object.assign(wallet, { balance: wallet.balance + delta, version: wallet.version + 1 });
    if (command.kind === 'increase') bump(source, minor);
    else bump(source, -minor);
    if (destination) bump(destination, minor);
    return { increase: 'BALANCE_INCREASED', decrease: 'BALANCE_DECREASED', transfer: 'MONEY_TRANSFERRED' }[command.kind];
  }

  /** The version a client would send: current, one behind (stale) or one ahead. */
  private expectedVersion(command: Exclude<Command, { kind: 'create' }>): number {
    const version = this.wallets[command.wallet]?.version ?? 0;
    return version + command.versionSkew < 0 ? version + 1 : version + command.versionSkew;
  }

  bind(index: number, id: string): void {
    this.byId.set(id, this.wallets[index]);
  }

  state(id: string): { balance: bigint; version: number } | undefined {
    const wallet = this.byId.get(id);
    return wallet && { balance: wallet.balance, version: wallet.version };
  }

  /** The same command sent to the real service (call before `apply`, whose state it reads). */
  async run(service: WalletUseCases, command: Command, ids: readonly string[]): Promise<Outcome<WalletEvent>> {
    const key = command.key && `${this.keyPrefix}-${command.key}`;
    const caller = CALLERS[command.caller];
    if (command.kind === 'create') {
      const created = await service.createWallet(caller, {
        currency: command.currency,
        ownerId: ownerOf(command.caller),
        idempotencyKey: key,
      });
      if (isNotPermitted(created)) throw new Error('the model only opens wallets a caller may open');
      return created;
    }
    const id = (index: number) => ids[index] ?? `${this.keyPrefix}-missing-${index}`;
    const base = {
      amount: command.amount,
      currency: command.currency,
      expectedVersion: this.expectedVersion(command),
      idempotencyKey: key,
    };
    if (command.kind === 'transfer')
      return service.transfer(caller, { ...base, fromWalletId: id(command.wallet), toWalletId: id(command.to) });
    const change = { ...base, walletId: id(command.wallet) };
    return command.kind === 'increase' ? service.increaseBalance(caller, change) : service.decreaseBalance(caller, change);
  }
}

/** Users open their own wallets; the operator opens wallets for alice. */
function ownerOf(caller: CallerName): string {
  return caller === 'operator' ? 'alice' : caller;
}

function isError(kind: string): boolean {
  return !['WALLET_CREATED', 'BALANCE_INCREASED', 'BALANCE_DECREASED', 'MONEY_TRANSFERRED'].includes(kind);
}
