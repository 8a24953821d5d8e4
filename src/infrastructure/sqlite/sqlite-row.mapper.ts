import { LEDGER_ENTRY_TYPES, LedgerEntry } from '../../domain/ledger-entry';
import { Metadata, metadataFromJson, metadataToJson } from '../../domain/metadata';
import { Wallet } from '../../domain/wallet';
import { pendingHoldsFromJson, pendingHoldsToJson } from '../pending-holds-codec';
import { Row, SqliteValue } from './node-sqlite';
import { CorruptRowError, rowReader } from './row-fields';

/**
 * A wallet and its ledger entries to statement parameters and rows back to domain objects. The parameter order is the
 * column order of the statements in sqlite-statements.ts. Money is INTEGER minor units (bigint).
 */
export const walletRow = {
  params(wallet: Wallet): SqliteValue[] {
    return [
      wallet.id,
      wallet.ownerId,
      wallet.currency,
      wallet.balance,
      pendingHoldsToJson(wallet.pendingHolds),
      wallet.version,
      wallet.createdAt,
      wallet.updatedAt,
      wallet.inTotal,
      wallet.outTotal,
    ];
  },
  /** The parameters of changeWallet: what a change sets, then the row and the state it expects (version, balance, time of change). */
  changeParams(before: Wallet, after: Wallet): SqliteValue[] {
    const { balance, pendingHolds, version, updatedAt, inTotal, outTotal } = after;
    return [
      balance,
      pendingHoldsToJson(pendingHolds),
      version,
      updatedAt,
      inTotal,
      outTotal,
      after.id,
      before.version,
      before.balance,
      before.updatedAt,
    ];
  },
  toWallet(row: Row): Wallet {
    const read = rowReader('wallets', row);
    const balance = read.bigint('balance');
    return {
      id: read.string('id'),
      ownerId: read.string('owner_id'),
      currency: read.currency('currency'),
      balance,
      // A wallet inside an event stored before holds existed has none.
      pendingHolds:
        row.pending_holds === undefined
          ? []
          : pendingHoldsFromJson(read.string('pending_holds'), (problem) => new CorruptRowError('wallets', problem)),
      version: read.int('version'),
      // A wallet stored before running totals starts them here (see Wallet.inTotal).
      inTotal: read.optionalBigint('in_total') ?? balance,
      outTotal: read.optionalBigint('out_total') ?? 0n,
      createdAt: read.string('created_at'),
      updatedAt: read.string('updated_at'),
    };
  },
};

export const entryRow = {
  params(entry: LedgerEntry): SqliteValue[] {
    return [
      entry.walletId,
      entry.version,
      entry.id,
      entry.type,
      entry.currency,
      entry.amount,
      entry.balanceAfter,
      entry.occurredAt,
      entry.actor,
      entry.transferId ?? null,
      entry.counterpartyWalletId ?? null,
      entry.idempotencyKey ?? null,
      entry.inTotalAfter ?? null,
      entry.outTotalAfter ?? null,
      entry.reversalOf ?? null,
      entry.metadata.length > 0 ? metadataToJson(entry.metadata) : null,
      entry.availableAfter,
      entry.holdId ?? null,
    ];
  },
  toEntry(row: Row): LedgerEntry {
    const read = rowReader('ledger_entries', row);
    const balanceAfter = read.bigint('balance_after');
    return {
      id: read.string('id'),
      walletId: read.string('wallet_id'),
      type: read.oneOf('type', LEDGER_ENTRY_TYPES),
      version: read.int('version'),
      currency: read.currency('currency'),
      amount: read.bigint('amount'),
      balanceAfter,
      inTotalAfter: read.optionalBigint('in_total_after'),
      outTotalAfter: read.optionalBigint('out_total_after'),
      // Entries written before holds existed: nothing was held, so available was the balance.
      availableAfter: row.available_after === null || row.available_after === undefined ? balanceAfter : read.bigint('available_after'),
      occurredAt: read.string('occurred_at'),
      actor: read.string('actor'),
      transferId: read.optionalString('transfer_id'),
      counterpartyWalletId: read.optionalString('counterparty_wallet_id'),
      idempotencyKey: read.optionalString('idempotency_key'),
      reversalOf: read.optionalString('reversal_of'),
      metadata: metadataOf(read.optionalString('metadata')),
      holdId: read.optionalString('hold_id'),
    };
  },
};

function metadataOf(json: string | undefined): Metadata {
  if (json === undefined) return [];
  const metadata = metadataFromJson(json);
  if (!metadata) throw new CorruptRowError('ledger_entries', 'metadata is not a list of [key, value] pairs');
  return metadata;
}
