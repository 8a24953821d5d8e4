import { FinalWallet } from '../../../tools/verify/final-wallet';
import { checkSubscriptions, SeenEvent, SUBSCRIPTION_VIOLATION_KINDS, SubscriberLog } from '../../../tools/verify/subscription-checks';

/** Each subscription violation kind fires on a history that breaks exactly that promise, and a clean one has none. */
const ledger = (id: string, ownerId: string, versions: number): FinalWallet => ({
  walletId: id,
  ownerId,
  balance: BigInt(versions) * 100n,
  version: versions,
  entries: Array.from({ length: versions + 1 }, (_, version) => ({
    walletId: id,
    type: version === 0 ? 'WALLET_CREATED' : 'BALANCE_INCREASED',
    version,
    amount: version === 0 ? 0n : 100n,
    balanceAfter: BigInt(version) * 100n,
  })),
});
const WALLETS = [ledger('w', 'alice', 6), ledger('x', 'bob', 2)];
const event = (version: number, walletId = 'w'): SeenEvent => ({
  walletId,
  version,
  type: 'BALANCE_INCREASED',
  amount: 100n,
  balance: BigInt(version) * 100n,
});
const log = (...segments: Array<[number, SeenEvent[]]>): SubscriberLog => ({
  subscriber: 'alice',
  walletId: 'w',
  segments: segments.map(([afterVersion, events]) => ({ afterVersion, events })),
});
const kinds = (logs: SubscriberLog[]) => [...new Set(checkSubscriptions(logs, WALLETS).map((violation) => violation.kind))];

it('finds nothing wrong with a subscriber cut off twice and resumed from its last version', () => {
  expect(kinds([log([0, [event(1), event(2)]], [2, [event(3)]], [3, [event(4), event(5), event(6)]])])).toEqual([]);
});

const SCENARIOS: Record<(typeof SUBSCRIPTION_VIOLATION_KINDS)[number], SubscriberLog[]> = {
  'subscription-gap': [log([0, [event(1), event(2)]], [2, [event(4)]])],
  'subscription-duplicate': [log([0, [event(1), event(2), event(2)]])],
  'subscription-out-of-order': [log([0, [event(1), event(3), event(2)]])],
  'subscription-foreign-wallet': [log([0, [event(1), event(1, 'x')]])],
  'subscription-disagrees-with-ledger': [log([0, [event(1), { ...event(2), balance: 999n }]])],
};

it.each(SUBSCRIPTION_VIOLATION_KINDS)('%s fires', (kind) => {
  expect(kinds(SCENARIOS[kind])).toContain(kind);
});

it('a resumed segment that starts over again is a duplicate, not a gap', () => {
  expect(kinds([log([0, [event(1), event(2)]], [2, [event(2), event(3)]])])).toEqual(['subscription-duplicate']);
});
