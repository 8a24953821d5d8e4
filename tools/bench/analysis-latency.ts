import { totals } from './counts';
import { cell } from './stats';
import { find, Row } from './summary';

/** With one client nothing waits in line: the difference is what the service adds to each request. */
export function oneClient(rows: readonly Row[]): string[] {
  const service = find(rows, { target: 'service', clients: 1, wallets: 'own' });
  const baseline = find(rows, { target: 'baseline', clients: 1, wallets: 'own' });
  if (!service || !baseline) return [];
  const ratios = rows.filter((row) => row.result.spec.target === 'service' && row.result.spec.wallets === 'own');
  return [
    `At 1 client nothing waits in line, so the difference is what the service adds to each increase: p50` +
      ` ${cell(service.p50)} ms against ${cell(baseline.p50)} ms raw, ${cell(service.p50 - baseline.p50)} ms for the HTTP hop, GraphQL and` +
      ` the use case. The throughput ratio is ${ratios.map((row) => cell(row.throughputRatio)).join(', ')} at` +
      ` ${ratios.map((row) => row.result.spec.clients).join(', ')} clients` +
      (ratios.every((row, i) => i === 0 || row.throughputRatio >= ratios[i - 1].throughputRatio)
        ? ': the more clients wait for DynamoDB Local, the less that fixed cost per request weighs.'
        : '.'),
    '',
  ];
}

export function latency(service: Row, baseline: Row, clients: number): string[] {
  const littles = (row: Row) => (clients / row.opsPerSecond) * 1000;
  const lines = [
    `At ${clients} clients, p50/p99 are ${cell(service.p50, 1)}/${cell(service.p99, 1)} ms for the service and` +
      ` ${cell(baseline.p50, 1)}/${cell(baseline.p99, 1)} ms for the baseline. In a closed loop the mean latency is clients /` +
      ` throughput (Little's law): ${cell(littles(service), 1)} and ${cell(littles(baseline), 1)} ms here, so latency at ${clients}` +
      ' clients is mostly waiting in line for DynamoDB Local and follows the throughput ratio. The tail (p99/p50) is' +
      ` ${cell(service.p99 / service.p50)} for the service and ${cell(baseline.p99 / baseline.p50)} for the baseline.`,
    '',
    service.p99 <= 2 * baseline.p99
      ? 'The p99 target holds.'
      : '**What would close it:** what closes the throughput gap shortens the line; a tail beyond that points at pauses in the' +
        ' service process (garbage collection, long synchronous work), to be found with --cpu-prof and --trace-gc.',
  ];
  const sum = totals(service.result.counts);
  if (sum.attempts > sum.commands)
    lines.push('', `The SDK retried ${sum.attempts - sum.commands} requests (throttling, 5xx, network): see the detail table.`);
  return lines;
}
