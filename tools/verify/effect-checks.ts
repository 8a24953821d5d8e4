import { FinalWallet, LedgerLine } from './final-wallet';
import { ExpectedLine } from './expected-line';
import { holdLines } from './hold-effects';
import { MutationSpec, OpRecord, WalletState } from './op-log';
import { Violations } from './violations';

/**
 * Exactly-once, checked by idempotency key (every mutation of the harness carries a unique one):
 * an `ok` operation's effect is in the ledger exactly once, and agrees with the success it was
 * answered; a `failed` one's key is in no entry; an `unknown` one (never resolved) is either wholly
 * there or wholly absent. No entry carries a key the harness never sent, or no key at all.
 */
export function checkEffects(ops: readonly OpRecord[], wallets: readonly FinalWallet[], violations: Violations): void {
  const byKey = new Map<string, LedgerLine[]>();
  for (const line of wallets.flatMap((wallet) => wallet.entries)) {
    // A lazy release of an expired hold is the service's own step of some change: it carries no key.
    if (line.idempotencyKey === undefined && line.type !== 'HOLD_EXPIRED') {
      violations.add('entry-without-key', `${line.walletId} v${line.version} ${line.type}: every operation of the harness had a key`);
      continue;
    }
    if (line.idempotencyKey !== undefined) byKey.set(line.idempotencyKey, [...(byKey.get(line.idempotencyKey) ?? []), line]);
  }
  const owners = new Map(wallets.map((wallet) => [wallet.walletId, wallet.ownerId]));
  const sent = new Set<string>();
  for (const op of ops) {
    const spec = op.spec;
    if (spec.type === 'read') continue;
    sent.add(spec.key);
    const found = byKey.get(spec.key) ?? [];
    const expected = expectedLines(spec, op);
    const describe = () => `op ${op.id} ${spec.type} ${spec.key} (${op.outcome}): ${found.map(show).join('; ') || 'no entry'}`;
    if (op.outcome === 'failed') violations.expect(found.length === 0, 'failed-op-applied', describe);
    else if (op.outcome === 'ok') violations.expect(matches(found, expected), 'ok-op-not-applied-once', describe);
    else violations.expect(found.length === 0 || matches(found, expected), 'unknown-op-partly-applied', describe);
    if (op.outcome === 'ok' && matches(found, expected)) checkAgainstAnswers(op, found, owners, violations);
  }
  for (const [key, lines] of byKey)
    violations.expect(sent.has(key), 'entry-with-unknown-key', () => `${key}: ${lines.map(show).join('; ')}`);
}

function expectedLines(spec: MutationSpec, op: OpRecord): ExpectedLine[] {
  switch (spec.type) {
    case 'create': {
      const created = successes(op)[0]?.wallets[0]?.walletId ?? '(not created)';
      return [{ walletId: created, type: 'WALLET_CREATED', amount: 0n }];
    }
    case 'increase':
      return [{ walletId: spec.walletId, type: 'BALANCE_INCREASED', amount: spec.amount }];
    case 'decrease':
      return [{ walletId: spec.walletId, type: 'BALANCE_DECREASED', amount: spec.amount }];
    case 'transfer':
      return [
        { walletId: spec.from, type: 'TRANSFER_OUT', amount: spec.amount, counterpartyWalletId: spec.to },
        { walletId: spec.to, type: 'TRANSFER_IN', amount: spec.amount, counterpartyWalletId: spec.from },
      ];
    default:
      return holdLines(spec);
  }
}

/** The same lines, no more, no fewer; both legs of a transfer share one transferId. */
function matches(found: readonly LedgerLine[], expected: readonly ExpectedLine[]): boolean {
  if (found.length !== expected.length) return false;
  const each = expected.every(
    (want) =>
      found.filter(
        (line) =>
          line.walletId === want.walletId &&
          line.type === want.type &&
          line.amount === want.amount &&
          line.counterpartyWalletId === want.counterpartyWalletId,
      ).length === 1,
  );
  return each && new Set(found.map((line) => line.transferId)).size === 1;
}

/**
 * Every success answered for the operation (first try, duplicate or replay) shows the state its
 * entries produced, on each wallet of the caller's (a transfer into another user's wallet shows only the source).
 */
function checkAgainstAnswers(
  op: OpRecord,
  found: readonly LedgerLine[],
  owners: ReadonlyMap<string, string>,
  violations: Violations,
): void {
  // One state per wallet of the caller's, however many entries the change wrote on it.
  const visible = new Set(found.filter((line) => owners.get(line.walletId) === op.user).map((line) => line.walletId));
  for (const answer of successes(op)) {
    const shown = answer.wallets.map((state) => found.find((line) => line.walletId === state.walletId && agrees(line, state)));
    violations.expect(
      shown.every(Boolean) && answer.wallets.length === visible.size,
      'answer-disagrees-with-ledger',
      () => `op ${op.id} ${op.spec.type}: answered ${answer.wallets.map(showState).join(', ')}; ledger ${found.map(show).join('; ')}`,
    );
    // Every change that writes entries on two wallets, and every capture, answers the id its entries share.
    violations.expect(
      answer.transferId === found[0].transferId,
      'answer-disagrees-with-ledger',
      () => `op ${op.id} ${op.spec.type}: answered transferId ${answer.transferId}, ledger ${found[0].transferId}`,
    );
  }
}

function successes(op: OpRecord) {
  return op.attempts.flatMap((attempt) => (attempt.answer.kind === 'success' ? [attempt.answer] : []));
}

const agrees = (line: LedgerLine, state: WalletState) => line.version === state.version && line.balanceAfter === state.balance;
const show = (line: LedgerLine) => `${line.type} ${line.amount} on ${line.walletId} v${line.version}`;
const showState = (state: WalletState) => `${state.walletId} v${state.version} balance ${state.balance}`;
