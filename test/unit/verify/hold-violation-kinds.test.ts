import { check } from '../../../tools/verify/checker';
import { FinalWallet, HoldRecord, LedgerLine } from '../../../tools/verify/final-wallet';
import { HOLD_VIOLATION_KINDS } from '../../../tools/verify/hold-violation-kinds';
import { Answer, Attempt, OpRecord, OpSpec, Outcome, WalletState } from '../../../tools/verify/op-log';

/**
 * Each hold violation kind made to fire by a hand-made history that breaks exactly that promise, and
 * the base history (holds placed, captured in part to another user's wallet, voided, expired lazily
 * before a decrease) keeping every promise, so the hold checks and the adapted checks accept the truth.
 */
const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const OWNERS: Record<string, string> = { A: 'ann', B: 'bob' };

let nextId = 0;
/** An operation by ann (bob for B's opening), answered at `seconds` after T0 (wall clock) with the given answers. */
function op(spec: OpSpec, outcome: Outcome, answers: Answer[], seconds = nextId, extra: Partial<Attempt> = {}): OpRecord {
  const epoch = T0 + seconds * 1000;
  const attempts = answers.map((answer) => ({
    sentAt: nextId * 10,
    endedAt: nextId * 10 + 5,
    sentAtEpochMs: epoch,
    endedAtEpochMs: epoch + 50,
    timeoutMs: 1_000,
    role: 'first' as const,
    answer,
    ...extra,
  }));
  const user = spec.type === 'create' && spec.key === 'open-b' ? 'bob' : 'ann';
  return { id: nextId++, client: 0, user, phase: 'run', spec, invokedAt: 0, completedAt: 5, attempts, outcome, wasUnknown: false };
}
const state = (walletId: string, version: number, balance: bigint, held?: bigint): WalletState => ({
  walletId,
  ownerId: OWNERS[walletId],
  version,
  balance,
  ...(held !== undefined && { held, available: balance - held }),
});
const ok = (shown: WalletState, extra: Partial<Extract<Answer, { kind: 'success' }>> = {}): Answer => ({
  kind: 'success',
  wallets: [shown],
  ...extra,
});
const refused = (typename: string, code: string): Answer => ({ kind: 'error', typename, code });
const line = (
  walletId: string,
  version: number,
  type: string,
  amount: bigint,
  balanceAfter: bigint,
  availableAfter: bigint,
  key: string | undefined,
  extra: Partial<LedgerLine> = {},
): LedgerLine => ({
  walletId,
  version,
  type,
  amount,
  balanceAfter,
  availableAfter,
  idempotencyKey: key,
  occurredAt: at(version),
  ...extra,
});
const record = (id: string, amount: bigint, status: string, expiresInSeconds: number, extra: Partial<HoldRecord> = {}): HoldRecord => ({
  id,
  walletId: 'A',
  amount,
  capturedAmount: 0n,
  status,
  expiresAt: at(expiresInSeconds),
  ...extra,
});

/**
 * ann's A: 10.00 in; h1 3.00 for bob's B, 2.00 captured (the rest released); h2 1.00 voided; h3 0.50 placed
 * for 1 s and released as expired (no key) by the next change, a 1.00 decrease. B: the 2.00 captured.
 */
