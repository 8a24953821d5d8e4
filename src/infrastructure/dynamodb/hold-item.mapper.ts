import { Hold, HOLD_STATUSES } from '../../domain/hold';
import { parseHoldId } from '../../domain/hold-id';
import { Item, read } from './item-fields';
import { holdKey } from './table-keys';

/**
 * A hold record. Its expiry is `holdExpiresAt` (ISO text), not `expiresAt`: that name is the table's TTL
 * attribute, and a hold record must never be deleted by it.
 */
export const holdItem = {
  from(hold: Hold): Item {
    const parts = parseHoldId(hold.id);
    if (!parts || parts.walletId !== hold.walletId) throw new Error(`Hold id ${hold.id} does not name wallet ${hold.walletId}`);
    // Every field of the record under its own name, but the expiry: never under the TTL attribute's name.
    const { expiresAt, ...fields } = hold;
    return { ...holdKey(hold.walletId, parts.ordinal), type: 'Hold', ...fields, holdExpiresAt: expiresAt };
  },
  toHold(item: Item): Hold {
    return {
      id: read.string(item, 'id'),
      walletId: read.string(item, 'walletId'),
      currency: read.currency(item, 'currency'),
      amount: read.bigint(item, 'amount'),
      capturedAmount: read.bigint(item, 'capturedAmount'),
      status: read.oneOf(item, 'status', HOLD_STATUSES),
      expiresAt: read.string(item, 'holdExpiresAt'),
      createdAt: read.string(item, 'createdAt'),
      resolvedAt: read.optionalString(item, 'resolvedAt'),
      actor: read.string(item, 'actor'),
      toWalletId: read.optionalString(item, 'toWalletId'),
    };
  },
};
