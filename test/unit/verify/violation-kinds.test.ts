import { check } from '../../../tools/verify/checker';
import { FinalWallet, LedgerLine } from '../../../tools/verify/final-wallet';
import { Answer, Attempt, OpRecord, OpSpec, Outcome } from '../../../tools/verify/op-log';
import { StoreCrash } from '../../../tools/verify/store-losses';
import { HOLD_VIOLATION_KINDS } from '../../../tools/verify/hold-violation-kinds';
import { SERVICE_VIOLATION_KINDS, STORE_LOSS_KINDS } from '../../../tools/verify/violations';

/**
 * Each kind of violation the bank checker knows, made to fire by a history that breaks exactly
 * that promise (a checker kind that can never fire proves nothing), and the store's losses told
 * apart from the service's. The base history keeps every promise.
 */
/** Two users: ann owns A, bob owns B. An operation is by the owner of the wallet it names, unless `by` says otherwise. */
const OWNERS: Record<string, string> = { A: 'ann', B: 'bob', 'open-a': 'ann', 'open-b': 'bob' };
const userOf = (spec: OpSpec) => OWNERS[spec.type === 'create' ? spec.key : spec.type === 'transfer' ? spec.from : spec.walletId] ?? 'ann';
let nextId = 0;
function op(spec: OpSpec, outcome: Outcome, answers: Answer[], at = nextId * 10, extra: Partial<Attempt> = {}): OpRecord {
  const attempts = answers.map((answer) => ({ sentAt: at, endedAt: at + 5, timeoutMs: 1_000, role: 'first' as const, answer, ...extra }));
  return {
    id: nextId++,
    client: 0,
    user: userOf(spec),
    phase: 'run',
    spec,
    invokedAt: at,
    completedAt: at + 5,
    attempts,
    outcome,
    wasUnknown: false,
  };
}
const by = (user: string, record: OpRecord): OpRecord => ({ ...record, user });
const ok = (...wallets: Array<[string, number, bigint]>): Answer => ({
  kind: 'success',
  wallets: wallets.map(([walletId, version, balance]) => ({ walletId, ownerId: OWNERS[walletId], version, balance })),
});
const refused = (typename: string, code: string): Answer => ({ kind: 'error', typename, code });
const notFound = (walletId: string): Answer => ({ kind: 'error', typename: 'WalletNotFound', code: 'WALLET_NOT_FOUND', walletId });
const line = (
  walletId: string,
  version: number,
  type: string,
  amount: bigint,
  balanceAfter: bigint,
  idempotencyKey?: string,
  extra: Partial<LedgerLine> = {},
): LedgerLine => ({ walletId, version, type, amount, balanceAfter, idempotencyKey, ...extra });

/** A: opened, 10.00 in, 3.00 to bob's B (so ann is shown A only); a 50.00 withdrawal refused; B read by bob. */
function base() {
  nextId = 0;
  const ops = [
    op({ type: 'create', key: 'open-a' }, 'ok', [ok(['A', 0, 0n])]),
    op({ type: 'create', key: 'open-b' }, 'ok', [ok(['B', 0, 0n])]),
    op({ type: 'increase', key: 'dep-a', walletId: 'A', amount: 1000n, expectedVersion: 0 }, 'ok', [ok(['A', 1, 1000n])]),
    op({ type: 'transfer', key: 'tr', from: 'A', to: 'B', amount: 300n, expectedVersion: 1 }, 'ok', [
      { ...ok(['A', 2, 700n]), transferId: 't1', toWalletId: 'B' } as Answer,
    ]),
    op({ type: 'decrease', key: 'too-much', walletId: 'A', amount: 5000n, expectedVersion: 2 }, 'failed', [
      refused('InsufficientBalance', 'INSUFFICIENT_BALANCE'),
    ]),
    op({ type: 'read', walletId: 'B' }, 'ok', [ok(['B', 1, 300n])]),
  ];
  const wallets: FinalWallet[] = [
    {
      walletId: 'A',
      ownerId: 'ann',
      currency: 'GBP',
      version: 2,
      balance: 700n,
      entries: [
        line('A', 0, 'WALLET_CREATED', 0n, 0n, 'open-a'),
        line('A', 1, 'BALANCE_INCREASED', 1000n, 1000n, 'dep-a'),
        line('A', 2, 'TRANSFER_OUT', 300n, 700n, 'tr', { transferId: 't1', counterpartyWalletId: 'B' }),
      ],
    },
    {
      walletId: 'B',
      ownerId: 'bob',
      currency: 'GBP',
      version: 1,
      balance: 300n,
      entries: [
        line('B', 0, 'WALLET_CREATED', 0n, 0n, 'open-b'),
        line('B', 1, 'TRANSFER_IN', 300n, 300n, 'tr', { transferId: 't1', counterpartyWalletId: 'A' }),
      ],
    },
  ];
  return { ops, wallets };
}
type History = ReturnType<typeof base>;
const withEntry = (wallet: FinalWallet, entry: LedgerLine, balance = entry.balanceAfter): FinalWallet => ({
  ...wallet,
  version: entry.version,
  balance,
  entries: [...wallet.entries, entry],
});

