import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of other processes, read from Linux's /proc (utime + stime): with it the report can say
 * where the cores went (load generator, service, DynamoDB Local). Elsewhere it reads as unknown.
 */
const TICKS_PER_SECOND = (() => {
  const probe = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(probe.stdout?.trim());
  return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
})();

/** CPU microseconds a process has used so far, or NaN when it cannot be read. */
export function processCpuMicros(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = statFields(pid);
    // After "pid (comm)": field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
  } catch {
    return Number.NaN;
  }
}

/** The pid of a child of `parent` whose command is `name` (the java that the guard script starts). */
export function childPid(parent: number | undefined, name: string): number | undefined {
  if (parent === undefined) return undefined;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm === name && Number(statFields(Number(entry), stat)[1]) === parent) return Number(entry);
    } catch {
      // The process ended while the list was read.
    }
  }
  return undefined;
}

/** The fields after "pid (comm)", which may itself hold spaces and parentheses. */
function statFields(pid: number, stat = readFileSync(`/proc/${pid}/stat`, 'utf8')): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** This process's CPU microseconds so far. */
export function ownCpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * CPU microseconds the whole machine has been busy (all cores, every process), from /proc/stat:
 * what the bench's own three processes do not account for is other load on the machine.
 */
export function machineBusyMicros(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user).
    const [user, nice, system, , , irq, softirq, steal] = ticks;
    return ((user + nice + system + irq + softirq + (steal ?? 0)) / TICKS_PER_SECOND) * 1e6;
  } catch {
    return Number.NaN;
  }
}
