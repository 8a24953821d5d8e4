import { ScenarioResult, ScenarioRunner, ScenarioSpec } from './scenario';
import { cell } from './stats';
import { label, toRows } from './summary';

/** Clients of the hold scenario: each on its own wallet, as the middle own-wallet scenario. */
const HOLD_CLIENTS = 8;

const holdPair = (clients: number): ScenarioSpec[] => [
  { target: 'baseline', clients, wallets: 'own', work: 'hold-capture' },
  { target: 'service', clients, wallets: 'own', work: 'hold-capture' },
];

/** Hold + capture pairs per second, the raw-SDK baseline beside the service, alternating in slices as the others. */
export async function measureHoldPairs(runner: ScenarioRunner, seconds: number, slices: number): Promise<ScenarioResult[]> {
  const measured = await runner.run(holdPair(HOLD_CLIENTS), seconds, slices);
  for (const result of measured)
    console.log(`${label(result).padEnd(60)} ${cell(result.loop.successes / (result.loop.elapsedMs / 1000), 0).padStart(6)} pairs/s`);
  return measured;
}

/**
 * The report's section on holds: one success is a hold placed and then captured in full (two
 * transactions, four DynamoDB items each with the wallet update, the entry, the hold record and, for the
 * service, the idempotency-free path). Pairs the read-back versions do not show are lost updates: must be 0.
 */
export function renderHoldPairs(results: readonly ScenarioResult[]): string {
  const rows = toRows(results);
  return [
    '## Holds: place + capture pairs',
    '',
    '| scenario | pairs/s | p50 ms (request) | p99 ms | service / baseline | requests per pair | lost pairs |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${cell(row.opsPerSecond, 0)} | ${cell(row.p50)} | ${cell(row.p99)} | ${cell(row.throughputRatio)} | ` +
        `${cell(row.result.loop.successes === 0 ? Number.NaN : row.mutations === 0 ? Number.NaN : row.requestsPerMutation, 3)} | ${row.lostUpdates} |`,
    ),
    '',
  ].join('\n');
}