/** The hold kinds fire in hold-violation-kinds.test.ts, on a history with holds. */
type HoldKind = (typeof HOLD_VIOLATION_KINDS)[number];
const isHoldKind = (kind: string): kind is HoldKind => (HOLD_VIOLATION_KINDS as readonly string[]).includes(kind);
const KINDS = SERVICE_VIOLATION_KINDS.filter(
  (kind): kind is Exclude<(typeof SERVICE_VIOLATION_KINDS)[number], HoldKind> => !isHoldKind(kind),
);

/** One broken promise each: the history is changed just so, and this kind must be among those reported. */
const SCENARIOS: Record<(typeof KINDS)[number], (h: History) => void> = {
  'ledger-not-contiguous': (h) => {
    h.wallets[1] = { ...h.wallets[1], entries: [...h.wallets[1].entries, line('B', 2, 'BALANCE_INCREASED', 1n, 301n, 'x')] };
  },
  'ledger-bad-start': (h) => {
    h.wallets[0] = {
      ...h.wallets[0],
      entries: [{ ...h.wallets[0].entries[0], type: 'BALANCE_INCREASED' }, ...h.wallets[0].entries.slice(1)],
    };
  },
  'ledger-wrong-wallet': (h) => {
    h.wallets[0] = {
      ...h.wallets[0],
      entries: [h.wallets[0].entries[0], { ...h.wallets[0].entries[1], walletId: 'B' }, h.wallets[0].entries[2]],
    };
  },
  'balance-after-not-running-sum': (h) => {
    h.wallets[0] = {
      ...h.wallets[0],
      entries: [h.wallets[0].entries[0], { ...h.wallets[0].entries[1], balanceAfter: 999n }, h.wallets[0].entries[2]],
    };
  },
  'negative-balance': (h) => {
    h.wallets[1] = withEntry(h.wallets[1], line('B', 2, 'BALANCE_DECREASED', 400n, -100n, 'over'));
    h.ops.push(op({ type: 'decrease', key: 'over', walletId: 'B', amount: 400n, expectedVersion: 1 }, 'ok', [ok(['B', 2, -100n])]));
  },
  'ledger-sum-not-balance': (h) => {
    h.wallets[1] = { ...h.wallets[1], balance: 301n };
  },
  'transfer-legs-unpaired': (h) => {
    h.wallets[1] = { ...h.wallets[1], entries: [h.wallets[1].entries[0], { ...h.wallets[1].entries[1], transferId: 't2' }] };
  },
  'entry-without-key': (h) => {
    h.wallets[1] = withEntry(h.wallets[1], line('B', 2, 'BALANCE_INCREASED', 0n, 300n));
  },
  'failed-op-applied': (h) => {
    h.wallets[0] = withEntry(h.wallets[0], line('A', 3, 'BALANCE_DECREASED', 5000n, -4300n, 'too-much'));
  },
  'ok-op-not-applied-once': (h) => {
    h.ops.push(op({ type: 'increase', key: 'lost', walletId: 'B', amount: 1n, expectedVersion: 1 }, 'ok', [ok(['B', 2, 301n])]));
  },
  'unknown-op-partly-applied': (h) => {
    h.ops.push(
      op({ type: 'transfer', key: 'half', from: 'B', to: 'A', amount: 100n, expectedVersion: 1 }, 'unknown', [
        { kind: 'unknown', reason: 'timeout' },
      ]),
    );
    h.wallets[1] = withEntry(
      h.wallets[1],
      line('B', 2, 'TRANSFER_OUT', 100n, 200n, 'half', { transferId: 't9', counterpartyWalletId: 'A' }),
    );
  },
  'entry-with-unknown-key': (h) => {
    h.wallets[1] = withEntry(h.wallets[1], line('B', 2, 'BALANCE_INCREASED', 100n, 400n, 'ghost'));
  },
  'answer-disagrees-with-ledger': (h) => {
    h.ops[2] = {
      ...h.ops[2],
      attempts: [...h.ops[2].attempts, { ...h.ops[2].attempts[0], role: 'duplicate', answer: ok(['A', 1, 999n]) }],
    };
  },
  'observed-state-not-in-ledger': (h) => {
    h.ops.push(op({ type: 'read', walletId: 'B' }, 'ok', [ok(['B', 1, 299n])]));
  },
  'stale-read': (h) => {
    h.ops.push(op({ type: 'read', walletId: 'A' }, 'ok', [ok(['A', 1, 1000n])], 1_000));
  },
  'contradictory-answers': (h) => {
    h.ops[2] = {
      ...h.ops[2],
      attempts: [...h.ops[2].attempts, { ...h.ops[2].attempts[0], role: 'duplicate', answer: refused('InvalidAmount', 'INVALID_AMOUNT') }],
    };
  },
  'unexpected-answer': (h) => {
    h.ops.push(
      op({ type: 'increase', key: 'bad', walletId: 'A', amount: 1n, expectedVersion: 2 }, 'failed', [
        { kind: 'unexpected', reason: 'BAD_USER_INPUT' },
      ]),
    );
  },
  'untyped-server-error': (h) => {
    h.ops.push(
      op({ type: 'increase', key: 'broke', walletId: 'A', amount: 1n, expectedVersion: 2 }, 'failed', [
        { kind: 'unknown', reason: 'INTERNAL_SERVER_ERROR' },
        refused('VersionConflict', 'VERSION_CONFLICT'),
      ]),
    );
  },
  'money-not-conserved': (h) => {
    h.ops.push(
      op({ type: 'increase', key: 'made-up', walletId: 'A', amount: 5n, expectedVersion: 2 }, 'unknown', [
        { kind: 'unknown', reason: 'timeout' },
      ]),
    );
    h.wallets[0] = withEntry(h.wallets[0], line('A', 3, 'BALANCE_INCREASED', 5n, 705n, 'made-up'), 700n);
  },
  'wrong-refusal': (h) => {
    h.ops.push(
      op({ type: 'decrease', key: 'fits', walletId: 'A', amount: 700n, expectedVersion: 2 }, 'failed', [
        refused('InsufficientBalance', 'INSUFFICIENT_BALANCE'),
      ]),
    );
  },
  'wrong-currency-accepted': (h) => {
    h.ops.push(
      op({ type: 'increase', key: 'eur', walletId: 'B', amount: 1n, expectedVersion: 1, currency: 'EUR' }, 'ok', [ok(['B', 2, 301n])]),
    );
    h.wallets[1] = withEntry(h.wallets[1], line('B', 2, 'BALANCE_INCREASED', 1n, 301n, 'eur'));
  },
  // ann pays bob and is shown bob's wallet after it, as if `to` were hers to see.
  'shown-foreign-wallet': (h) => {
    h.ops[3] = {
      ...h.ops[3],
      attempts: [{ ...h.ops[3].attempts[0], answer: { ...ok(['A', 2, 700n], ['B', 1, 300n]), transferId: 't1' } as Answer }],
    };
  },
  'trespass-not-refused': (h) => {
    h.ops.push(
      by(
        'bob',
        op({ type: 'decrease', key: 'steal', walletId: 'A', amount: 5000n, expectedVersion: 2, trespass: true }, 'failed', [
          refused('InsufficientBalance', 'INSUFFICIENT_BALANCE'),
        ]),
      ),
    );
  },
  'trespass-applied': (h) => {
    h.ops.push(
      by(
        'bob',
        op({ type: 'increase', key: 'gift', walletId: 'A', amount: 1n, expectedVersion: 2, trespass: true }, 'failed', [notFound('A')]),
      ),
    );
    h.wallets[0] = withEntry(h.wallets[0], line('A', 3, 'BALANCE_INCREASED', 1n, 701n, 'gift'));
  },
};

