import { toDecimal, toMinor } from './decimal';
import { readFinalState, StoreLocation } from './final-state';
import { FinalWallet, LedgerLine } from './final-wallet';
import { GraphQLClient } from './graphql-client';
import {
  checkAnswered,
  checkMovementTimes,
  checkReversals,
  checkStatements,
  ObservedStatement,
  UnansweredStatement,
} from './history-checks';
import { AUDIT_DEPOSIT, AUDIT_REVERSE, AUDIT_STATEMENT, AUDIT_WALLET } from './history-documents';
import { checkLedgers } from './ledger-checks';
import { Random } from './random';
import { Violation, Violations } from './violations';

export interface HistoryAuditOptions {
  readonly url: string;
  /** Each user's Authorization header, by the token's `sub` (the wallets' owners). */
  readonly authorizations: Readonly<Record<string, string>>;
  readonly table: StoreLocation;
  readonly wallets: readonly FinalWallet[];
  readonly seed: number;
  /** Transfers reversed (racing partial reversals, then the rest); statements asked per wallet. */
  readonly transfers: number;
  readonly windowsPerWallet: number;
}

export interface HistoryAuditResult {
  readonly violations: readonly Violation[];
  readonly reversals: { readonly accepted: number; readonly refused: number };
  readonly statements: number;
}

const TIMEOUT_MS = 15_000;

/** How much the CLI audits after a run: transfers reversed, statements per wallet. */
export const AUDIT_SIZE = { transfers: 8, windowsPerWallet: 3 } as const;

export function formatHistoryAudit(audit: HistoryAuditResult): string {
  const lines = [
    `History audit: ${audit.reversals.accepted} reversals accepted, ${audit.reversals.refused} refused (partial ones raced); ` +
      `${audit.statements} statements of random windows; ${audit.violations.length} violations`,
    ...audit.violations.slice(0, 20).map((violation) => `  ${violation.kind}: ${violation.detail}`),
  ];
  return lines.join('\n');
}

/**
 * After the bank run, with the faults over: reverse some transfers (partial reversals racing each
 * other, then an explicit full amount, then the rest), ask statements of random windows of every wallet
 * with balanceAt(to), re-read the store and check the money history's promises against it.
 */
export async function runHistoryAudit(options: HistoryAuditOptions): Promise<HistoryAuditResult> {
  const wallets = auditableWallets(options.wallets, options.authorizations);
  const client = new GraphQLClient(options.url, options.authorizations);
  const random = new Random(options.seed);
  const reversals = { accepted: 0, refused: 0 };
  const ask = async (owner: string, query: string, variables: Record<string, unknown>) => {
    const answer = await client.post(owner, query, variables, TIMEOUT_MS);
    if (answer.kind !== 'body') throw new Error(`history audit: ${answer.reason}`);
    return answer.body as AuditAnswer;
  };
  const versionOf = async (owner: string, id: string) => Number((await ask(owner, AUDIT_WALLET, { id })).data?.wallet?.version);
  try {
    const owners = new Map(wallets.map((wallet) => [wallet.walletId, wallet.ownerId]));
    for (const line of refundable(wallets, options.transfers)) {
      const owner = owners.get(line.walletId) ?? '';
      const transferId = line.transferId ?? '';
      // The payee may have spent the money: fund it, so the reversals are judged on what is left of the transfer.
      await ask(owner, AUDIT_DEPOSIT, {
        walletId: line.walletId,
        amount: toDecimal(line.amount),
        expectedVersion: await versionOf(owner, line.walletId),
      });
      const version = await versionOf(owner, line.walletId);
      const parts = [line.amount / 2n, line.amount / 2n, line.amount / 3n].map((part) => (part > 0n ? part : 1n));
      const raced = await Promise.all(
        parts.map((part) => ask(owner, AUDIT_REVERSE, { transferId, amount: toDecimal(part), expectedVersion: version })),
      );
      const whole = await ask(owner, AUDIT_REVERSE, {
        transferId,
        amount: toDecimal(line.amount),
        expectedVersion: await versionOf(owner, line.walletId),
      });
      const rest = await ask(owner, AUDIT_REVERSE, { transferId, expectedVersion: await versionOf(owner, line.walletId) });
      for (const answer of [...raced, whole, rest]) {
        if (answer.data?.reverseTransfer?.__typename === 'TransferReversed') reversals.accepted += 1;
        else reversals.refused += 1;
      }
    }
    const unanswered: UnansweredStatement[] = [];
    const statements = await askStatements(wallets, options.windowsPerWallet, random, ask, unanswered);
    const after = await readFinalState(options.table);
    const violations = new Violations();
    checkLedgers(after, violations);
    checkReversals(after, violations);
    checkMovementTimes(after, violations);
    checkStatements(statements, after, violations);
    checkAnswered(unanswered, violations);
    return { violations: violations.found, reversals, statements: statements.length };
  } finally {
    client.close();
  }
}