function base() {
  nextId = 0;
  const ops = [
    op({ type: 'create', key: 'open-a' }, 'ok', [ok(state('A', 0, 0n))]),
    op({ type: 'create', key: 'open-b' }, 'ok', [ok(state('B', 0, 0n))]),
    op({ type: 'increase', key: 'dep', walletId: 'A', amount: 1000n, expectedVersion: 0 }, 'ok', [ok(state('A', 1, 1000n, 0n))]),
    op(
      { type: 'placeHold', key: 'place-1', walletId: 'A', amount: 300n, expectedVersion: 1, expiresInSeconds: 60, toWalletId: 'B' },
      'ok',
      [ok(state('A', 2, 1000n, 300n))],
    ),
    op(
      {
        type: 'captureHold',
        key: 'cap-1',
        holdId: 'h1',
        walletId: 'A',
        amount: 200n,
        heldAmount: 300n,
        toWalletId: 'B',
        expectedVersion: 2,
      },
      'ok',
      [ok(state('A', 4, 800n, 0n), { transferId: 't1', toWalletId: 'B' })],
    ),
    op({ type: 'placeHold', key: 'place-2', walletId: 'A', amount: 100n, expectedVersion: 4, expiresInSeconds: 60 }, 'ok', [
      ok(state('A', 5, 800n, 100n)),
    ]),
    op({ type: 'voidHold', key: 'void-2', holdId: 'h2', walletId: 'A', heldAmount: 100n, expectedVersion: 5 }, 'ok', [
      ok(state('A', 6, 800n, 0n)),
    ]),
    op({ type: 'placeHold', key: 'place-3', walletId: 'A', amount: 50n, expectedVersion: 6, expiresInSeconds: 1 }, 'ok', [
      ok(state('A', 7, 800n, 50n)),
    ]),
    op({ type: 'decrease', key: 'dec', walletId: 'A', amount: 100n, expectedVersion: 7 }, 'ok', [ok(state('A', 9, 700n, 0n))], 9),
  ];
  const wallets: FinalWallet[] = [
    {
      walletId: 'A',
      ownerId: 'ann',
      currency: 'GBP',
      version: 9,
      balance: 700n,
      entries: [
        line('A', 0, 'WALLET_CREATED', 0n, 0n, 0n, 'open-a'),
        line('A', 1, 'BALANCE_INCREASED', 1000n, 1000n, 1000n, 'dep'),
        line('A', 2, 'HOLD_PLACED', 300n, 1000n, 700n, 'place-1', { holdId: 'h1' }),
        line('A', 3, 'HOLD_CAPTURED', 200n, 800n, 700n, 'cap-1', { holdId: 'h1', transferId: 't1', counterpartyWalletId: 'B' }),
        line('A', 4, 'HOLD_RELEASED', 100n, 800n, 800n, 'cap-1', { holdId: 'h1', transferId: 't1' }),
        line('A', 5, 'HOLD_PLACED', 100n, 800n, 700n, 'place-2', { holdId: 'h2' }),
        line('A', 6, 'HOLD_RELEASED', 100n, 800n, 800n, 'void-2', { holdId: 'h2' }),
        line('A', 7, 'HOLD_PLACED', 50n, 800n, 750n, 'place-3', { holdId: 'h3' }),
        line('A', 8, 'HOLD_EXPIRED', 50n, 800n, 800n, undefined, { holdId: 'h3' }),
        line('A', 9, 'BALANCE_DECREASED', 100n, 700n, 700n, 'dec'),
      ],
      holds: [
        record('h1', 300n, 'CAPTURED', 60, { capturedAmount: 200n, toWalletId: 'B' }),
        record('h2', 100n, 'VOIDED', 60),
        record('h3', 50n, 'EXPIRED', 8),
      ],
      pendingHolds: [],
    },
    {
      walletId: 'B',
      ownerId: 'bob',
      currency: 'GBP',
      version: 1,
      balance: 200n,
      entries: [
        line('B', 0, 'WALLET_CREATED', 0n, 0n, 0n, 'open-b'),
        line('B', 1, 'TRANSFER_IN', 200n, 200n, 200n, 'cap-1', { transferId: 't1', counterpartyWalletId: 'A' }),
      ],
    },
  ];
  return { ops, wallets };
}
type History = ReturnType<typeof base>;
const A = (h: History) => h.wallets[0];
const setA = (h: History, change: Partial<FinalWallet>) => {
  h.wallets[0] = { ...A(h), ...change };
};
/** Appends entries to A (its version and balance follow the last one). */
const appendA = (h: History, ...lines: LedgerLine[]) => {
  const last = lines[lines.length - 1];
  setA(h, { entries: [...A(h).entries, ...lines], version: last.version, balance: last.balanceAfter });
};
const replaceA = (h: History, version: number, change: Partial<LedgerLine>) =>
  setA(h, { entries: A(h).entries.map((entry) => (entry.version === version ? { ...entry, ...change } : entry)) });

