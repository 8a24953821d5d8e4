import { check } from '../../../tools/verify/checker';
import { FinalWallet, LedgerLine } from '../../../tools/verify/final-wallet';
import { Answer, OpRecord, OpSpec, Outcome } from '../../../tools/verify/op-log';

/**
 * The bank checker on hand-made histories: it must pass a correct one and name each kind of
 * broken promise. A checker that never fails would make `npm run verify` prove nothing.
 */
/** One user owns both wallets here (the ownership rules have their own tests in violation-kinds.test.ts). */
const USER = 'ann';
let nextId = 0;
function op(spec: OpSpec, outcome: Outcome, answers: Answer[], at = nextId * 10): OpRecord {
  const attempts = answers.map((answer) => ({ sentAt: at, endedAt: at + 5, timeoutMs: 1_000, role: 'first' as const, answer }));
  return {
    id: nextId++,
    client: 0,
    user: USER,
    phase: 'run',
    spec,
    invokedAt: at,
    completedAt: at + 5,
    attempts,
    outcome,
    wasUnknown: false,
  };
}
const ok = (...wallets: Array<[string, number, bigint]>) => ({
  kind: 'success' as const,
  wallets: wallets.map(([walletId, version, balance]) => ({ walletId, ownerId: USER, version, balance })),
});
const line = (
  walletId: string,
  version: number,
  type: string,
  amount: bigint,
  balanceAfter: bigint,
  idempotencyKey: string,
  extra: Partial<LedgerLine> = {},
): LedgerLine => ({ walletId, version, type, amount, balanceAfter, idempotencyKey, ...extra });

/** Two wallets: A gets 10.00, sends 3.00 to B; a 50.00 withdrawal from A fails. */
function history() {
  nextId = 0;
  const transfer = { transferId: 't1' };
  const ops = [
    op({ type: 'create', key: 'open-a' }, 'ok', [ok(['A', 0, 0n])]),
    op({ type: 'create', key: 'open-b' }, 'ok', [ok(['B', 0, 0n])]),
    op({ type: 'increase', key: 'dep-a', walletId: 'A', amount: 1000n, expectedVersion: 0 }, 'ok', [ok(['A', 1, 1000n])]),
    op({ type: 'transfer', key: 'tr', from: 'A', to: 'B', amount: 300n, expectedVersion: 1 }, 'ok', [
      { ...ok(['A', 2, 700n], ['B', 1, 300n]), transferId: 't1' },
    ]),
    op({ type: 'decrease', key: 'too-much', walletId: 'A', amount: 5000n, expectedVersion: 2 }, 'failed', [
      { kind: 'error', typename: 'InsufficientBalance', code: 'INSUFFICIENT_BALANCE' },
    ]),
    op({ type: 'read', walletId: 'B' }, 'ok', [ok(['B', 1, 300n])]),
  ];
  const wallets: FinalWallet[] = [
    {
      walletId: 'A',
      ownerId: USER,
      version: 2,
      balance: 700n,
      entries: [
        line('A', 0, 'WALLET_CREATED', 0n, 0n, 'open-a'),
        line('A', 1, 'BALANCE_INCREASED', 1000n, 1000n, 'dep-a'),
        line('A', 2, 'TRANSFER_OUT', 300n, 700n, 'tr', { ...transfer, counterpartyWalletId: 'B' }),
      ],
    },
    {
      walletId: 'B',
      ownerId: USER,
      version: 1,
      balance: 300n,
      entries: [
        line('B', 0, 'WALLET_CREATED', 0n, 0n, 'open-b'),
        line('B', 1, 'TRANSFER_IN', 300n, 300n, 'tr', { ...transfer, counterpartyWalletId: 'A' }),
      ],
    },
  ];
  return { ops, wallets };
}
const kinds = (ops: OpRecord[], wallets: FinalWallet[]) => [...new Set(check(ops, wallets).violations.map((v) => v.kind))].sort();

it('passes a history that kept every promise', () => {
  const { ops, wallets } = history();
  expect(check(ops, wallets)).toEqual({
    violations: [],
    storeLosses: [],
    money: { actual: 1000n, expected: 1000n, unresolved: 0n, lostToStore: 0n },
  });
});

it('catches a failed operation that was applied anyway', () => {
  const { ops, wallets } = history();
  const a = wallets[0];
  wallets[0] = { ...a, version: 3, balance: 0n, entries: [...a.entries, line('A', 3, 'BALANCE_DECREASED', 700n, 0n, 'too-much')] };
  expect(kinds(ops, wallets)).toEqual(['failed-op-applied', 'money-not-conserved']);
});

it('catches an acknowledged change that is missing (a lost update)', () => {
  const { ops, wallets } = history();
  ops.push(op({ type: 'increase', key: 'lost', walletId: 'B', amount: 1n, expectedVersion: 1 }, 'ok', [ok(['B', 2, 301n])]));
  expect(kinds(ops, wallets)).toEqual(['money-not-conserved', 'observed-state-not-in-ledger', 'ok-op-not-applied-once']);
});

it('catches a transfer applied twice', () => {
  const { ops, wallets } = history();
  const [a, b] = wallets;
  wallets[0] = { ...a, version: 3, balance: 400n, entries: [...a.entries, { ...a.entries[2], version: 3, balanceAfter: 400n }] };
  wallets[1] = { ...b, version: 2, balance: 600n, entries: [...b.entries, { ...b.entries[1], version: 2, balanceAfter: 600n }] };
  expect(kinds(ops, wallets)).toEqual(['ok-op-not-applied-once', 'transfer-legs-unpaired']);
});

it('catches a ledger whose balanceAfter is not the running sum, and a negative balance', () => {
  const { ops, wallets } = history();
  const a = wallets[0];
  wallets[0] = { ...a, entries: [a.entries[0], { ...a.entries[1], balanceAfter: 999n }, a.entries[2]] };
  wallets[1] = { ...wallets[1], balance: -1n };
  expect(kinds(ops, wallets)).toEqual([
    'answer-disagrees-with-ledger',
    'balance-after-not-running-sum',
    'ledger-sum-not-balance',
    'money-not-conserved',
    'negative-balance',
    'observed-state-not-in-ledger',
  ]);
});

it('catches a stale read: older than a state acknowledged before it was sent', () => {
  const { ops, wallets } = history();
  ops.push(op({ type: 'read', walletId: 'A' }, 'ok', [ok(['A', 1, 1000n])], 1_000));
  expect(kinds(ops, wallets)).toEqual(['stale-read']);
});

it('catches an entry no client asked for', () => {
  const { ops, wallets } = history();
  const b = wallets[1];
  wallets[1] = { ...b, version: 2, balance: 400n, entries: [...b.entries, line('B', 2, 'BALANCE_INCREASED', 100n, 400n, 'ghost')] };
  expect(kinds(ops, wallets)).toEqual(['entry-with-unknown-key', 'money-not-conserved']);
});
