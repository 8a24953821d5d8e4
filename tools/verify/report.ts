import { BankResult } from './bank';
import { toDecimal } from './decimal';
import { formatHoldFigures, holdFigures } from './hold-report';
import { OpRecord, OpType } from './op-log';

const TYPES: readonly OpType[] = ['transfer', 'increase', 'decrease', 'read', 'create', 'placeHold', 'captureHold', 'voidHold'];
const MAX_DETAILS = 20;

/** The run in a few lines: operations by outcome, conflicts, faults, violations, throughput. */
export function formatReport(result: BankResult): string {
  const { options, ops, check, faults, execution, http, runMs } = result;
  const run = ops.filter((op) => op.phase === 'run');
  const seconds = runMs / 1000;
  const lines = [
    `Bank test: ${options.wallets} wallets of ${options.users.length} users, ${options.clients} clients (each acting as one user), ` +
      `${options.seconds} s, seed ${options.seed}`,
    '',
    'Operations        invoked       ok   failed  unknown   (unknown, then resolved by retry)',
    ...TYPES.map((type) =>
      row(
        type,
        run.filter((op) => op.spec.type === type),
      ),
    ).filter((line) => line !== ''),
    row('total', run),
    `  setup: ${ops.length - run.length} operations (create + deposit), all ok`,
    `Failed by answer: ${countBy(run.flatMap(failureCodes)) || 'none'}`,
    `Conflicts: ${conflicts(run)}`,
    formatHoldFigures(holdFigures(run, result.wallets)),
    `Across owners: ${run.filter((op) => op.outcome === 'ok' && crossesOwners(op, result)).length} ok transfers into another user's wallet; ` +
      `${trespasses(run)}`,
    '',
    `Faults injected: ${faultSummary(result) || 'none'}; ${execution.shortTimeouts} client-side short timeouts; ` +
      `${execution.duplicates} operations sent twice; ${execution.retries} retries of unknown outcomes ` +
      `(${execution.refreshedRetries} after re-reading the wallet: fresh expectedVersion, same key); ` +
      `${execution.freshDuplicates} successes sent again with a fresh version and the same key`,
    `  as seen by the clients: ${http.sent} requests, ${http.timedOut} timed out, ${http.connectionErrors} connection errors, ` +
      `${http.serverErrors} HTTP 5xx, ${answeredUnknown(run, 'STORE_UNAVAILABLE')} STORE_UNAVAILABLE, ` +
      `${answeredUnknown(run, 'INTERNAL_SERVER_ERROR')} INTERNAL_SERVER_ERROR (each a violation: untyped-server-error)`,
    ...faults.map(
      (fault) =>
        `  ${fault.name} at ${(fault.startedAtMs / 1000).toFixed(1)} s, healed after ${((fault.healedAtMs - fault.startedAtMs) / 1000).toFixed(1)} s`,
    ),
    '',
    `Money: ${result.wallets.length} wallets hold ${toDecimal(check.money.actual)}; ok increases - ok decreases = ${toDecimal(check.money.expected)}` +
      (check.money.unresolved === 0n ? '' : `; unresolved operations applied ${toDecimal(check.money.unresolved)}`),
    `Ledger: ${result.wallets.reduce((n, wallet) => n + wallet.entries.length, 0)} entries`,
    `Service violations (broken promises of the service): ${check.violations.length}`,
    ...violationLines(check.violations),
    `Store losses (acknowledged by the service, then lost when DynamoDB Local was killed with -9): ` +
      `${check.storeLosses.filter((loss) => loss.kind === 'acknowledged-write-lost-by-store').length} writes of ` +
      `${run.filter((op) => op.outcome === 'ok' && op.spec.type !== 'read').length} acknowledged, ` +
      `${check.storeLosses.filter((loss) => loss.kind === 'shown-state-lost-by-store').length} states shown; net money lost ${toDecimal(check.money.lostToStore)}`,
    ...violationLines(check.storeLosses),
    `Throughput: ${(run.length / seconds).toFixed(1)} operations/s (${(run.filter((op) => op.outcome === 'ok' && op.spec.type !== 'read').length / seconds).toFixed(1)} ok changes/s), ` +
      `${(http.sent / seconds).toFixed(1)} requests/s over ${seconds.toFixed(1)} s`,
  ];
  return lines.join('\n');
}

/** Attempts answered with this top-level error code (an unknown outcome). */
function answeredUnknown(ops: readonly OpRecord[], reason: string): number {
  return ops.reduce((n, op) => n + op.attempts.filter((a) => a.answer.kind === 'unknown' && a.answer.reason === reason).length, 0);
}

function row(label: string, ops: readonly OpRecord[]): string {
  if (ops.length === 0) return '';
  const count = (outcome: string) => ops.filter((op) => op.outcome === outcome).length;
  const resolved = ops.filter((op) => op.wasUnknown && op.outcome !== 'unknown').length;
  return `  ${label.padEnd(12)} ${[ops.length, count('ok'), count('failed'), count('unknown')].map((n) => String(n).padStart(8)).join(' ')}   (${resolved})`;
}

function failureCodes(op: OpRecord): string[] {
  if (op.outcome !== 'failed') return [];
  const last = [...op.attempts].reverse().find((attempt) => attempt.answer.kind === 'error' || attempt.answer.kind === 'unexpected');
  return [last?.answer.kind === 'error' ? last.answer.code : 'UNEXPECTED'];
}

/** VersionConflict answers; "contended" ones came back at the expected version (the service gave up on a busy transaction). */
function conflicts(ops: readonly OpRecord[]): string {
  const answers = ops.flatMap((op) => op.attempts.map((attempt) => attempt.answer));
  const all = answers.filter((answer) => answer.kind === 'error' && answer.code === 'VERSION_CONFLICT');
  const contended = all.filter((answer) => answer.kind === 'error' && answer.actualVersion === answer.expectedVersion);
  return `${all.length} VersionConflict answers (${all.length - contended.length} stale expectedVersion, ${contended.length} contended)`;
}

function crossesOwners(op: OpRecord, result: BankResult): boolean {
  if (op.spec.type !== 'transfer' || op.spec.trespass) return false;
  const to = op.spec.to;
  return result.wallets.find((wallet) => wallet.walletId === to)?.ownerId !== op.user;
}

/** The probes of other users' wallets, and how many were answered as an unknown id is (the ownership check judges each). */
function trespasses(ops: readonly OpRecord[]): string {
  const probes = ops.filter((op) => op.spec.type !== 'create' && op.spec.trespass);
  const notFound = probes.filter((op) =>
    op.attempts.some((attempt) => attempt.answer.kind === 'error' && attempt.answer.code === 'WALLET_NOT_FOUND'),
  );
  return `${probes.length} trespass probes (${countBy(probes.map((op) => op.spec.type)) || 'none'}), ${notFound.length} answered as an unknown id`;
}

function faultSummary(result: BankResult): string {
  return countBy(result.faults.map((fault) => fault.name));
}

function countBy(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} x ${name}`).join(', ');
}

function violationLines(violations: BankResult['check']['violations']): string[] {
  if (violations.length === 0) return [];
  const kinds = countBy(violations.map((violation) => violation.kind));
  const details = violations.slice(0, MAX_DETAILS).map((violation) => `  ${violation.kind}: ${violation.detail}`);
  return [
    `  by kind: ${kinds}`,
    ...details,
    ...(violations.length > MAX_DETAILS ? [`  ... and ${violations.length - MAX_DETAILS} more`] : []),
  ];
}
