import { FinalWallet, LedgerLine } from '../../../tools/verify/final-wallet';
import {
  checkAnswered,
  checkMovementTimes,
  checkReversals,
  checkStatements,
  HISTORY_VIOLATION_KINDS,
  ObservedStatement,
  UnansweredStatement,
} from '../../../tools/verify/history-checks';
import { auditableWallets, refundable } from '../../../tools/verify/history-audit';
import { Violations } from '../../../tools/verify/violations';

/**
 * Each kind the history audit knows, made to fire by a run that breaks exactly that promise, and none
 * by a run that keeps them all (a kind that can never fire proves nothing).
 */
const t = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
const line = (
  walletId: string,
  version: number,
  type: string,
  amount: bigint,
  balanceAfter: bigint,
  extra: Partial<LedgerLine> = {},
): LedgerLine => ({
  walletId,
  type,
  version,
  amount,
  balanceAfter,
  occurredAt: t(version * 10),
  ...extra,
});
const payer: FinalWallet = {
  walletId: 'A',
  ownerId: 'ann',
  version: 3,
  balance: 70n,
  entries: [
    line('A', 0, 'WALLET_CREATED', 0n, 0n),
    line('A', 1, 'BALANCE_INCREASED', 100n, 100n),
    line('A', 2, 'TRANSFER_OUT', 50n, 50n, { transferId: 'T' }),
    line('A', 3, 'REVERSAL_IN', 20n, 70n, { transferId: 'R', reversalOf: 'T' }),
  ],
};
const payee: FinalWallet = {
  walletId: 'B',
  ownerId: 'bob',
  version: 2,
  balance: 30n,
  entries: [
    line('B', 0, 'WALLET_CREATED', 0n, 0n),
    // At the instants of the payer's legs: one movement, one instant.
    line('B', 1, 'TRANSFER_IN', 50n, 50n, { transferId: 'T', occurredAt: t(20) }),
    line('B', 2, 'REVERSAL_OUT', 20n, 30n, { transferId: 'R', reversalOf: 'T', occurredAt: t(30) }),
  ],
};
/** [t(5), t(25)): opening 0 (v0), in 100, out 50, closing 50 (v2). */
const good: ObservedStatement = {
  walletId: 'A',
  from: t(5),
  to: t(25),
  opening: 0n,
  moneyIn: 100n,
  moneyOut: 50n,
  closing: 50n,
  balanceAtTo: 50n,
};

function kindsOf(
  statements: readonly ObservedStatement[],
  wallets: readonly FinalWallet[],
  unanswered: UnansweredStatement[] = [],
): string[] {
  const violations = new Violations();
  checkStatements(statements, wallets, violations);
  checkAnswered(unanswered, violations);
  checkReversals(wallets, violations);
  checkMovementTimes(wallets, violations);
  return [...new Set(violations.found.map((violation) => violation.kind))].sort();
}

