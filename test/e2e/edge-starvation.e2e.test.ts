import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createInterface } from 'node:readline';
import { DEFAULT_LIMITS } from '../../src/http/limits';
import { attack, Attacker, Latencies, normalClient } from '../../tools/kit/edge-clients';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { startTestServer, TestServer } from '../support/server';

// Bounds in wall-clock time on a shared 2-core machine: a run disturbed by its neighbours is tried again (at most
// twice, each failure printed); one clean pass is the evidence.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The attacks that starved the service, replayed against the default HTTP limits (the rate limits are
 * off, as in every test server: here the connection level must hold by itself). The attackers send from
 * 127.0.0.1 (or several loopback addresses); a normal client on 127.0.0.2 sends one request at a time,
 * each on a new connection, and must stay served: no failure, p99 under 1 s.
 */
const RAMP_MS = 1_500;
const MEASURE_MS = 5_000;

/**
 * Run by a second node process (the port and a marker path as its arguments): says `ready`, waits for the marker (the
 * test writes it when its event loop stops, so the burst cannot start before the hold; a fixed delay could), opens
 * 1,000 connections from 127.0.0.1 (waiting 800 ms at most for them), then one from 127.0.0.2, and prints how many
 * of the 1,000 were established, how long the last one took to be (the kernel establishes a queued connection
 * without the process), and the wall-clock times the burst began and the last connection was sent, which the test
 * checks fall inside its hold. Closes everything and exits.
 */
const CONNECTION_BURST = `
const { connect } = require('node:net');
const { existsSync } = require('node:fs');
const [port, holding] = [Number(process.argv[1]), process.argv[2]];
const open = (localAddress) => {
  const started = performance.now();
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  socket.on('error', () => undefined);
  const connected = new Promise((done) => {
    socket.once('connect', () => done(performance.now() - started));
    setTimeout(() => done(Infinity), 3000).unref();
  });
  return { socket, connected };
};
// connect() to an IP sends its SYN on the next tick: by the next check phase every SYN asked for has gone.
const sentBy = () => new Promise((done) => setImmediate(done)).then(() => Date.now());
async function burstThenNormal() {
  const burstFrom = Date.now();
  const burst = Array.from({ length: 1000 }, () => open('127.0.0.1'));
  await sentBy();
  let burstConnected = 0;
  for (const one of burst) one.connected.then((ms) => { if (ms < 800) burstConnected += 1; });
  await Promise.race([Promise.all(burst.map((one) => one.connected)), new Promise((done) => setTimeout(done, 800))]);
  const normal = open('127.0.0.2');
  const normalSentBy = await sentBy();
  const normalConnectMs = await normal.connected;
  console.log(JSON.stringify({ burstFrom, burstConnected, normalSentBy, normalConnectMs }));
  for (const { socket } of [...burst, normal]) socket.destroy();
}
console.log('ready');
const waiting = setInterval(() => {
  if (!existsSync(holding)) return;
  clearInterval(waiting);
  burstThenNormal();
}, 2);
setTimeout(() => process.exit(3), 20000).unref();
`;

interface BurstReport {
  burstFrom: number;
  burstConnected: number;
  normalSentBy: number;
  normalConnectMs: number;
}

/** Long enough for the burst, its 800 ms wait and the normal client on a loaded machine; the test checks it was. */
const HOLD_MS = 2_500;

