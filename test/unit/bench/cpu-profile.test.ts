import { groupOf, renderProfile, summarizeProfile } from '../../../tools/bench/cpu-profile';

/** A hand-written profile: each sample lasts until the next (timeDeltas[i + 1]); the last one lasts 0. */
const frame = (id: number, functionName: string, url: string) => ({
  id,
  callFrame: { functionName, url, scriptId: '0', lineNumber: 0, columnNumber: 0 },
});
const profile = {
  nodes: [
    frame(1, '(root)', ''),
    frame(2, '(idle)', ''),
    frame(3, 'send', 'file:///app/node_modules/@smithy/core/dist-cjs/index.js'),
    frame(4, 'execute', '/app/node_modules/graphql/execution/execute.js'),
    frame(5, 'changeBalance', 'file:///app/dist/application/change-balance.use-case.js'),
    frame(6, 'writev', ''),
    frame(7, '(garbage collector)', ''),
    frame(8, 'emit', 'node:internal/streams/writable'),
  ],
  startTime: 0,
  endTime: 100,
  samples: [3, 3, 4, 5, 6, 2, 7, 8, 3],
  timeDeltas: [0, 10, 10, 10, 10, 10, 40, 5, 5],
};

describe('the CPU profile summary', () => {
  it('groups self time by package, own code, native function and V8 pseudo-frame, leaving idle out of busy', () => {
    const summary = summarizeProfile(profile);
    expect(summary.idleMicros).toBe(40);
    expect(summary.busyMicros).toBe(60);
    expect(summary.groups).toEqual([
      { name: '@smithy/core', micros: 20, share: 20 / 60 },
      { name: 'graphql', micros: 10, share: 10 / 60 },
      { name: 'service (dist)', micros: 10, share: 10 / 60 },
      { name: 'native writev', micros: 10, share: 10 / 60 },
      { name: '(garbage collector)', micros: 5, share: 5 / 60 },
      { name: 'node:streams', micros: 5, share: 5 / 60 },
    ]);
  });

  it('counts only the samples taken inside the window, each for as long as it lasted', () => {
    // Taken at 0, 10, 20, 30, 40, 50, 90, 95, 100 µs: the window [15, 45) holds the graphql, own-code and writev samples.
    const summary = summarizeProfile(profile, { fromMicros: 15, toMicros: 45 });
    expect(summary.busyMicros).toBe(30);
    expect(summary.groups.map((group) => group.name)).toEqual(['graphql', 'service (dist)', 'native writev']);
  });

  it('names a package by its folder under the last node_modules, scoped or not', () => {
    expect(groupOf('f', '/a/node_modules/x/node_modules/@aws-sdk/core/dist/index.js')).toBe('@aws-sdk/core');
    expect(groupOf('f', 'file:///a/node_modules/pino/lib/tools.js')).toBe('pino');
    expect(groupOf('', '')).toBe('native (anonymous)');
    expect(groupOf('(program)', '')).toBe('(program)');
    expect(groupOf('main', 'file:///a/dist/main.js')).toBe('service (dist)');
    expect(groupOf('run', 'file:///a/dist-tools/tools/bench/run.js')).toBe('other');
    expect(groupOf('end', 'node:_http_outgoing')).toBe('node:_http_outgoing');
  });

  it('refuses what is not a profile rather than summing nonsense', () => {
    expect(() => summarizeProfile({ nodes: [] })).toThrow(/Not a V8 CPU profile/);
    expect(() => summarizeProfile({ ...profile, timeDeltas: [0] })).toThrow(/Not a V8 CPU profile/);
    expect(() => summarizeProfile({ ...profile, nodes: [{ id: 1 }] })).toThrow(/call frame/);
  });

  it('prints the top groups with their share of busy time, and the busy time per request', () => {
    const lines = renderProfile(summarizeProfile(profile), 2, 3);
    expect(lines[0]).toBe('Busy 0 ms, idle 0 ms, 0.02 ms per request (3 requests).');
    expect(lines.slice(4)).toEqual(['| @smithy/core | 0.0 | 33.3% |', '| graphql | 0.0 | 16.7% |']);
  });
});
