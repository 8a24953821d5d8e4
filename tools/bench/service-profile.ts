import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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
  warmup: { readonly seconds: number; readonly clients: number },
): Promise<string> {
  // BENCH_PROFILE_DIR keeps the .cpuprofile (open it in Chrome's DevTools); else a scratch folder, removed.
  const kept = process.env.BENCH_PROFILE_DIR;
  if (kept) mkdirSync(kept, { recursive: true });
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'wallet-bench-profile-'));
  try {
    // The profile starts with the process (within a few ms): times taken here place the load in it.
    const spawned = performance.now();
    const service = await ServiceProcess.start({ env, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir] });
    const oneClient = [{ target: 'service', clients: 1, wallets: 'own' }] as const;
    let requests = 0;
    let window = { fromMicros: 0, toMicros: 0 };
    try {
      // Unprofiled in effect: start-up and the warm-up (JIT, caches) fall before the window.
      await runnerOn(service).run([{ target: 'service', clients: warmup.clients, wallets: 'own' }], warmup.seconds);
      const from = performance.now();
      const [result] = await runnerOn(service).run(oneClient, seconds);
      window = { fromMicros: (from - spawned) * 1000, toMicros: (performance.now() - spawned) * 1000 };
      // The window also holds the scenario's own wallet creation and read-back.
      requests = result.loop.successes + result.loop.conflicts + 2;
    } finally {
      await service.stop();
    }
    const file = readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort()
      .at(-1);
    if (!file) return `(no CPU profile was written to ${dir})`;
    const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), window);
    return [
      '## Where the service CPU goes (1 client, `--cpu-prof`)',
      '',
      `One client on its own wallet for ${seconds} s (after ${warmup.seconds} s of warm-up at ${warmup.clients} clients) against a service started with \`--cpu-prof\`; self time in`,
      'that window (start-up and shutdown left out), grouped by package',
      "(`native NAME` is a function of Node's own; `(program)` is V8 outside JavaScript; `(idle)` is left out of busy).",
      '',
      ...renderProfile(summary, 10, requests),
    ].join('\n');
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}