describe('history audit violation kinds', () => {
  it('finds nothing wrong with a run that keeps every promise', () => {
    expect(kindsOf([good], [payer, payee])).toEqual([]);
  });

  it.each<[string, ObservedStatement[], FinalWallet[]]>([
    ['statement-does-not-add-up', [{ ...good, moneyIn: 101n, closing: 50n }], [payer, payee]],
    ['statement-closing-not-balance-at', [{ ...good, balanceAtTo: 70n }], [payer, payee]],
    ['statement-disagrees-with-ledger', [{ ...good, opening: 20n, moneyIn: 100n, closing: 70n, balanceAtTo: 70n }], [payer, payee]],
    [
      'reversals-exceed-transfer',
      [good],
      [payer, { ...payee, entries: [...payee.entries, line('B', 3, 'REVERSAL_OUT', 31n, 0n, { transferId: 'R2', reversalOf: 'T' })] }],
    ],
    [
      'reversals-exceed-transfer',
      [good],
      [
        payer,
        {
          ...payee,
          // 20 + 40 exceeds 50 on the way, though a negative reversal brings the final sum back to 50.
          entries: [
            ...payee.entries,
            line('B', 3, 'REVERSAL_OUT', 40n, 0n, { transferId: 'R2', reversalOf: 'T' }),
            line('B', 4, 'REVERSAL_OUT', -10n, 10n, { transferId: 'R3', reversalOf: 'T' }),
          ],
        },
      ],
    ],
  ])('%s fires', (kind, statements, wallets) => {
    expect(kindsOf(statements, wallets)).toContain(kind);
  });

  it('judges a refunded capture by what its payee received: within it no violation, beyond it reversals-exceed-transfer', () => {
    // A capture to another wallet pays through HOLD_CAPTURED, not TRANSFER_OUT: the payee's TRANSFER_IN is the amount.
    const holder: FinalWallet = {
      ...payer,
      entries: [
        line('A', 0, 'WALLET_CREATED', 0n, 0n),
        line('A', 1, 'BALANCE_INCREASED', 100n, 100n),
        line('A', 2, 'HOLD_PLACED', 50n, 100n),
        line('A', 3, 'HOLD_CAPTURED', 50n, 50n, { transferId: 'T', occurredAt: t(20) }),
        line('A', 4, 'REVERSAL_IN', 20n, 70n, { transferId: 'R', reversalOf: 'T', occurredAt: t(30) }),
      ],
    };
    expect(kindsOf([], [holder, payee])).toEqual([]);
    const beyond = { ...payee, entries: [...payee.entries, line('B', 3, 'REVERSAL_OUT', 31n, 0n, { transferId: 'R2', reversalOf: 'T' })] };
    expect(kindsOf([], [holder, beyond])).toEqual(['reversals-exceed-transfer']);
  });

  it('refunds captures to another wallet as well as transfers, half of each when there are both', () => {
    const capture = (id: string): FinalWallet[] => [
      { ...payer, walletId: `P${id}`, entries: [line(`P${id}`, 1, 'HOLD_CAPTURED', 5n, 95n, { transferId: id })] },
      { ...payee, walletId: `Q${id}`, entries: [line(`Q${id}`, 1, 'TRANSFER_IN', 5n, 5n, { transferId: id })] },
    ];
    const transfer = (id: string): FinalWallet[] => [
      { ...payer, walletId: `A${id}`, entries: [line(`A${id}`, 1, 'TRANSFER_OUT', 5n, 95n, { transferId: id })] },
      { ...payee, walletId: `B${id}`, entries: [line(`B${id}`, 1, 'TRANSFER_IN', 5n, 5n, { transferId: id })] },
    ];
    const ids = (wallets: FinalWallet[], count: number) => refundable(wallets, count).map((line) => line.transferId);
    const both = [...transfer('t1'), ...transfer('t2'), ...transfer('t3'), ...capture('c1'), ...capture('c2'), ...capture('c3')];
    expect(ids(both, 4)).toEqual(['c1', 'c2', 't1', 't2']);
    expect(ids([...transfer('t1'), ...capture('c1'), ...capture('c2')], 4)).toEqual(['c1', 'c2', 't1']);
    expect(ids([...transfer('t1'), ...transfer('t2'), ...capture('c1')], 4)).toEqual(['c1', 't1', 't2']);
  });

  it('movement-legs-timed-apart fires when the legs of one transfer carry different instants, not for two transfers apart', () => {
    const leg = (walletId: string, type: string, transferId: string, at: string) =>
      line(walletId, 1, type, 5n, 5n, { transferId, occurredAt: at });
    const wallets = (creditAt: string): FinalWallet[] => [
      { ...payer, entries: [leg('A', 'TRANSFER_OUT', 'T1', t(1)), leg('A', 'TRANSFER_OUT', 'T2', t(2))] },
      { ...payee, entries: [leg('B', 'TRANSFER_IN', 'T1', t(1)), leg('B', 'TRANSFER_IN', 'T2', creditAt)] },
    ];
    expect(kindsOf([], wallets(t(2)))).toEqual([]);
    expect(kindsOf([], wallets('2026-01-01T00:00:02.001Z'))).toEqual(['movement-legs-timed-apart']);
  });

  it('statement-not-answered fires for a statement answered with INTERNAL_SERVER_ERROR', () => {
    const unanswered = [{ walletId: 'A', from: t(5), to: t(25) }];
    expect(kindsOf([good], [payer, payee], unanswered)).toEqual(['statement-not-answered']);
  });

  it('has a test above for every kind it knows', () => {
    expect([...HISTORY_VIOLATION_KINDS].sort()).toEqual(
      [
        'movement-legs-timed-apart',
        'reversals-exceed-transfer',
        'statement-closing-not-balance-at',
        'statement-disagrees-with-ledger',
        'statement-does-not-add-up',
        'statement-not-answered',
      ].sort(),
    );
  });

  it("asks only about wallets whose owner is one of the run's users: an entry with no wallet item stops no audit", () => {
    // What the planted bug entry-outside-transaction leaves: an entry whose wallet was never created (the ledger check reports it).
    const orphan: FinalWallet = { ...payee, walletId: 'C', ownerId: '(no wallet item)', version: -1 };
    const authorizations = { ann: 'Bearer a', bob: 'Bearer b' };
    expect(auditableWallets([payer, orphan, payee], authorizations).map((wallet) => wallet.walletId)).toEqual(['A', 'B']);
    // Not a property of every object: a user named like one is not an owner.
    expect(auditableWallets([{ ...payer, ownerId: 'toString' }], authorizations)).toEqual([]);
  });
});
