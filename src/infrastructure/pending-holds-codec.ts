import { HOLD_STATUSES, Hold, MAX_PENDING_HOLDS, PendingHold } from '../domain/hold';
import { isCurrency } from '../domain/currency';

/**
 * The pending holds a wallet carries inline, as one JSON text (amounts as decimal strings, so no number
 * passes through a binary float), read back validated, never cast. One codec for the DynamoDB wallet
 * item, the SQLite wallet row and the wallets inside stored events.
 */
export function pendingHoldsToJson(holds: readonly PendingHold[]): string {
  return JSON.stringify(holds.map((hold) => ({ ...hold, amount: hold.amount.toString() })));
}

type Corrupt = (problem: string) => Error;

export function pendingHoldsFromJson(json: string, corrupt: Corrupt): PendingHold[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw corrupt('pendingHolds is not JSON');
  }
  if (!Array.isArray(parsed)) throw corrupt('pendingHolds is not a list');
  if (parsed.length > MAX_PENDING_HOLDS) throw corrupt(`pendingHolds has more than ${MAX_PENDING_HOLDS} holds`);
  return parsed.map((value: unknown, index) => {
    const field = fieldsOf(value, `pendingHolds[${index}]`, corrupt);
    const amount = field.minor('amount');
    if (amount <= 0n) throw corrupt(`pendingHolds[${index}].amount is not positive`);
    return {
      id: field.string('id'),
      amount,
      expiresAt: field.string('expiresAt'),
      createdAt: field.string('createdAt'),
      actor: field.string('actor'),
      toWalletId: field.optionalString('toWalletId'),
    };
  });
}

/** A hold record inside a stored event (numbers as decimal strings). */
export function holdFromObject(value: unknown, corrupt: Corrupt): Hold {
  const field = fieldsOf(value, 'event.hold', corrupt);
  const currency = field.string('currency');
  const status = field.string('status');
  if (!isCurrency(currency)) throw corrupt('event.hold.currency is not a known currency');
  const known = HOLD_STATUSES.find((candidate) => candidate === status);
  if (!known) throw corrupt('event.hold.status is not a hold status');
  return {
    id: field.string('id'),
    walletId: field.string('walletId'),
    currency,
    amount: field.minor('amount'),
    capturedAmount: field.minor('capturedAmount'),
    status: known,
    expiresAt: field.string('expiresAt'),
    createdAt: field.string('createdAt'),
    resolvedAt: field.optionalString('resolvedAt'),
    actor: field.string('actor'),
    toWalletId: field.optionalString('toWalletId'),
  };
}

function fieldsOf(value: unknown, where: string, corrupt: Corrupt) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw corrupt(`${where} is not an object`);
  const object = value as Record<string, unknown>;
  const fields = {
    string(name: string): string {
      const text = object[name];
      if (typeof text !== 'string') throw corrupt(`${where}.${name} is not a string`);
      return text;
    },
    optionalString(name: string): string | undefined {
      return object[name] === undefined || object[name] === null ? undefined : fields.string(name);
    },
    minor(name: string): bigint {
      const text = object[name];
      if (typeof text !== 'string' || !/^\d{1,30}$/.test(text)) throw corrupt(`${where}.${name} is not a whole number`);
      return BigInt(text);
    },
  };
  return fields;
}
