import { setTimeout as sleep } from 'node:timers/promises';
import { Executor } from './executor';
import { BookedHold, HoldBook } from './hold-book';
import { HoldRace, HoldSpec } from './hold-ops';
import { OpLog, OpRecord, OpSpec } from './op-log';
import { Random } from './random';
import { endedInConflict, MAX_REDECISIONS } from './redecision';
import { WalletView } from './wallet-view';

/** One client's turn at holds: who it is, what it believes, and a fresh key per operation. */
export interface HoldTurn {
  readonly log: OpLog;
  readonly executor: Executor;
  readonly client: number;
  readonly user: string;
  readonly random: Random;
  readonly view: WalletView;
  readonly book: HoldBook;
  readonly own: readonly string[];
  readonly all: readonly string[];
  readonly key: (n: number) => string;
}

/** Share of placed holds authorised to another wallet (anyone's), of short expiry (1-3 s), and asking for more than is available. */
const TO_WALLET_SHARE = 0.4;
const SHORT_EXPIRY_SHARE = 0.4;
const OVERHOLD_SHARE = 0.25;
/** A hold closer than this to its expiry is raced or left to expire, not captured on purpose. */
const EXPIRY_MARGIN_MS = 500;
/** How long before the kept hold's expiry its client reads the wallet, to capture it at once after it. */
const KEPT_READ_BEFORE_MS = 150;
/** A capture "after expiry" is sent this long after it (the service shares this machine's clock). */
const LATE_MS = 30;

/**
 * A placement turn's keys: its decisions take key(0) to key(PLACEMENT_DECISIONS - 1), and the capture of the
 * kept hold that may follow takes the keys after them, so the two never share one (a key names one operation).
 */
const PLACEMENT_DECISIONS = MAX_REDECISIONS + 1;

function placementKey(turn: HoldTurn, decision: number): string {
  if (decision >= PLACEMENT_DECISIONS) throw new Error(`placement decision ${decision}: only ${PLACEMENT_DECISIONS} keys are set aside`);
  return turn.key(decision);
}

const keptCaptureKey = (turn: HoldTurn) => (n: number) => turn.key(PLACEMENT_DECISIONS + n);

/**
 * Places a hold, or resolves one the client placed: captures it in full or in part (sometimes more than
 * held), voids it, or races on it: a capture against a void (two keys), a capture sent twice at once
 * with one key, a capture at the moment of its expiry, or a capture after it (which must be refused).
 * Holds left alone expire; the service releases them on their wallet's next change.
 */
export async function holdTurn(turn: HoldTurn): Promise<void> {
  await chooseAndRun(turn);
}

/** Resolves to the operations of the turn (their records are in the log already). */
async function chooseAndRun(turn: HoldTurn): Promise<unknown> {
  const { random, book } = turn;
  const nowMs = Date.now();
  for (const hold of book.all()) if (hold.expiresAtMs < nowMs - 10_000) book.remove(hold.holdId);
  const live = book.live(nowMs, EXPIRY_MARGIN_MS);
  const expiring = book.expiring(nowMs, EXPIRY_MARGIN_MS);
  const roll = random.next();
  if (expiring.length > 0 && roll < 0.3) return captureAtExpiry(turn, random.pick(expiring), random.chance(0.5));
  if (live.length === 0 || roll < 0.45) return place(turn);
  const hold = random.pick(live);
  const base = () => ({
    holdId: hold.holdId,
    walletId: hold.walletId,
    heldAmount: hold.amount,
    expectedVersion: turn.view.get(hold.walletId).version,
  });
  const capture = (n: number, amount?: bigint): HoldSpec => ({
    type: 'captureHold',
    key: turn.key(n),
    ...base(),
    toWalletId: hold.toWalletId,
    amount,
  });
  const part = hold.amount > 1n ? BigInt(random.int(1, Number(hold.amount) - 1)) : undefined;
  const over = hold.amount + BigInt(random.int(1, 500));
  if (roll < 0.58) return redeciding(turn, hold, (n) => capture(n));
  if (roll < 0.7) return redeciding(turn, hold, (n) => capture(n, part));
  if (roll < 0.76) return redeciding(turn, hold, (n) => capture(n, over));
  if (roll < 0.85) return redeciding(turn, hold, (n) => ({ type: 'voidHold', key: turn.key(n), ...base() }));
  if (roll < 0.93) return settle(turn, hold, [capture(0), { type: 'voidHold', key: turn.key(1), ...base() }], 'capture-vs-void');
  return settle(turn, hold, [capture(0)], 'same-key-duplicate');
}