const kindsOf = (h: History, crashes: StoreCrash[] = []) =>
  new Set(check(h.ops, h.wallets, crashes).violations.map((violation) => violation.kind));

it('the base history keeps every promise', () => {
  expect(check(base().ops, base().wallets).violations).toEqual([]);
});

it.each(KINDS)('%s fires', (kind) => {
  const history = base();
  SCENARIOS[kind](history);
  expect([...kindsOf(history)]).toContain(kind);
});

it("a CurrencyMismatch on a request in the wallet's own currency is a wrong refusal; on EUR it is right", () => {
  const right = base();
  right.ops.push(
    op({ type: 'increase', key: 'eur', walletId: 'A', amount: 1n, expectedVersion: 2, currency: 'EUR' }, 'failed', [
      refused('CurrencyMismatch', 'CURRENCY_MISMATCH'),
    ]),
  );
  expect(kindsOf(right)).toEqual(new Set());
  const wrong = base();
  wrong.ops.push(
    op({ type: 'increase', key: 'gbp', walletId: 'A', amount: 1n, expectedVersion: 2 }, 'failed', [
      refused('CurrencyMismatch', 'CURRENCY_MISMATCH'),
    ]),
  );
  expect(kindsOf(wrong)).toEqual(new Set(['wrong-refusal']));
});

