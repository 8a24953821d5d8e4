/**
 * The normal client of tools/kit/edge-clients.ts, on a thread of its own: a real client is not on the
 * attacker's machine, so the attacker's event loop (a thousand connects and closes a second) must not
 * delay its requests or its clock. Plain JavaScript so that a worker thread runs it as it is, under
 * jest (TypeScript sources) and compiled alike. Posts the latency of each request (the timeout for a
 * failed one) and how many failed.
 */
const { Agent, request } = require('node:http');
const { setTimeout: sleep } = require('node:timers/promises');
const { parentPort, workerData } = require('node:worker_threads');

const { url, authorization, durationMs, localAddress, pauseMs, timeoutMs } = workerData;
const body = JSON.stringify({ query: '{ __typename }' });

/** One request on a new connection: true when it was answered 200 with the expected data. */
function post() {
  return new Promise((done) => {
    const agent = new Agent({ keepAlive: false });
    const headers = { 'content-type': 'application/json', authorization, 'content-length': Buffer.byteLength(body) };
    const req = request(url, { method: 'POST', localAddress, agent, timeout: timeoutMs, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => done(res.statusCode === 200 && text.includes('"__typename":"Query"')));
      res.on('error', () => done(false));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(false));
    req.on('close', () => agent.destroy());
    req.end(body);
  });
}

async function measure() {
  const latenciesMs = [];
  let failures = 0;
  const ends = performance.now() + durationMs;
  while (performance.now() < ends) {
    const started = performance.now();
    const ok = await post();
    latenciesMs.push(ok ? performance.now() - started : timeoutMs);
    if (!ok) failures += 1;
    await sleep(pauseMs);
  }
  return { latenciesMs, failures };
}

measure().then((result) => parentPort.postMessage(result));
