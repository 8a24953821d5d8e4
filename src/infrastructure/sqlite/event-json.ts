import { Wallet } from '../../domain/wallet';
import { WalletEvent } from '../../domain/wallet-events';
import { Row } from './node-sqlite';
import { CorruptRowError, rowReader } from './row-fields';

/**
 * An idempotency record's event as one JSON document, written exactly as the DynamoDB mapper writes it
 * (bigints as decimal strings). Read back through the same validated row readers as any column.
 */
export function eventToJson(event: WalletEvent): string {
  return JSON.stringify(event, (_name, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

const TABLE = 'idempotency_records.event';
const EVENT_TYPES = ['WALLET_CREATED', 'BALANCE_INCREASED', 'BALANCE_DECREASED', 'MONEY_TRANSFERRED'] as const;

/** `toWallet` reads a wallet row (the mapper's), so a wallet inside an event is validated like a stored one. */
export function eventFromJson(json: string, toWallet: (row: Row) => Wallet): WalletEvent {
  // Numbers were written as JSON strings (bigints) or numbers (versions): both are read as exact integers.
  const parsed: unknown = JSON.parse(json, (_name, value: unknown) => (typeof value === 'number' ? String(value) : value));
  if (!isObject(parsed)) throw new CorruptRowError(TABLE, 'event is not an object');
  const wallet = (key: string) => {
    const object = objectAt(parsed, key);
    return toWallet({
      id: object.id,
      owner_id: object.ownerId,
      currency: object.currency,
      balance: integer(object.balance),
      version: integer(object.version),
      created_at: object.createdAt,
      updated_at: object.updatedAt,
    });
  };
  const money = () => {
    const read = rowReader(TABLE, { ...objectAt(parsed, 'amount'), minor: integer(objectAt(parsed, 'amount').minor) });
    return { currency: read.currency('currency'), minor: read.bigint('minor') };
  };
  const read = rowReader(TABLE, parsed);
  switch (read.oneOf('type', EVENT_TYPES)) {
    case 'WALLET_CREATED':
      return { type: 'WALLET_CREATED', wallet: wallet('wallet') };
    case 'BALANCE_INCREASED':
      return { type: 'BALANCE_INCREASED', wallet: wallet('wallet'), amount: money() };
    case 'BALANCE_DECREASED':
      return { type: 'BALANCE_DECREASED', wallet: wallet('wallet'), amount: money() };
    case 'MONEY_TRANSFERRED':
      return { type: 'MONEY_TRANSFERRED', transferId: read.string('transferId'), from: wallet('from'), to: wallet('to'), amount: money() };
  }
}

function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: Row, key: string): Row {
  const value = parent[key];
  if (!isObject(value)) throw new CorruptRowError(TABLE, `${key} is not an object`);
  return value;
}

/** A decimal integer string becomes a bigint; anything else is left for the reader to refuse. */
function integer(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value) ? BigInt(value) : value;
}
