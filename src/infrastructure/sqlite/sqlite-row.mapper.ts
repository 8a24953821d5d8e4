import { Hold, HOLD_STATUSES } from '../../domain/hold';
import { IdempotencyRecord } from '../../domain/idempotency';
import { LEDGER_ENTRY_TYPES, LedgerEntry } from '../../domain/ledger-entry';
import { Metadata, metadataFromJson, metadataToJson } from '../../domain/metadata';
import { TransferRecord } from '../../domain/transfer-record';
import { Wallet } from '../../domain/wallet';
import { pendingHoldsFromJson, pendingHoldsToJson } from '../pending-holds-codec';
import { eventFromJson, eventToJson } from '../stored-event';
import { Row, SqliteValue } from './node-sqlite';
import { CorruptRowError, rowReader } from './row-fields';

/**
 * Domain objects to statement parameters and rows back to domain objects. The parameter order is the
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
  /** The parameters of changeWallet: what a change sets, then the row and the version it expects. */
  changeParams(before: Wallet, after: Wallet): SqliteValue[] {
    const { balance, pendingHolds, version, updatedAt, inTotal, outTotal } = after;
    return [balance, pendingHoldsToJson(pendingHolds), version, updatedAt, inTotal, outTotal, after.id, before.version];
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

export const transferRow = {
  params(record: TransferRecord): SqliteValue[] {
    const { transferId, payerWalletId, payeeWalletId, currency, amount, reversed, occurredAt } = record;
    return [transferId, payerWalletId, payeeWalletId, currency, amount, reversed, occurredAt];
  },
  toRecord(row: Row): TransferRecord {
    const read = rowReader('transfers', row);
    return {
      transferId: read.string('transfer_id'),
      payerWalletId: read.string('payer_wallet_id'),
      payeeWalletId: read.string('payee_wallet_id'),
      currency: read.currency('currency'),
      amount: read.bigint('amount'),
      reversed: read.bigint('reversed'),
      occurredAt: read.string('occurred_at'),
    };
  },
};

export const holdRow = {
  params(hold: Hold): SqliteValue[] {
    return [
      hold.id,
      hold.walletId,
      hold.currency,
      hold.amount,
      hold.capturedAmount,
      hold.status,
      hold.expiresAt,
      hold.createdAt,
      hold.resolvedAt ?? null,
      hold.actor,
      hold.toWalletId ?? null,
    ];
  },
  toHold(row: Row): Hold {
    const read = rowReader('holds', row);
    return {
      id: read.string('id'),
      walletId: read.string('wallet_id'),
      currency: read.currency('currency'),
      amount: read.bigint('amount'),
      capturedAmount: read.bigint('captured_amount'),
      status: read.oneOf('status', HOLD_STATUSES),
      expiresAt: read.string('expires_at'),
      createdAt: read.string('created_at'),
      resolvedAt: read.optionalString('resolved_at'),
      actor: read.string('actor'),
      toWalletId: read.optionalString('to_wallet_id'),
    };
  },
};

/** The stored result of an idempotent request; the event is the same JSON document the DynamoDB store keeps. */
export const idempotencyRow = {
  params(record: IdempotencyRecord): SqliteValue[] {
    return [record.owner, record.key, record.fingerprint, eventToJson(record.event), record.storedAt, record.expiresAt];
  },
  toRecord(row: Row): IdempotencyRecord {
    const read = rowReader('idempotency_records', row);
    return {
      owner: read.string('owner'),
      key: read.string('key'),
      fingerprint: read.string('fingerprint'),
      event: eventFromJson(read.string('event'), {
        // A wallet inside the event, under the wallet row's column names, numbers as integers.
        wallet: (object) =>
          walletRow.toWallet({
            id: object.id,
            owner_id: object.ownerId,
            currency: object.currency,
            balance: integer(object.balance),
            pending_holds: object.pendingHolds,
            version: integer(object.version),
            in_total: integer(object.inTotal) ?? null,
            out_total: integer(object.outTotal) ?? null,
            created_at: object.createdAt,
            updated_at: object.updatedAt,
          }),
        corrupt: (problem) => new CorruptRowError('idempotency_records.event', problem),
      }),
      storedAt: read.int('stored_at'),
      expiresAt: read.int('expires_at'),
    };
  },
};

/** A decimal integer string becomes a bigint; anything else is left for the row reader to refuse. */
function integer(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value) ? BigInt(value) : value;
}
