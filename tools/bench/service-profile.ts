import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceProcess } from '../kit/service-process';
import { renderProfile, summarizeProfile } from './cpu-profile';
import { ScenarioRunner } from './scenario';

/**
 * Where the service's CPU goes at 1 client: a second service process started with `--cpu-prof`
 * (into a scratch folder), one client increasing its own wallet for `seconds`, then a stop, which
 * writes the profile; its self time is grouped by package (cpu-profile.ts). The profiler's own cost
 * makes this run slower than the measured ones: read the shares, not the rates.
 */
export async function profileService(
  env: Readonly<Record<string, string | undefined>>,
  runnerOn: (service: ServiceProcess) => ScenarioRunner,
  seconds: number,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wallet-bench-profile-'));
  try {
    const service = await ServiceProcess.start({ env, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir] });
    let requests = 0;
    try {
      const [result] = await runnerOn(service).run([{ target: 'service', clients: 1, wallets: 'own' }], seconds);
      requests = result.loop.successes + result.loop.conflicts;
    } finally {
      await service.stop();
    }
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) return `(no CPU profile was written to ${dir})`;
    const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    return [
      '## Where the service CPU goes (1 client, `--cpu-prof`)',
      '',
      `One client on its own wallet for ${seconds} s against a service started with \`--cpu-prof\`; self time grouped by package`,
      "(`native NAME` is a function of Node's own; `(program)` is V8 outside JavaScript; `(idle)` is left out of busy).",
      '',
      ...renderProfile(summary, 10, requests),
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
