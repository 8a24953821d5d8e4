import { AVAILABILITY_UNCHECKED } from './boundary-edits';
import type { Mutant } from './mutant';

/**
 * Planted hold bugs. Pending holds live on the wallet, under its version lock, so a bug must slip past
 * every layer that guards the promise: expiry is checked by the domain (a capture of an expired hold is
 * refused; every change first releases expired holds) and again by the store's condition, so the
 * expiry mutant removes all three, or it would be masked; a bug that takes held money is planted with the store
 * boundary's availability checks off (AVAILABILITY_UNCHECKED). (A capture without the hold's status
 * condition alone is masked the same way: the wallet's version condition already refuses a capture
 * racing a void, so it is no mutant verify could catch.)
 */
export const HOLD_MUTANTS: readonly Mutant[] = [
  {
    name: 'hold-on-posted-balance',
    breaks: 'a hold takes only available money: placeHold checks the posted balance, ignoring what is already held',
    file: 'src/domain/wallet-holds.ts',
    replacements: [
      [
        'const available = availableAt(wallet, context.now);',
        'const available = availableAt({ ...wallet, pendingHolds: [] }, context.now);',
      ],
    ],
    also: [AVAILABILITY_UNCHECKED],
  },
  {
    name: 'expired-hold-capturable',
    breaks: 'an expired hold is never captured: the capture forgets the expiry (domain check, lazy release and store condition)',
    file: 'src/domain/wallet-holds.ts',
    replacements: [
      [
        "const pending = pendingOf(wallet, holdId, context.now);\n  if ('code' in pending) return { ok: false, error: pending };\n  const captured",
        "const pending = pendingOf(wallet, holdId, '');\n  if ('code' in pending) return { ok: false, error: pending };\n  const captured",
      ],
      [
        'const steps = changeOf(wallet, wallet).releaseExpired(context.now);\n  const others = steps.current.pendingHolds.filter((hold) => hold.id !== holdId);\n  const rest',
        "const steps = changeOf(wallet, wallet).releaseExpired('');\n  const others = steps.current.pendingHolds.filter((hold) => hold.id !== holdId);\n  const rest",
      ],
    ],
    also: [
      {
        file: 'src/infrastructure/dynamodb/record-writes.ts',
        replacements: [
          [
            "PENDING_UNEXPIRED: '#status = :pending AND #holdExpiresAt > :now',",
            "PENDING_UNEXPIRED: '#status = :pending AND (#holdExpiresAt > :now OR #holdExpiresAt <= :now)',",
          ],
        ],
      },
    ],
  },
  {
    name: 'capture-refund-exceeds-payment',
    breaks: 'a capture is refunded at most what it paid: its transfer record says 10.00 more, so a refund of the rest takes it',
    file: 'src/application/capture-hold.use-case.ts',
    replacements: [
      [
        'return newTransferRecord(transferId, payerWalletId, credit.after.id, entry);',
        'return newTransferRecord(transferId, payerWalletId, credit.after.id, { ...entry, amount: entry.amount + 1_000n });',
      ],
    ],
  },
  {
    name: 'capture-exceeds-hold',
    breaks: 'a capture takes at most what is held: up to 10.00 more is captured',
    file: 'src/domain/wallet-holds.ts',
    replacements: [['if (captured > pending.amount) {', 'if (captured > pending.amount + 1_000n) {']],
    also: [AVAILABILITY_UNCHECKED],
  },
];
