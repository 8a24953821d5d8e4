import { isLiveAt } from './hold';
import type { Wallet } from './wallet';

/** The sum of the holds pending at `now` (ISO text): a hold past its expiry holds nothing, released or not. */
export function heldAt(wallet: Pick<Wallet, 'pendingHolds'>, now: string): bigint {
  return wallet.pendingHolds.reduce((sum, hold) => (isLiveAt(hold, now) ? sum + hold.amount : sum), 0n);
}

/** The balance minus what is held at `now`: what a decrease, a transfer or a new hold may take. */
export function availableAt(wallet: Pick<Wallet, 'balance' | 'pendingHolds'>, now: string): bigint {
  return wallet.balance - heldAt(wallet, now);
}