const SCENARIOS: Record<(typeof HOLD_VIOLATION_KINDS)[number], (h: History) => void> = {
  // h2, voided at v6, released again.
  'hold-resolved-twice': (h) => appendA(h, line('A', 10, 'HOLD_RELEASED', 100n, 700n, 700n, 'dec', { holdId: 'h2' })),
  'capture-exceeds-hold': (h) =>
    appendA(
      h,
      line('A', 10, 'HOLD_PLACED', 100n, 700n, 600n, 'dec', { holdId: 'h4' }),
      line('A', 11, 'HOLD_CAPTURED', 150n, 550n, 550n, 'dec', { holdId: 'h4' }),
    ),
  // h1 expired at 2 s; its capture was written at 3 s.
  'expired-hold-captured': (h) => setA(h, { holds: A(h).holds?.map((hold) => (hold.id === 'h1' ? { ...hold, expiresAt: at(2) } : hold)) }),
  'hold-expired-early': (h) => setA(h, { holds: A(h).holds?.map((hold) => (hold.id === 'h3' ? { ...hold, expiresAt: at(60) } : hold)) }),
  'negative-available': (h) => appendA(h, line('A', 10, 'HOLD_PLACED', 800n, 700n, -100n, 'dec', { holdId: 'h4' })),
  // The entry after placing h2 forgets it in the available balance.
  'held-not-pending-sum': (h) => replaceA(h, 5, { availableAfter: 800n }),
  // The answer to placing h2 shows nothing held, though h2 was live for a minute.
  'shown-figures-disagree-with-ledger': (h) => {
    h.ops[5] = { ...h.ops[5], attempts: [{ ...h.ops[5].attempts[0], answer: ok(state('A', 5, 800n, 0n)) }] };
  },
};

const kindsOf = (h: History) => new Set(check(h.ops, h.wallets).violations.map((violation) => violation.kind));

it('the base history keeps every promise', () => {
  const history = base();
  const result = check(history.ops, history.wallets);
  expect(result.violations).toEqual([]);
  // The capture to bob moved money; nothing left the bank but the decrease.
  expect(result.money).toMatchObject({ actual: 900n, expected: 900n });
});

it.each(HOLD_VIOLATION_KINDS)('%s fires', (kind) => {
  const history = base();
  SCENARIOS[kind](history);
  expect([...kindsOf(history)]).toContain(kind);
});

describe('the adapted checks', () => {
  it("a capture to another wallet without its TRANSFER_IN is an unpaired leg, and the op's effect is incomplete", () => {
    const history = base();
    history.wallets[1] = { ...history.wallets[1], version: 0, balance: 0n, entries: history.wallets[1].entries.slice(0, 1) };
    expect(kindsOf(history)).toEqual(new Set(['transfer-legs-unpaired', 'ok-op-not-applied-once', 'money-not-conserved']));
  });

  it('a capture that pays no wallet takes money out of the bank, as a decrease does', () => {
    const history = base();
    history.ops.push(
      op(
        { type: 'placeHold', key: 'place-4', walletId: 'A', amount: 100n, expectedVersion: 9, expiresInSeconds: 60 },
        'ok',
        [ok(state('A', 10, 700n, 100n))],
        10,
      ),
      op(
        { type: 'captureHold', key: 'cap-4', holdId: 'h4', walletId: 'A', heldAmount: 100n, expectedVersion: 10 },
        'ok',
        // A capture answers the id its entries share, whether or not it paid another wallet.
        [ok(state('A', 11, 600n, 0n), { transferId: 't4' })],
        11,
      ),
    );
    appendA(
      history,
      line('A', 10, 'HOLD_PLACED', 100n, 700n, 600n, 'place-4', { holdId: 'h4' }),
      line('A', 11, 'HOLD_CAPTURED', 100n, 600n, 600n, 'cap-4', { holdId: 'h4', transferId: 't4' }),
    );
    setA(history, { holds: [...(A(history).holds ?? []), record('h4', 100n, 'CAPTURED', 60, { capturedAmount: 100n })] });
    const result = check(history.ops, history.wallets);
    expect(result.violations).toEqual([]);
    expect(result.money).toMatchObject({ actual: 800n, expected: 800n });
  });

  it('the wallet must carry as pending exactly the holds its ledger holds', () => {
    const history = base();
    setA(history, { pendingHolds: [{ id: 'h3', amount: 50n }] });
    expect(kindsOf(history)).toEqual(new Set(['held-not-pending-sum']));
  });

  it('a hold whose expiry falls within the request may be counted or not; one that surely expired may not', () => {
    const shownAtV7 = (held: bigint, seconds: number) => {
      const history = base();
      history.ops.push(op({ type: 'read', walletId: 'A' }, 'ok', [ok(state('A', 7, 800n, held))], seconds));
      // v7 is not the newest state: this read is stale on purpose only in its figures, so judge the figures alone.
      return new Set([...kindsOf(history)].filter((kind) => kind !== 'stale-read'));
    };
    // h3 expires at 8 s; the request ran from 7.98 to 8.03 s.
    expect(shownAtV7(50n, 7.98)).toEqual(new Set());
    expect(shownAtV7(0n, 7.98)).toEqual(new Set());
    expect(shownAtV7(0n, 1)).toEqual(new Set(['shown-figures-disagree-with-ledger']));
    expect(shownAtV7(50n, 9)).toEqual(new Set(['shown-figures-disagree-with-ledger']));
  });
});