/**
 * The wallets the audit can ask about: those whose owner is one of the run's users. A partition with entries
 * and no wallet item (which only a broken store or a planted bug leaves, such as `entry-outside-transaction`, and
 * which the ledger check reports) has no owner to ask as; asking would stop the audit, and the run, with no verdict.
 */
export function auditableWallets(wallets: readonly FinalWallet[], authorizations: Readonly<Record<string, string>>): FinalWallet[] {
  return wallets.filter((wallet) => Object.hasOwn(authorizations, wallet.ownerId));
}

/** A GraphQL answer's body as the audit reads it. */
interface AuditAnswer {
  readonly data?: Record<string, Record<string, unknown> | null>;
  readonly errors?: readonly { readonly extensions?: { readonly code?: unknown } }[];
}

type Ask = (owner: string, query: string, variables: Record<string, unknown>) => Promise<AuditAnswer>;

/** Random windows around each wallet's history (some before it opened, some past its last change). */
async function askStatements(
  wallets: readonly FinalWallet[],
  windowsPerWallet: number,
  random: Random,
  ask: Ask,
  unanswered: UnansweredStatement[],
): Promise<ObservedStatement[]> {
  const observed: ObservedStatement[] = [];
  for (const wallet of wallets) {
    const times = wallet.entries.map((line) => Date.parse(line.occurredAt ?? '')).filter((time) => !Number.isNaN(time));
    if (times.length === 0) continue;
    const first = Math.min(...times) - 5_000;
    const span = Math.max(...times) + 5_000 - first;
    for (let n = 0; n < windowsPerWallet; n++) {
      const [a, b] = [first + random.int(0, span), first + random.int(0, span)].sort((x, y) => x - y);
      const from = new Date(a).toISOString();
      const to = new Date(b + 1).toISOString();
      const answer = await ask(wallet.ownerId, AUDIT_STATEMENT, { id: wallet.walletId, from, to });
      const statement = answer.data?.wallet?.statement as Record<string, string> | undefined;
      const balanceAt = answer.data?.wallet?.balanceAt as { balance?: string } | undefined;
      if (!statement && internalError(answer)) {
        unanswered.push({ walletId: wallet.walletId, from, to });
        continue;
      }
      if (!statement) throw new Error(`history audit: no statement of ${wallet.walletId}: ${JSON.stringify(answer)}`);
      observed.push({
        walletId: wallet.walletId,
        from,
        to,
        opening: toMinor(statement.openingBalance),
        moneyIn: toMinor(statement.moneyIn),
        moneyOut: toMinor(statement.moneyOut),
        closing: toMinor(statement.closingBalance),
        balanceAtTo: balanceAt?.balance === undefined ? undefined : toMinor(balanceAt.balance),
      });
    }
  }
  return observed;
}

function internalError(answer: AuditAnswer): boolean {
  return (answer.errors ?? []).some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/**
 * The payments the audit refunds: the payee's TRANSFER_IN of transfers and of captures to another wallet (a capture
 * pays through HOLD_CAPTURED, and its record is written by other code), up to half of `count` of each when there are.
 */
export function refundable(wallets: readonly FinalWallet[], count: number): LedgerLine[] {
  const all = wallets.flatMap((wallet) => wallet.entries);
  const captured = new Set(all.filter((line) => line.type === 'HOLD_CAPTURED' && line.transferId).map((line) => line.transferId));
  const paid = all.filter((line) => line.type === 'TRANSFER_IN' && line.transferId);
  const captures = paid.filter((line) => captured.has(line.transferId));
  const transfers = paid.filter((line) => !captured.has(line.transferId));
  const fromCaptures = Math.min(captures.length, Math.max(count - transfers.length, Math.ceil(count / 2)));
  return [...captures.slice(0, fromCaptures), ...transfers.slice(0, count - fromCaptures)];
}
