/**
 * A V8 CPU profile (`node --cpu-prof`, a .cpuprofile JSON file) summed up by where the time went:
 * self time grouped by npm package, the service's own code (dist/), Node's native functions by
 * name, and V8's pseudo-frames. Pure, so that it is unit-tested on a hand-written profile.
 */
export interface ProfileGroup {
  readonly name: string;
  readonly micros: number;
  /** Of the busy time: everything but `(idle)`. */
  readonly share: number;
}

export interface ProfileSummary {
  readonly busyMicros: number;
  readonly idleMicros: number;
  /** Largest first. */
  readonly groups: readonly ProfileGroup[];
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}

/** The group a frame's self time counts towards. */
export function groupOf(functionName: string, url: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : `native ${functionName || '(anonymous)'}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  // node:internal/streams/writable -> node:streams, node:_http_outgoing -> node:_http_outgoing.
  if (url.startsWith('node:'))
    return `node:${
      url
        .slice('node:'.length)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  // The build puts src/ straight into dist/ (dist/main.js, dist/application/...); the tools are in dist-tools/.
  if (url.includes('/dist/')) return 'service (dist)';
  return 'other';
}

/** Microseconds from the profile's start: only samples taken in [from, to) count (start-up and shutdown left out). */
export interface ProfileWindow {
  readonly fromMicros: number;
  readonly toMicros: number;
}

/**
 * Self time by group. Each sample lasts until the next one (timeDeltas[i + 1]), as Chrome's DevTools
 * reads it; sample i was taken at the sum of timeDeltas[0..i] after the start.
 */
export function summarizeProfile(
  profile: unknown,
  window: ProfileWindow = { fromMicros: 0, toMicros: Number.POSITIVE_INFINITY },
): ProfileSummary {
  const { nodes, samples, timeDeltas } = checked(profile);
  const groupById = new Map(nodes.map((node) => [node.id, groupOf(node.callFrame.functionName, node.callFrame.url)]));
  const micros = new Map<string, number>();
  let takenAt = 0;
  for (let i = 0; i < samples.length; i++) {
    takenAt += timeDeltas[i];
    if (takenAt < window.fromMicros || takenAt >= window.toMicros) continue;
    const group = groupById.get(samples[i]) ?? 'other';
    micros.set(group, (micros.get(group) ?? 0) + Math.max(0, timeDeltas[i + 1] ?? 0));
  }
  const idleMicros = micros.get('(idle)') ?? 0;
  micros.delete('(idle)');
  const busyMicros = [...micros.values()].reduce((total, value) => total + value, 0);
  const groups = [...micros.entries()]
    .map(([name, value]) => ({ name, micros: value, share: busyMicros > 0 ? value / busyMicros : Number.NaN }))
    .sort((a, b) => b.micros - a.micros);
  return { busyMicros, idleMicros, groups };
}

/** The parts of the JSON the summary reads, checked rather than cast. */
function checked(profile: unknown): { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } {
  const value = profile as { nodes?: unknown; samples?: unknown; timeDeltas?: unknown } | null;
  const nodes = Array.isArray(value?.nodes) ? value.nodes : undefined;
  const samples = Array.isArray(value?.samples) ? value.samples : undefined;
  const timeDeltas = Array.isArray(value?.timeDeltas) ? value.timeDeltas : undefined;
  if (!nodes || !samples || !timeDeltas || samples.length !== timeDeltas.length)
    throw new Error('Not a V8 CPU profile (nodes, samples, timeDeltas)');
  for (const node of nodes) {
    const frame = (node as { callFrame?: { functionName?: unknown; url?: unknown } }).callFrame;
    if (typeof (node as { id?: unknown }).id !== 'number' || typeof frame?.functionName !== 'string' || typeof frame.url !== 'string')
      throw new Error('A profile node without id or call frame');
  }
  return { nodes: nodes as ProfileNode[], samples: samples as number[], timeDeltas: timeDeltas as number[] };
}

/** The summary as the report prints it: the top groups with their share of busy time. */
export function renderProfile(summary: ProfileSummary, top = 10, requests?: number): string[] {
  const perRequest = requests ? `, ${(summary.busyMicros / 1000 / requests).toFixed(2)} ms per request (${requests} requests)` : '';
  return [
    `Busy ${(summary.busyMicros / 1000).toFixed(0)} ms, idle ${(summary.idleMicros / 1000).toFixed(0)} ms${perRequest}.`,
    '',
    '| where (self time) | ms | share of busy |',
    '|---|---:|---:|',
    ...summary.groups
      .slice(0, top)
      .map((group) => `| ${group.name} | ${(group.micros / 1000).toFixed(1)} | ${(group.share * 100).toFixed(1)}% |`),
  ];
}