it('figures shown just before a kill -9 of the store are a state it lost, counted apart, not a violation', () => {
  const history = base();
  SCENARIOS['shown-figures-disagree-with-ledger'](history);
  const shownAt = history.ops[5].attempts[0].endedAt;
  const kinds = (crashAt?: number) =>
    check(
      history.ops,
      history.wallets,
      crashAt === undefined ? [] : [{ startedAtMs: crashAt, healedAtMs: crashAt + 1_000 }],
    ).violations.map((violation) => violation.kind);
  expect(kinds()).toContain('shown-figures-disagree-with-ledger');
  expect(kinds(shownAt + 100)).not.toContain('shown-figures-disagree-with-ledger');
  const excused = check(history.ops, history.wallets, [{ startedAtMs: shownAt + 100, healedAtMs: shownAt + 1_100 }]);
  expect(excused.storeLosses).toContainEqual(expect.objectContaining({ kind: 'shown-state-lost-by-store' }));
  // A crash long after: no excuse.
  expect(kinds(shownAt + 600_000)).toContain('shown-figures-disagree-with-ledger');
});

it('a hold the store lost in a kill -9: the void answered HoldNotFound is that loss, counted apart, not a violation', () => {
  const history = base();
  // Acknowledged with its id, but none of its entries is in the final table: the store lost it.
  const shown = { id: 'hL', status: 'PENDING', expiresAt: at(80), amount: 100n, capturedAmount: 0n };
  const place = op(
    { type: 'placeHold', key: 'place-lost', walletId: 'A', amount: 100n, expectedVersion: 9, expiresInSeconds: 60 },
    'ok',
    [ok(state('A', 10, 700n, 100n), { hold: shown })],
    20,
  );
  history.ops.push(place);
  history.ops.push(
    op({ type: 'voidHold', key: 'void-lost', holdId: 'hL', walletId: 'A', heldAmount: 100n, expectedVersion: 10 }, 'failed', [
      refused('HoldNotFound', 'HOLD_NOT_FOUND'),
    ]),
  );
  const ackedAt = place.attempts[0].endedAt;
  const judged = (crashAt?: number) =>
    check(history.ops, history.wallets, crashAt === undefined ? [] : [{ startedAtMs: crashAt, healedAtMs: crashAt + 1_000 }]);
  expect(judged().violations.map((violation) => violation.kind)).toContain('unexpected-answer');
  const excused = judged(ackedAt + 100);
  expect(excused.violations).toEqual([]);
  expect(excused.storeLosses).toContainEqual(expect.objectContaining({ kind: 'acknowledged-write-lost-by-store' }));
  // A crash long after: the hold was the service's to keep.
  expect(judged(ackedAt + 600_000).violations.map((violation) => violation.kind)).toContain('unexpected-answer');
});

