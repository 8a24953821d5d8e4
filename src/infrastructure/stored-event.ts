import { isCurrency } from '../domain/currency';
import { Money } from '../domain/money';
import { Wallet } from '../domain/wallet';
import { WalletEvent } from '../domain/wallet-events';
import { holdFromObject, pendingHoldsToJson } from './pending-holds-codec';

/**
 * The event of an idempotency record, stored as one JSON document by every store (bigints as decimal
 * strings), and read back validated, never cast. One codec for all adapters: each lends its own wallet
 * reader (so a wallet inside an event is checked like a stored one) and its own corruption error.
 */
export interface StoredEventReaders {
  /** A wallet inside the event; its numbers arrive as decimal strings, its pendingHolds as their JSON text (or absent). */
  wallet(object: Record<string, unknown>): Wallet;
  corrupt(problem: string): Error;
}

/**
 * Every event type, keyed by the event union itself: a new event fails to compile here until it is listed,
 * and then the switch below (exhaustive, `never` at its end) until it is read back.
 */
const STORED_EVENTS: Record<WalletEvent['type'], true> = {
  WALLET_CREATED: true,
  BALANCE_INCREASED: true,
  BALANCE_DECREASED: true,
  MONEY_TRANSFERRED: true,
  TRANSFER_REVERSED: true,
  HOLD_PLACED: true,
  HOLD_CAPTURED: true,
  HOLD_VOIDED: true,
};

const isStoredType = (value: unknown): value is WalletEvent['type'] => typeof value === 'string' && Object.hasOwn(STORED_EVENTS, value);

/** A wallet's pending holds are written as the stores keep them (their JSON text), so one wallet reader reads both. */
export function eventToJson(event: WalletEvent): string {
  return JSON.stringify(event, (name, value: unknown) => {
    if (name === 'pendingHolds' && Array.isArray(value)) return pendingHoldsToJson(value);
    return typeof value === 'bigint' ? value.toString() : value;
  });
}

export function eventFromJson(json: string, readers: StoredEventReaders): WalletEvent {
  // Numbers were written as JSON strings (bigints) or numbers (versions): both are read as decimal strings.
  const parsed: unknown = JSON.parse(json, (_name, value: unknown) => (typeof value === 'number' ? String(value) : value));
  if (!isObject(parsed)) throw readers.corrupt('event is not an object');
  const objectAt = (key: string) => {
    const value = parsed[key];
    if (!isObject(value)) throw readers.corrupt(`event.${key} is not an object`);
    return value;
  };
  const wallet = (key: string) => readers.wallet(objectAt(key));
  const money = (key = 'amount'): Money => {
    const { currency, minor } = objectAt(key);
    if (!isCurrency(currency)) throw readers.corrupt(`event.${key}.currency is not a known currency`);
    if (typeof minor !== 'string' || !/^-?\d+$/.test(minor)) throw readers.corrupt(`event.${key}.minor is not an integer`);
    return { currency, minor: BigInt(minor) };
  };
  const { type, transferId, reversalId } = parsed;
  const hold = () => holdFromObject(parsed.hold, readers.corrupt);
  if (!isStoredType(type)) throw readers.corrupt(`event.type is not one of ${Object.keys(STORED_EVENTS).join(', ')}`);
  switch (type) {
    case 'WALLET_CREATED':
      return { type, wallet: wallet('wallet') };
    case 'BALANCE_INCREASED':
    case 'BALANCE_DECREASED':
      return { type, wallet: wallet('wallet'), amount: money() };
    case 'MONEY_TRANSFERRED':
      if (typeof transferId !== 'string') throw readers.corrupt('event.transferId is not a string');
      return { type, transferId, from: wallet('from'), to: wallet('to'), amount: money() };
    case 'TRANSFER_REVERSED':
      if (typeof transferId !== 'string' || typeof reversalId !== 'string')
        throw readers.corrupt('event.transferId or reversalId is not a string');
      return { type, reversalId, transferId, from: wallet('from'), to: wallet('to'), amount: money(), remaining: money('remaining') };
    case 'HOLD_PLACED':
    case 'HOLD_VOIDED':
      return { type, hold: hold(), wallet: wallet('wallet') };
    case 'HOLD_CAPTURED':
      if (transferId !== undefined && typeof transferId !== 'string') throw readers.corrupt('event.transferId is not a string');
      return {
        type,
        hold: hold(),
        wallet: wallet('wallet'),
        amount: money(),
        ...(transferId !== undefined && { transferId }),
        ...(parsed.to !== undefined && { to: wallet('to') }),
      };
    default:
      return unlisted(type);
  }
}

function unlisted(type: never): never {
  throw new Error(`Event type ${String(type)} is listed but not read back`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
