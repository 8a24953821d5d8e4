import { latency, oneClient } from './analysis-latency';
import { hotWallet, requestsPerMutation } from './analysis-requests';
import { cell, pairedRatioInterval, RatioInterval } from './stats';
import { find, Row } from './summary';
import { judge, meets, verdict } from './verdict';

/**
 * The targets, judged from this run's numbers, with the reasons read from the same numbers (CPU
 * per increase by process, cores busy, requests by operation). Generated, so that a re-run on
 * other hardware says what its own numbers say.
 */
export function analyse(rows: readonly Row[], cores: number): string[] {
  const top = Math.max(...rows.map((row) => row.result.spec.clients));
  const service = find(rows, { target: 'service', clients: top, wallets: 'own' });
  const baseline = find(rows, { target: 'baseline', clients: top, wallets: 'own' });
  if (!service || !baseline) return ['(no own-wallet scenarios at the largest client count in this run)'];
  const requests = requestsPerMutation(rows);
  const p99Ratio = service.p99 / baseline.p99;
  const interval = pairedRatioInterval(service.throughputRatio, service.result.sliceRates, baseline.result.sliceRates);
  return [
    '| target | measured | verdict |',
    '|---|---|---|',
    `| service throughput >= 0.8 x baseline at ${top} clients | ${cell(service.throughputRatio)} x (${cell(service.opsPerSecond, 0)} vs ${cell(baseline.opsPerSecond, 0)} ops/s) | ${judge(service.throughputRatio, 0.8, true, interval)} |`,
    `| one DynamoDB request per successful increase and per conflict | ${requests.summary} | ${verdict(requests.met)} |`,
    `| p99 at ${top} clients within 2 x baseline p99 | ${cell(service.p99, 1)} vs ${cell(baseline.p99, 1)} ms (${cell(p99Ratio)} x) | ${judge(p99Ratio, 2, false)} |`,
    '',
    ...sanity(rows, cores),
    '### Throughput',
    '',
    ...throughput(service, baseline, cores, interval),
    '',
    '### DynamoDB requests',
    '',
    ...requests.text,
    '',
    '### Latency',
    '',
    ...oneClient(rows),
    ...latency(service, baseline, top),
    '',
    '### Hot wallet',
    '',
    ...hotWallet(
      find(rows, { target: 'service', clients: top, wallets: 'hot' }),
      find(rows, { target: 'baseline', clients: top, wallets: 'hot' }),
    ),
  ];
}

const busy = (row: Row) => row.cores.bench + row.cores.service + row.cores.dynamo;

/** What makes numbers untrustworthy is said first: failures, lost updates, a machine busy with other work. */
function sanity(rows: readonly Row[], cores: number): string[] {
  const notes: string[] = [];
  const failed = rows.filter((row) => row.result.loop.errors > 0 || row.lostUpdates !== 0);
  if (failed.length)
    notes.push(`**Warning:** errors or lost updates in ${failed.map((row) => row.label).join('; ')}: see the detail table.`);
  const other = Math.max(...rows.map((row) => row.cores.other));
  if (other > 0.1 * cores) {
    notes.push(
      `**Caution:** processes outside the bench used up to ${cell(other)} of the ${cores} cores during this run (column "other").` +
        ' Alternating slices (turns at 1 client) spread that load over baseline and service alike, so ratios hold better than absolute numbers;' +
        ' re-run on a quiet machine for clean ones.',
    );
  }
  return notes.length ? [...notes, ''] : [];
}

function throughput(service: Row, baseline: Row, cores: number, interval: RatioInterval): string[] {
  const b = baseline.cpuMsPerSuccess;
  const s = service.cpuMsPerSuccess;
  const own = s.service - b.bench;
  const total = (row: Row) => busy(row) + row.cores.other;
  const lines = [
    `Per increase, the baseline costs ${cell(b.dynamo)} ms of CPU in DynamoDB Local and ${cell(b.bench)} ms in the SDK client;` +
      ` the service costs ${cell(s.dynamo)} ms in DynamoDB Local, ${cell(s.service)} ms in the service process and ${cell(s.bench)} ms` +
      ` in the load generator. The service sends the same request with the same SDK as the baseline client, so about ${cell(b.bench)} ms` +
      ` of its ${cell(s.service)} ms is that SDK work and about ${cell(own)} ms is its own: HTTP, GraphQL and the use case.`,
    '',
    `Cores busy: ${cell(total(baseline))} in the baseline run (DynamoDB Local ${cell(baseline.cores.dynamo)}, SDK client` +
      ` ${cell(baseline.cores.bench)}), ${cell(total(service))} in the service run (DynamoDB Local ${cell(service.cores.dynamo)}, service` +
      ` ${cell(service.cores.service)}, load generator ${cell(service.cores.bench)}). DynamoDB Local received the same requests in both and` +
      ` spent ${cell(b.dynamo)} vs ${cell(s.dynamo)} ms per transaction` +
      (s.dynamo > 1.1 * b.dynamo ? ': it does the same work less efficiently while two more busy processes share the cores.' : '.'),
  ];
  if (total(baseline) >= 0.9 * cores && total(service) >= 0.9 * cores) {
    lines.push(
      '',
      `Both runs kept the ${cores} cores busy, so both are CPU-bound and throughput is about cores / CPU per increase:` +
        ` that predicts a ratio of ${cell((b.dynamo + b.bench) / (s.dynamo + s.service + s.bench))}; ${cell(service.throughputRatio)} was measured.`,
    );
  } else {
    lines.push(
      '',
      `The baseline left ${cell(cores - total(baseline))} of ${cores} cores idle, so what bounds it is not the machine's CPU` +
        ' but DynamoDB Local itself (apparently it does not spread its work over all cores), and the service run competes' +
        ' with it for the cores its threads need.',
    );
  }
  const { low, high, pairs, effective, movedTogether } = interval;
  if (Number.isFinite(low)) {
    const together = movedTogether ? `, worth about ${effective} independent ones: neighbouring slices moved together` : '';
    lines.push(
      '',
      `Slice by slice (baseline and service alternating, ${pairs} pairs${together}) the ratio's 95% interval is ${cell(low)} to` +
        ` ${cell(high)}: read the verdict with that noise in mind.`,
    );
  }
  if (meets(service.throughputRatio, 0.8, true)) {
    lines.push(
      '',
      `The target holds: the service's own ${cell(own)} ms per increase and the load generator's ${cell(s.bench)} ms are` +
        ` small beside the ${cell(b.dynamo)} ms DynamoDB Local spends on the same transaction.`,
    );
    return lines;
  }
  lines.push(
    '',
    `**What would close it.** On this machine the load generator, the service and DynamoDB Local share ${cores} cores:` +
      ` the ${cell(service.cores.service + service.cores.bench)} cores the service and its clients use are taken from the database.` +
      " In a deployment the clients and DynamoDB run elsewhere: the service's" +
      ` ${cell(s.service)} ms per increase is then a capacity of about ${cell(1000 / s.service, 0)} increases/s per core, and instances` +
      ' scale out without coordination (the lock is in DynamoDB). Here it would take a service that is cheaper per increase' +
      ` (the SDK request path, about ${cell(b.bench)} ms, is the larger part; HTTP and GraphQL about ${cell(own)} ms), or DynamoDB Local` +
      ' on cores of its own; neither is tried by this benchmark.',
  );
  return lines;
}
