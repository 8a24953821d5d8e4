import { IdempotencyRecord } from '../../domain/idempotency';
import { eventFromJson, eventToJson } from '../stored-event';
import { Row, SqliteValue } from './node-sqlite';
import { CorruptRowError, rowReader } from './row-fields';
import { walletRow } from './sqlite-row.mapper';

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
