import type { MutantEdit } from './mutant';

/**
 * The store boundary's availability facts, switched off (src/domain/ledger-invariants.ts): holds within the
 * balance, availableAfter at 0 or more, and availableAfter chained by each entry's amount. Those checks refuse a
 * change that takes held money, before it is written, as an internal error, which verify counts as an unknown
 * outcome, not a violation: a bug that takes held money is planted with them off, so verify must find it itself.
 */
export const AVAILABILITY_UNCHECKED: MutantEdit = {
  file: 'src/domain/ledger-invariants.ts',
  replacements: [
    ['if (held > wallet.balance) return', 'if (held < 0n) return'],
    ['if (entry.availableAfter < 0n || entry.availableAfter > entry.balanceAfter)', 'if (entry.availableAfter > entry.balanceAfter)'],
    [
      'const available = previous.availableAfter + signedAvailable(entry);',
      'const available = entry.availableAfter + 0n * signedAvailable(entry);',
    ],
  ],
};