it('a refusal is judged at the expectedVersion the attempt sent (a retry after re-reading the wallet)', () => {
  const history = base();
  // 800 does not fit at v2 (700) but did at v1 (1000): refused at v2 is right, at v1 wrong.
  history.ops.push(
    op(
      { type: 'decrease', key: 'late', walletId: 'A', amount: 800n, expectedVersion: 1 },
      'failed',
      [refused('InsufficientBalance', 'INSUFFICIENT_BALANCE')],
      100,
      { expectedVersion: 2 },
    ),
  );
  expect(kindsOf(history)).toEqual(new Set());
  history.ops.push(
    op({ type: 'decrease', key: 'early', walletId: 'A', amount: 800n, expectedVersion: 1 }, 'failed', [
      refused('InsufficientBalance', 'INSUFFICIENT_BALANCE'),
    ]),
  );
  expect(kindsOf(history)).toEqual(new Set(['wrong-refusal']));
});

describe("trespass probes: another user's wallet read, changed or paid from", () => {
  const probes = (answer: (walletId: string) => Answer) => [
    by('bob', op({ type: 'read', walletId: 'A', trespass: true }, 'failed', [answer('A')])),
    by('bob', op({ type: 'increase', key: 'p1', walletId: 'A', amount: 1n, expectedVersion: 2, trespass: true }, 'failed', [answer('A')])),
    by(
      'bob',
      op({ type: 'decrease', key: 'p2', walletId: 'A', amount: 1n, expectedVersion: 2, currency: 'EUR', trespass: true }, 'failed', [
        answer('A'),
      ]),
    ),
    by(
      'bob',
      op({ type: 'transfer', key: 'p3', from: 'A', to: 'B', amount: 1n, expectedVersion: 2, trespass: true }, 'failed', [answer('A')]),
    ),
  ];

  it('answered exactly as an unknown id, and without effect, they keep every promise', () => {
    const history = base();
    history.ops.push(...probes(notFound));
    expect(check(history.ops, history.wallets).violations).toEqual([]);
  });

  it.each([
    ['a WalletNotFound naming another wallet', () => notFound('B')],
    ['a CurrencyMismatch (it tells the wallet exists)', () => refused('CurrencyMismatch', 'CURRENCY_MISMATCH')],
  ])('answered with %s, each is a violation', (_name, answer) => {
    const history = base();
    history.ops.push(...probes(answer));
    const found = check(history.ops, history.wallets).violations.filter((violation) => violation.kind === 'trespass-not-refused');
    expect(found).toHaveLength(4);
  });

  it('a VersionConflict to a probe shows the wallet: refused wrongly, and a foreign state shown', () => {
    const history = base();
    history.ops.push(
      by(
        'bob',
        op({ type: 'increase', key: 'p', walletId: 'A', amount: 1n, expectedVersion: 1, trespass: true }, 'failed', [
          {
            kind: 'error',
            typename: 'VersionConflict',
            code: 'VERSION_CONFLICT',
            expectedVersion: 1,
            actualVersion: 2,
            wallet: { walletId: 'A', ownerId: 'ann', version: 2, balance: 700n },
          },
        ]),
      ),
    );
    expect(kindsOf(history)).toEqual(new Set(['shown-foreign-wallet', 'trespass-not-refused']));
  });
});