async function place(turn: HoldTurn): Promise<void> {
  const walletId = turn.random.pick(turn.own);
  for (let n = 0; n < PLACEMENT_DECISIONS; n++) if (!endedInConflict(await placeOn(turn, walletId, n))) break;
  // The client's first hold: captured just after its expiry, before another change of its wallet (by the other
  // clients of its user) releases it lazily, which would answer HoldNotPending however the capture was guarded.
  const kept = turn.book.takeKept();
  if (kept) {
    await sleep(Math.max(0, kept.expiresAtMs - KEPT_READ_BEFORE_MS - Date.now()));
    await captureAtExpiry({ ...turn, key: keptCaptureKey(turn) }, kept, true);
  }
}

async function placeOn(turn: HoldTurn, walletId: string, n: number): Promise<OpRecord> {
  const { random, view } = turn;
  const { version, balance, available = balance } = view.get(walletId);
  const others = turn.all.filter((id) => id !== walletId);
  const spec: HoldSpec = {
    type: 'placeHold',
    key: placementKey(turn, n),
    walletId,
    amount: holdAmount(random, available, balance),
    expectedVersion: version,
    expiresInSeconds: turn.book.needsKeptHold() ? 1 : random.chance(SHORT_EXPIRY_SHARE) ? random.int(1, 3) : random.int(20, 60),
    ...(random.chance(TO_WALLET_SHARE) && { toWalletId: random.pick(others) }),
  };
  const op = await run(turn, spec);
  const placed = op.outcome === 'ok' ? HoldBook.placedBy(answers(op), walletId, spec.toWalletId) : undefined;
  if (placed) turn.book.add(placed);
  return op;
}

/** Mostly what the client believes is available; sometimes what only the posted balance covers, or more (InsufficientBalance). */
function holdAmount(random: Random, available: bigint, balance: bigint): bigint {
  if (available <= 0n || random.chance(OVERHOLD_SHARE)) {
    const above = balance > available ? balance : available;
    return available + BigInt(random.int(1, Math.max(1, Number(above - available)))) + (random.chance(0.5) ? 0n : 1_000n);
  }
  const most = available < 10_000n ? Number(available) : 10_000;
  return BigInt(random.int(1, Math.max(1, most)));
}

/**
 * Wait for the hold's expiry, give or take 150 ms (a race with it), or until just past it (it must be
 * refused), read the wallet (so the capture reaches the rule rather than a stale version), then capture,
 * deciding again from the wallet a VersionConflict returns, a few times.
 */
async function captureAtExpiry(turn: HoldTurn, hold: BookedHold, late: boolean): Promise<void> {
  const offset = late ? LATE_MS : turn.random.int(-150, 150);
  await run(turn, { type: 'read', walletId: hold.walletId });
  await sleep(Math.max(0, hold.expiresAtMs + offset - Date.now()));
  await redeciding(turn, hold, (n) => ({
    type: 'captureHold',
    key: turn.key(n),
    holdId: hold.holdId,
    walletId: hold.walletId,
    heldAmount: hold.amount,
    toWalletId: hold.toWalletId,
    expectedVersion: turn.view.get(hold.walletId).version,
    race: late ? undefined : 'capture-vs-expiry',
  }));
}

/** One operation on a hold, decided again (new key, the version a VersionConflict showed) up to MAX_REDECISIONS times. */
async function redeciding(turn: HoldTurn, hold: BookedHold, decide: (n: number) => HoldSpec): Promise<void> {
  for (let n = 0; n <= MAX_REDECISIONS; n++) {
    const [op] = await settle(turn, hold, [decide(n)]);
    if (!endedInConflict(op)) return;
  }
}

/** Runs the operations on one hold at once; the hold leaves the book once an answer shows it resolved. */
async function settle(turn: HoldTurn, hold: BookedHold, specs: HoldSpec[], race?: HoldRace): Promise<OpRecord[]> {
  const raced = specs.map((spec) => ({ ...spec, ...(race && { race }) }));
  const ops = await Promise.all(raced.map((spec) => run(turn, spec, race === 'same-key-duplicate')));
  const resolved = ops.some((op) =>
    op.attempts.some(({ answer }) => answer.kind === 'success' || (answer.kind === 'error' && answer.code.startsWith('HOLD_NOT'))),
  );
  if (resolved) turn.book.remove(hold.holdId);
  return ops;
}

async function run(turn: HoldTurn, spec: OpSpec, concurrentDuplicate = false): Promise<OpRecord> {
  const op = turn.log.invoke(turn.client, turn.user, 'run', spec);
  await turn.executor.run(op, turn.random, concurrentDuplicate);
  for (const attempt of op.attempts) turn.view.learn(attempt.answer);
  return op;
}

const answers = (op: OpRecord) => op.attempts.map((attempt) => attempt.answer);
