/**
 * The attacker of tools/kit/edge-clients.ts, on a thread of its own: a real attacker is on another
 * machine, so its churn (a thousand sockets connected, refused and re-opened a second) must not run on
 * the service's event loop when both are in one process (the e2e tests). Plain JavaScript so that a
 * worker thread runs it as it is, under jest (TypeScript sources) and compiled alike.
 *
 * Keeps `count` sockets open from `localAddress`, each sending `opening` once connected and then
 * `trickle` every `everyMs`; opens a new one `reopenAfterMs` after the server closes one. On the message
 * 'stop' it closes its sockets and posts its final counts: { closedByServer, answers } (answers by status).
 */
const { connect } = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');

const { port, count, localAddress, reopenAfterMs, opening, trickle, everyMs } = workerData;
const sockets = new Set();
const timers = new Set();
const answers = {};
let closedByServer = 0;
let stopped = false;

function later(ms, task) {
  const timer = setTimeout(() => {
    timers.delete(timer);
    task();
  }, ms);
  timers.add(timer);
}

function open() {
  if (stopped) return;
  const socket = connect({ port, host: '127.0.0.1', localAddress }, () => opening && socket.write(opening));
  sockets.add(socket);
  socket.on('error', () => undefined);
  socket.on('data', (chunk) => {
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1', 0, 12))?.[1] ?? 0);
    if (status) answers[status] = (answers[status] ?? 0) + 1;
  });
  const dripping = trickle ? setInterval(() => socket.writable && socket.write(trickle), everyMs) : undefined;
  socket.once('close', () => {
    clearInterval(dripping);
    sockets.delete(socket);
    if (stopped) return;
    closedByServer += 1;
    later(reopenAfterMs, open);
  });
}

async function stop() {
  stopped = true;
  for (const timer of timers) clearTimeout(timer);
  const closing = [...sockets].map((socket) => new Promise((done) => socket.once('close', done)));
  for (const socket of sockets) socket.destroy();
  await Promise.all(closing);
  // The caller ends this thread once it has the counts.
  parentPort.postMessage({ closedByServer, answers });
}

parentPort.once('message', stop);
for (let i = 0; i < count; i += 1) open();