it('a state whose answer names the caller as owner is still foreign when the table says otherwise', () => {
  const history = base();
  history.ops.push(
    by(
      'ann',
      op({ type: 'read', walletId: 'B' }, 'ok', [
        { kind: 'success', wallets: [{ walletId: 'B', ownerId: 'ann', version: 1, balance: 300n }] },
      ]),
    ),
  );
  expect(kindsOf(history)).toEqual(new Set(['shown-foreign-wallet']));
});

it("a transfer into one's own wallet must show both states; into another user's, the source only", () => {
  const history = base();
  history.ops[3] = by('bob', history.ops[3]);
  history.wallets[0] = { ...history.wallets[0], ownerId: 'bob' };
  // Now B is the payer's own wallet too, and the answer (A only) hides it.
  expect(kindsOf(history)).toContain('answer-disagrees-with-ledger');
});

describe('a write acknowledged just before the store was killed with -9, and missing afterwards', () => {
  const lostWrite = () => {
    const history = base();
    history.ops.push(
      op({ type: 'increase', key: 'lost', walletId: 'B', amount: 1n, expectedVersion: 1 }, 'ok', [ok(['B', 2, 301n])], 1_000),
    );
    history.ops.push(op({ type: 'read', walletId: 'B' }, 'ok', [ok(['B', 1, 300n])], 3_000));
    return history;
  };

  it("is the store's loss, counted apart, when a crash followed within the loss window", () => {
    const history = lostWrite();
    const result = check(history.ops, history.wallets, [{ startedAtMs: 1_500, healedAtMs: 2_500 }]);
    expect(result.violations).toEqual([]);
    expect(result.storeLosses.map((loss) => loss.kind).sort()).toEqual([...STORE_LOSS_KINDS]);
    expect(result.money.lostToStore).toBe(1n);
  });

  it("is the service's lost update when no crash of the store explains it", () => {
    const history = lostWrite();
    expect(kindsOf(history)).toEqual(
      new Set(['money-not-conserved', 'observed-state-not-in-ledger', 'ok-op-not-applied-once', 'stale-read']),
    );
    expect(kindsOf(lostWrite(), [{ startedAtMs: 60_000, healedAtMs: 61_000 }])).toContain('ok-op-not-applied-once');
  });
});
