import { totals } from './counts';
import { cell, ratio } from './stats';
import { Row } from './summary';

/** What the request counter saw, in the words of the target: requests per success and per conflict. */
export function requestsPerMutation(rows: readonly Row[]): { met: boolean; summary: string; text: string[] } {
  const service = rows.filter((row) => row.result.spec.target === 'service');
  // On the hot wallet a conflict the service can prove needs no request: at most one per mutation there.
  const exact = (row: Row) => {
    const sum = totals(row.result.counts);
    const perMutation = row.result.spec.wallets === 'hot' ? sum.commands <= row.mutations : sum.commands === row.mutations;
    return perMutation && sum.attempts === sum.commands;
  };
  const own = service.filter((row) => row.result.spec.wallets === 'own');
  const hot = service.find((row) => row.result.spec.wallets === 'hot');
  const summary =
    `own wallets: ${own.map((row) => cell(row.requestsPerMutation, 3)).join(' / ')} at ${own.map((row) => row.result.spec.clients).join(' / ')} clients` +
    (hot ? `; hot wallet: ${cell(hot.requestsPerMutation, 3)} (${hot.requestsBreakdown})` : '');
  const text = own.map((row) => {
    const sum = totals(row.result.counts);
    return `- ${row.label}: ${row.result.loop.successes} increases, ${sum.commands} DynamoDB requests (${row.requestsBreakdown} per increase), ${sum.attempts} HTTP attempts.`;
  });
  if (hot) text.push(...hotRequests(hot));
  const extra = service.filter((row) => !exact(row));
  if (extra.length) {
    text.push(
      '',
      `Not exactly one in ${extra.map((row) => row.label).join('; ')}: the breakdown shows the extra operation. A GetItem before` +
        ' a write means the service did not know the wallet at that version (first touch, or the cache lost it); TransactionConflict' +
        ' re-sends are contention inside DynamoDB; attempts above requests are SDK retries (throttling, 5xx, network).',
    );
  }
  return { met: service.length > 0 && extra.length === 0, summary, text };
}

function hotRequests(row: Row): string[] {
  const { counts, loop } = row.result;
  const writes = counts.TransactWriteItems;
  const cancelled = writes?.cancellations.ConditionalCheckFailed ?? 0;
  const reads = counts.GetItem?.commands ?? 0;
  const sum = totals(counts);
  return [
    `- ${row.label}: ${loop.successes} successes + ${loop.conflicts} conflicts = ${row.mutations} mutations, ${sum.commands} requests.` +
      ` ${(writes?.commands ?? 0) - (writes?.failed ?? 0)} TransactWriteItems landed; ${cancelled} were cancelled by their version` +
      ' condition and their ALL_OLD answer became the VersionConflict with no second request;' +
      ` ${reads} GetItem were sent; the other ${Math.max(0, row.mutations - sum.commands)} answers needed no request: the service` +
      ' already knew the wallet had moved past the version named (a retry on a stale version, or a queued write refused by' +
      ` the answer to a request sent after it arrived); ${sum.transactionConflicts} transactions were re-sent for TransactionConflict.`,
    '',
    `Per *success* the hot wallet costs ${cell(ratio(sum.commands, loop.successes), 2)} DynamoDB requests, with` +
      ` ${cell(row.conflictsPerSuccess)} losing tries per success: a losing try the service can prove stale costs a GraphQL` +
      ' request but no DynamoDB request. The raw SDK pays one request per try.',
  ];
}

export function hotWallet(service: Row | undefined, baseline: Row | undefined): string[] {
  if (!service || !baseline) return ['(no hot-wallet scenario in this run)'];
  const clients = service.result.spec.clients;
  const reads = service.result.counts.GetItem?.commands ?? 0;
  return [
    `${clients} clients on one wallet, each retrying with the version its VersionConflict carries: the service made` +
      ` ${cell(service.opsPerSecond, 1)} increases/s with ${cell(service.conflictsPerSuccess)} conflicts per success, the raw-SDK` +
      ` baseline ${cell(baseline.opsPerSecond, 1)}/s with ${cell(baseline.conflictsPerSuccess)} (ratio ${cell(service.throughputRatio)}).` +
      ` From first try to success, p99 is ${cell(service.successP99, 0)} ms for the service and ${cell(baseline.successP99, 0)} ms for the baseline` +
      ` (only ${service.result.loop.successes} and ${baseline.result.loop.successes} successes: these tails are rough).`,
    '',
    'Only one write per version can land: every other try based on that version loses, so conflicts per success is how many' +
      ` tries the other ${clients - 1} clients make while one increase lands. ${bottleneck(service, reads)}`,
    '',
    'This is inherent to an optimistic lock on a single item. What reduces it further: fewer losing tries (client back-off' +
      ' with jitter after a VersionConflict), or spreading writes over several wallets.',
    '',
    `Lost updates: ${service.lostUpdates} (service) and ${baseline.lostUpdates} (baseline): the wallet's final version equals the number` +
      ' of increases acknowledged as BalanceIncreased.',
  ];
}

/** Which process held the hot wallet back, read from the cores each one kept busy. */
function bottleneck(service: Row, reads: number): string {
  const perTry = service.cpuMsPerSuccess.service / (1 + service.conflictsPerSuccess);
  const why = `every losing try is a whole GraphQL request, though mostly no DynamoDB request (${cell(perTry)} ms of service CPU per try)`;
  if (service.cores.service >= 0.8) {
    return (
      `Here the bottleneck is the service process: ${cell(service.cores.service)} cores busy, close to the one core its single` +
      ` JavaScript thread can use (DynamoDB Local: ${cell(service.cores.dynamo)}), because ${why}. Requests wait in its queue, so the version a` +
      ` client learned from its VersionConflict is often stale by the time its retry is handled (then answered from memory); ${reads} of` +
      ` ${service.result.loop.conflicts} conflicts were answered by a GetItem (a version the service did not know).`
    );
  }
  return (
    `The service process was ${cell(service.cores.service)} cores busy and DynamoDB Local ${cell(service.cores.dynamo)}; ${why},` +
    ` and ${reads} of ${service.result.loop.conflicts} conflicts were answered by a GetItem (a version the service did not know).`
  );
}
