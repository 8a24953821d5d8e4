import { ExpectedLine } from './expected-line';
import { capturedBy, HoldSpec } from './hold-ops';
import { OpSpec } from './op-log';

/**
 * The entries a hold operation must have left, were it applied, all under its key: placing, HOLD_PLACED;
 * a void, HOLD_RELEASED of all of it; a capture, HOLD_CAPTURED (naming the payee, if any), HOLD_RELEASED
 * of any rest, and the payee's TRANSFER_IN. Lazy releases of expired holds in the same change carry no key.
 */
export function holdLines(spec: HoldSpec): ExpectedLine[] {
  switch (spec.type) {
    case 'placeHold':
      return [{ walletId: spec.walletId, type: 'HOLD_PLACED', amount: spec.amount }];
    case 'voidHold':
      return [{ walletId: spec.walletId, type: 'HOLD_RELEASED', amount: spec.heldAmount }];
    case 'captureHold': {
      const captured = capturedBy(spec);
      const rest = spec.heldAmount - captured;
      return [
        { walletId: spec.walletId, type: 'HOLD_CAPTURED', amount: captured, counterpartyWalletId: spec.toWalletId },
        ...(rest > 0n ? [{ walletId: spec.walletId, type: 'HOLD_RELEASED', amount: rest }] : []),
        ...(spec.toWalletId === undefined
          ? []
          : [{ walletId: spec.toWalletId, type: 'TRANSFER_IN', amount: captured, counterpartyWalletId: spec.walletId }]),
      ];
    }
  }
}

/** What an operation, applied, adds to the money in the bank: a capture that pays no other wallet takes it out, as a decrease. */
export function moneyDeltaOf(spec: OpSpec): bigint {
  if (spec.type === 'increase') return spec.amount;
  if (spec.type === 'decrease') return -spec.amount;
  if (spec.type === 'captureHold' && spec.toWalletId === undefined) return -capturedBy(spec);
  return 0n;
}
