import { ScenarioResult, ScenarioRunner, ScenarioSpec } from './scenario';
import { BenchSettings, typicalClients } from './settings';
import { cell, perSecond } from './stats';
import { label } from './summary';
import { onSdkDefaults } from './peers/peer-clients';

/**
 * The scenarios of one bench run, whichever the store: a warm-up, then baseline, the peer servers (if
 * the runner has them) and service at each client count on their own wallets (at 1 client taking turns
 * of a few requests, at more alternating in slices), then baseline and service with every client on one hot wallet (in one piece: an increase there may
 * take longer than a slice). Prints each rate as it is measured.
 */
export async function runPlan(runner: ScenarioRunner, settings: BenchSettings, stop: AbortSignal): Promise<ScenarioResult[]> {
  const interrupted = () => {
    if (stop.aborted) throw new Error('Interrupted');
  };
  const warmup = typicalClients(settings);
  console.log(
    `Warm-up: baseline, ${runner.peerKinds.map((kind) => `${kind} peer, `).join('')}service, ${warmup} clients, ${settings.warmupSeconds} s each, in turns`,
  );
  const own = (clients: number, peers = runner.peerKinds): ScenarioSpec[] => [
    { target: 'baseline', clients, wallets: 'own' },
    ...peers.map((target) => ({ target, clients, wallets: 'own' as const })),
    { target: 'service', clients, wallets: 'own' },
  ];
  // In turns (slices of about 5 s), so that DynamoDB Local warms under every server alike.
  await runner.run(own(warmup), settings.warmupSeconds, Math.max(1, Math.round(settings.warmupSeconds / 5)));
  // The peers on the SDK's defaults run at 1 client only: at more, slices alternate, every server more in the
  // rotation lengthens the round, and the tuned peers are the stricter comparison there (docs/evidence.md).
  const measuredPeers = (clients: number) => runner.peerKinds.filter((kind) => clients === 1 || !onSdkDefaults(kind));
  interrupted();
  const hot = Math.max(...settings.concurrency);
  const plan = [
    ...settings.concurrency.map((clients) => ({ specs: own(clients, measuredPeers(clients)), slices: settings.slices })),
    { specs: hotPair(hot), slices: 1 },
  ];
  const results: ScenarioResult[] = [];
  for (const { specs, slices } of plan) {
    // One client each: in turns of a few requests (closed-loop.ts), with no idle gaps of seconds as between slices.
    const measured = specs.every((spec) => spec.clients === 1 && spec.wallets === 'own' && !spec.work)
      ? await runner.takeTurns(specs, settings.seconds, slices)
      : await runner.run(specs, settings.seconds, slices);
    interrupted();
    results.push(...measured);
    for (const result of measured) {
      console.log(`${label(result).padEnd(40)} ${cell(perSecond(result.loop.successes, result.loop.elapsedMs), 0).padStart(6)} ops/s`);
    }
  }
  return results;
}

function hotPair(clients: number): ScenarioSpec[] {
  return [
    { target: 'baseline', clients, wallets: 'hot' },
    { target: 'service', clients, wallets: 'hot' },
  ];
}
