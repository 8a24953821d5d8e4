import { Currency } from '../../src/domain/currency';
import { LedgerEntry } from '../../src/domain/ledger-entry';
import { Wallet } from '../../src/domain/wallet';
import { EntryRange, WalletRepository } from '../../src/domain/wallet-repository.port';

/** What a scripted ledger's store does besides holding the entries. */
export interface ScriptedReads {
  /** Each read returns at most this many entries, as DynamoDB cuts a query at 1 MB: readers must go on. */
  readonly readsCutAt?: number;
}

/**
 * Alice's GBP wallet `w` and its ledger, in memory, for the unit tests of what walks entries through a
 * WalletRepository (the entry walk, statements, filtered history, the subscription's replay). Version 0 opens
 * it; each later version increases or decreases it; entries are one second apart from 2020-01-01 and carry no
 * running totals. Its repository answers entry reads and records each range asked; any other call is refused.
 * The real stores' reads are tested in the money history contract.
 */
export class ScriptedLedger {
  readonly walletId = 'w';
  /** As stored, oldest first (a lost version is simply absent). */
  readonly entries: LedgerEntry[] = [];
  /** Every range the repository was asked for, in order: what a walk costs. */
  readonly reads: EntryRange[] = [];
  private nextVersion = 0;
  private inTotal = 0n;
  private outTotal = 0n;

  constructor(private readonly options: ScriptedReads = {}) {}

  /** Versions 0..last, each later one changing the balance by `changeAt(version)` minor units (1 unless told). */
  static upTo(last: number, script: ScriptedReads & { readonly changeAt?: (version: number) => bigint } = {}): ScriptedLedger {
    const ledger = new ScriptedLedger(script);
    for (let version = 0; version <= last; version += 1) ledger.commit(script.changeAt?.(version));
    return ledger;
  }

  /** Writes the next version: the opening at version 0, then an increase (change >= 0) or a decrease. */
  commit(change = 1n): LedgerEntry {
    const version = this.nextVersion;
    this.nextVersion += 1;
    const opening = version === 0;
    if (!opening && change >= 0n) this.inTotal += change;
    if (!opening && change < 0n) this.outTotal -= change;
    const entry: LedgerEntry = {
      id: `e${version}`,
      walletId: this.walletId,
      type: opening ? 'WALLET_CREATED' : change >= 0n ? 'BALANCE_INCREASED' : 'BALANCE_DECREASED',
      version,
      currency: Currency.GBP,
      amount: opening ? 0n : change < 0n ? -change : change,
      balanceAfter: this.inTotal - this.outTotal,
      availableAfter: this.inTotal - this.outTotal,
      occurredAt: timeOf(version),
      actor: 'alice',
      metadata: [],
    };
    this.entries.push(entry);
    return entry;
  }

  /** Drops versions from the store, as a lost write would: what reads them must notice. */
  lose(...versions: number[]): this {
    const kept = this.entries.filter((entry) => !versions.includes(entry.version));
    this.entries.splice(0, this.entries.length, ...kept);
    return this;
  }

  /** The wallet as its last commit left it (lost entries do not change it). */
  wallet(): Wallet {
    const version = this.nextVersion - 1;
    if (version < 0) throw new Error('the scripted wallet is not opened yet');
    return {
      id: this.walletId,
      ownerId: 'alice',
      currency: Currency.GBP,
      balance: this.inTotal - this.outTotal,
      pendingHolds: [],
      version,
      inTotal: this.inTotal,
      outTotal: this.outTotal,
      createdAt: timeOf(0),
      updatedAt: timeOf(version),
    };
  }

  repository(): WalletRepository {
    const refused = () => Promise.reject(new Error('not scripted: the test reads entries only'));
    const own = (walletId: string) => (walletId === this.walletId ? this.entries : []);
    return {
      find: async (walletId) => (walletId === this.walletId && this.nextVersion > 0 ? this.wallet() : undefined),
      entries: async (walletId, range) => {
        this.reads.push(range);
        const inRange = own(walletId).filter((entry) => entry.version >= range.fromVersion && entry.version <= range.toVersion);
        const ordered = range.order === 'oldestFirst' ? inRange : inRange.reverse();
        return ordered.slice(0, Math.min(range.limit, this.options.readsCutAt ?? Infinity));
      },
      entryAt: async (walletId, version) => own(walletId).find((entry) => entry.version === version),
      commit: refused,
      findIdempotencyRecord: refused,
      walletsOf: refused,
      findHold: refused,
      holdsOf: refused,
      history: refused,
      lastEntryBefore: refused,
      findTransfer: refused,
    };
  }
}

/** One second per version from 2020-01-01, so times are ordered like versions. */
const timeOf = (version: number): string => new Date(Date.UTC(2020, 0, 1, 0, 0, version)).toISOString();
