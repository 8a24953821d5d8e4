import { FinalWallet } from './final-wallet';
import { Violation, Violations } from './violations';

/** Every broken promise of the subscriptions the checker names (a unit test makes each one fire). */
export const SUBSCRIPTION_VIOLATION_KINDS = [
  'subscription-gap',
  'subscription-duplicate',
  'subscription-out-of-order',
  'subscription-foreign-wallet',
  'subscription-disagrees-with-ledger',
] as const;

/** One event as a subscriber received it. */
export interface SeenEvent {
  readonly walletId: string;
  readonly version: number;
  readonly type: string;
  readonly amount: bigint;
  readonly balance: bigint;
}

/** One connection of a subscriber to one wallet: subscribed with `afterVersion`, then saw `events` until cut off. */
export interface Segment {
  readonly afterVersion: number;
  readonly events: readonly SeenEvent[];
}

export interface SubscriberLog {
  /** The user (token subject) the subscriber acts as. */
  readonly subscriber: string;
  readonly walletId: string;
  /** In order; each resumed from the last version the one before saw. */
  readonly segments: readonly Segment[];
}

/**
 * The promise of walletEvents, per segment: exactly the versions after `afterVersion`, each once, in order, of
 * the wallet asked for and only if it is the subscriber's, each agreeing with the store's ledger line of that
 * version (type, amount, balance after). A segment may end early (cut off); the next one resumes from its last.
 */
export function checkSubscriptions(logs: readonly SubscriberLog[], wallets: readonly FinalWallet[]): Violation[] {
  const violations = new Violations();
  const byId = new Map(wallets.map((wallet) => [wallet.walletId, wallet]));
  for (const log of logs) {
    const wallet = byId.get(log.walletId);
    log.segments.forEach((segment, index) => {
      const where = `${log.subscriber} on ${log.walletId}, segment ${index + 1} (after ${segment.afterVersion})`;
      let last = segment.afterVersion;
      for (const event of segment.events) {
        const owner = byId.get(event.walletId)?.ownerId;
        if (event.walletId !== log.walletId || owner !== log.subscriber)
          violations.add('subscription-foreign-wallet', `${where}: an event of ${event.walletId} (owner ${owner ?? 'unknown'})`);
        if (event.version === last || (event.version < last && seenBefore(segment, event)))
          violations.add('subscription-duplicate', `${where}: version ${event.version} again`);
        else if (event.version < last) violations.add('subscription-out-of-order', `${where}: version ${event.version} after ${last}`);
        else if (event.version > last + 1) violations.add('subscription-gap', `${where}: version ${event.version} after ${last}`);
        const line = wallet?.entries.find((entry) => entry.version === event.version);
        if (!line || line.type !== event.type || line.amount !== event.amount || line.balanceAfter !== event.balance)
          violations.add(
            'subscription-disagrees-with-ledger',
            `${where}: version ${event.version} ${event.type} ${event.amount} -> ${event.balance}; the ledger: ${line ? `${line.type} ${line.amount} -> ${line.balanceAfter}` : 'no such entry'}`,
          );
        last = Math.max(last, event.version);
      }
    });
  }
  return violations.found;
}

/** Whether this version was already delivered in the segment before `event` (a repeat, not a reordering). */
function seenBefore(segment: Segment, event: SeenEvent): boolean {
  const index = segment.events.indexOf(event);
  return segment.events.slice(0, index).some((earlier) => earlier.version === event.version);
}
