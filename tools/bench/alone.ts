import { mergeLoops, sum } from './merge';
import { ScenarioResult, ScenarioRunner, Target } from './scenario';
import { perSecond } from './stats';

/** One server at 1 client with every other one idle. */
export interface AloneResult {
  readonly target: Target;
  readonly opsPerSecond: number;
  readonly cpuMsPerIncrease: number;
}

/** The servers measured alone: the service, the peers on its own DynamoDB client and on the SDK's defaults. */
export const ALONE_TARGETS: readonly Target[] = ['service', 'apollo', 'bare', 'apollo-sdk', 'bare-sdk'];

/** Unmeasured load before each measured run: the server's first requests after an idle gap are slower. */
const LEAD_IN_SECONDS = 2;

/**
 * Each server by itself at 1 client, the others idle: a lead-in, then `seconds` measured, in the order
 * given and then back (A B C C B A), so that a machine growing slower or faster weighs on each alike.
 * The CPU a server spends per increase when it does not share the two cores with five other servers
 * taking turns, as a deployed one does not; the rates, one after another, are not paired as turns are.
 */
export async function measureAlone(runner: ScenarioRunner, targets: readonly Target[], seconds: number): Promise<AloneResult[]> {
  const results: ScenarioResult[] = [];
  for (const target of [...targets, ...[...targets].reverse()]) {
    results.push(...(await runner.run([{ target, clients: 1, wallets: 'own' }], seconds / 2, 1, LEAD_IN_SECONDS)));
  }
  return targets.map((target) => {
    const mine = results.filter((result) => result.spec.target === target);
    const loop = mergeLoops(mine.map((result) => result.loop));
    const cpuMicros = sum(mine.map((result) => result.cpuMicros.service));
    return { target, opsPerSecond: perSecond(loop.successes, loop.elapsedMs), cpuMsPerIncrease: cpuMicros / 1000 / loop.successes };
  });
}