it('a placing the store lost, whose version a later placing took at the same balance: a read of the version before is not stale', () => {
  const history = base();
  // Acknowledged as v10 (balance 7.00, 1.00 held), then lost in a kill -9: none of its entries is in the final table.
  const lost = op({ type: 'placeHold', key: 'place-lost', walletId: 'A', amount: 100n, expectedVersion: 9, expiresInSeconds: 600 }, 'ok', [
    ok(state('A', 10, 700n, 100n)),
  ]);
  // Asked after that acknowledgement, answered from the store as it was after the loss: v9.
  const read = op({ type: 'read', walletId: 'A' }, 'ok', [ok(state('A', 9, 700n, 0n))]);
  // Another placing then took v10, at the same balance.
  const taken = op({ type: 'placeHold', key: 'place-w', walletId: 'A', amount: 100n, expectedVersion: 9, expiresInSeconds: 600 }, 'ok', [
    ok(state('A', 10, 700n, 100n)),
  ]);
  history.ops.push(lost, read, taken);
  appendA(history, line('A', 10, 'HOLD_PLACED', 100n, 700n, 600n, 'place-w', { holdId: 'hW' }));
  setA(history, { holds: [...(A(history).holds ?? []), record('hW', 100n, 'PENDING', 600)], pendingHolds: [{ id: 'hW', amount: 100n }] });
  const ackedAt = lost.attempts[0].endedAt;
  const judged = (crashAt?: number) =>
    check(history.ops, history.wallets, crashAt === undefined ? [] : [{ startedAtMs: crashAt, healedAtMs: crashAt + 1 }]);
  // No crash: an acknowledged write missing from the ledger, and a read older than it, are the service's.
  expect(judged().violations.map((violation) => violation.kind)).toEqual(expect.arrayContaining(['ok-op-not-applied-once', 'stale-read']));
  // A crash just after the placing: the loss is the store's, counted apart, and the read is no violation.
  const excused = judged(ackedAt + 1);
  expect(excused.violations).toEqual([]);
  expect(excused.storeLosses).toContainEqual(expect.objectContaining({ kind: 'acknowledged-write-lost-by-store' }));
});

describe('refusals of hold operations, judged at the version sent', () => {
  const refusedAt = (spec: OpSpec, answer: Answer, seconds: number) => {
    const history = base();
    history.ops.push(op(spec, 'failed', [answer], seconds));
    return kindsOf(history);
  };

  it('InsufficientBalance is judged by the available balance, not the posted one', () => {
    const place = { type: 'placeHold', key: 'p', walletId: 'A', amount: 750n, expectedVersion: 2, expiresInSeconds: 60 } as const;
    const insufficient = refused('InsufficientBalance', 'INSUFFICIENT_BALANCE');
    // At v2, 10.00 is posted but 3.00 held: 7.50 does not fit.
    expect(refusedAt(place, insufficient, 2)).toEqual(new Set());
    expect(refusedAt({ ...place, amount: 700n }, insufficient, 2)).toEqual(new Set(['wrong-refusal']));
    expect(refusedAt({ type: 'decrease', key: 'd', walletId: 'A', amount: 750n, expectedVersion: 2 }, insufficient, 2)).toEqual(new Set());
  });

  it('HoldNotPending is wrong for a hold the ledger holds that had not expired', () => {
    const voidH2 = { type: 'voidHold', key: 'v', holdId: 'h2', walletId: 'A', heldAmount: 100n, expectedVersion: 5 } as const;
    const notPending = refused('HoldNotPending', 'HOLD_NOT_PENDING');
    expect(refusedAt(voidH2, notPending, 5)).toEqual(new Set(['wrong-refusal']));
    expect(refusedAt({ ...voidH2, expectedVersion: 6 }, notPending, 6)).toEqual(new Set());
    // h3 at v7, after its expiry (8 s): not pending any more, released or not.
    expect(refusedAt({ ...voidH2, holdId: 'h3', heldAmount: 50n, expectedVersion: 7 }, notPending, 8.5)).toEqual(new Set());
  });

  it('CaptureExceedsHold is wrong for an amount the hold covers', () => {
    const capture = { type: 'captureHold', key: 'c', holdId: 'h2', walletId: 'A', heldAmount: 100n, expectedVersion: 5 } as const;
    const exceeds = refused('CaptureExceedsHold', 'CAPTURE_EXCEEDS_HOLD');
    expect(refusedAt({ ...capture, amount: 101n }, exceeds, 5)).toEqual(new Set());
    expect(refusedAt({ ...capture, amount: 100n }, exceeds, 5)).toEqual(new Set(['wrong-refusal']));
  });
});