/** Blocks this process's event loop (the service's: nothing is accepted meanwhile), as a busy or descheduled process would. */
function holdTheEventLoop(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Starts the burst process and, when it is ready, stops this event loop for HOLD_MS, writing the marker that lets the
 * burst go once the hold has begun. Returns the burst's report and the hold's wall-clock window.
 */
async function burstDuringAHold(port: number): Promise<{ report: BurstReport; hold: { from: number; to: number } }> {
  const dir = mkdtempSync(join(tmpdir(), 'edge-hold-'));
  const marker = join(dir, 'holding');
  const hold = { from: 0, to: 0 };
  // The attacker and the normal client in a process of their own, since this one (the service's) stops.
  const child = spawn(process.execPath, ['-e', CONNECTION_BURST, String(port), marker], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    // 'close' (not 'exit'): its output has been read by then.
    const closed = new Promise((done) => child.once('close', done));
    const reported = new Promise<string>((done, fail) => {
      child.once('close', (code) => fail(new Error(`the burst process exited (${code}) without a report`)));
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line !== 'ready') return done(line);
        hold.from = Date.now();
        writeFileSync(marker, '');
        holdTheEventLoop(HOLD_MS);
        hold.to = Date.now();
      });
    });
    const report = JSON.parse(await reported) as BurstReport;
    await closed;
    return { report, hold };
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an edge one address cannot starve', () => {
  let server: TestServer;
  let alice: string;
  /** Refusals counted (wallet_requests_refused_total's reasons). */
  const refused: string[] = [];

  beforeAll(async () => {
    const metrics = { ...NO_METRICS, refused: (reason: string) => void refused.push(reason) };
    server = await startTestServer({ limits: { http: DEFAULT_LIMITS.http }, metrics });
    alice = (await server.headersOf('alice')).authorization;
  });
  afterAll(() => server.stop());

  /** Starts the attack, lets it take hold, measures the normal client through it, stops it. */
  async function through(start: () => Attacker[]): Promise<{ latencies: Latencies; attackers: Attacker[] }> {
    const attackers = start();
    try {
      await sleep(RAMP_MS);
      const latencies = await normalClient(`${server.url}/graphql`, alice, { durationMs: MEASURE_MS });
      process.stdout.write(`normal client: ${JSON.stringify(latencies)}\n`);
      return { latencies, attackers };
    } finally {
      await Promise.all(attackers.map((attacker) => attacker.stop()));
      // Let the server see the closes before the next attack.
      await sleep(300);
    }
  }

  function expectServed(latencies: Latencies): void {
    // Served at all (a loaded CI machine answers fewer in the window); the p99 and failures are the promise.
    expect(latencies.count).toBeGreaterThanOrEqual(5);
    expect(latencies.failures).toBe(0);
    expect(latencies.p99Ms).toBeLessThan(1_000);
  }

  it('serves a normal client through 1,000 idle sockets from one address', async () => {
    const { latencies, attackers } = await through(() => [attack({ port: server.port, count: 1_000 })]);
    expectServed(latencies);
    // All but the address's 32 were closed at once; those 32 when they sent no request head in time.
    expect(attackers[0].closedByServer()).toBeGreaterThanOrEqual(1_000 - DEFAULT_LIMITS.http.maxConnectionsPerAddress);
    expect(attackers[0].answers()[408]).toBeGreaterThan(0);
    // Each refused connection counted (they were not: an operator's probe saw 30,000 leave the metric as it was).
    expect(refused.filter((reason) => reason === 'connection_per_address').length).toBeGreaterThanOrEqual(
      1_000 - DEFAULT_LIMITS.http.maxConnectionsPerAddress,
    );
  }, 30_000);

  it('serves a normal client through 300 slowloris header senders', async () => {
    const opening = 'POST /graphql HTTP/1.1\r\nHost: x\r\n';
    const { latencies, attackers } = await through(() => [
      attack({ port: server.port, count: 300, opening, trickle: 'X-Slow: 1\r\n', everyMs: 500 }),
    ]);
    expectServed(latencies);
    expect(attackers[0].answers()[408]).toBeGreaterThan(0);
  }, 30_000);

  it('serves a normal client through 270 bodies sent at 1 byte a second with three valid tokens', async () => {
    const tokens = await Promise.all(
      ['mallory-1', 'mallory-2', 'mallory-3'].map(async (sub) => (await server.headersOf(sub)).authorization),
    );
    const { latencies, attackers } = await through(() =>
      tokens.map((authorization) =>
        attack({
          port: server.port,
          count: 90,
          opening: `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
          trickle: ' ',
        }),
      ),
    );
    expectServed(latencies);
    // Bodies too slow were answered 408 (after the grace), not held for the 30 s request timeout, and counted.
    expect(attackers.reduce((sum, attacker) => sum + (attacker.answers()[408] ?? 0), 0)).toBeGreaterThan(0);
    expect(refused).toContain('body_too_slow');
  }, 30_000);

  it('keeps a normal client in the accept queue when 1,000 connections arrive while the service is busy', async () => {
    const { report, hold } = await burstDuringAHold(server.port);
    process.stdout.write(`connection burst: ${JSON.stringify({ ...report, hold })}\n`);
    // The burst and the normal client were sent while the service's event loop was held, or nothing queued.
    expect(report.burstFrom).toBeGreaterThanOrEqual(hold.from);
    expect(report.normalSentBy).toBeLessThanOrEqual(hold.to);
    // All of the burst was queued (Node's default backlog of 511 dropped half of it), and so was the normal client:
    // a dropped SYN is resent after a second, a queued connection is established at once.
    expect(report.normalConnectMs).toBeLessThan(500);
    expect(report.burstConnected).toBe(1_000);
  }, 30_000);

  it('keeps slots for light addresses when eight addresses each hold their full share', async () => {
    const addresses = Array.from({ length: 8 }, (_, i) => `127.0.1.${i + 1}`);
    const perAddress = DEFAULT_LIMITS.http.maxConnectionsPerAddress;
    const { latencies } = await through(() =>
      addresses.map((localAddress) => attack({ port: server.port, count: perAddress, localAddress, reopenAfterMs: 100 })),
    );
    expectServed(latencies);
  }, 30_000);

  it('serves a normal client through 40 addresses each holding one socket fewer than the reserved slots ask', async () => {
    // An operator's probe: 40 addresses (an IPv6 /56 holds 256 /64s) of 7 idle sockets each, re-opened when closed,
    // filled every slot, the reserved ones too, and the normal client was reset 140 times in 8 s.
    const addresses = Array.from({ length: 40 }, (_, i) => `127.0.2.${i + 1}`);
    const light = DEFAULT_LIMITS.http.reservedForAddressesBelow - 1;
    const { latencies } = await through(() =>
      addresses.map((localAddress) => attack({ port: server.port, count: light, localAddress, reopenAfterMs: 100 })),
    );
    expectServed(latencies);
  }, 30_000);
});
