/**
 * Run by `npm start` before the build: what main.ts would refuse only after ~13 s of compiling is
 * refused here at once. Plain JavaScript on purpose (it must run before tsc). The service keeps its own
 * check (src/infrastructure/sqlite/node-sqlite.ts) for starts without npm.
 */
const [major, minor] = process.versions.node.split('.').map(Number);
// node:sqlite runs without a flag from Node 22.13 (and, on the 23 line, 23.4): as supportsNodeSqlite() says.
const hasNodeSqlite = major > 23 || (major === 23 && minor >= 4) || (major === 22 && minor >= 13);
const wantsSqlite = (process.env.WALLET_STORE ?? '').trim().toLowerCase() === 'sqlite';

if (wantsSqlite && !hasNodeSqlite) {
  console.error(
    `WALLET_STORE=sqlite needs Node.js >= 22.13 (the built-in node:sqlite); this is Node ${process.versions.node}. ` +
      'Either run it on Node 24 (e.g. npm i --prefix /tmp/node24 node@24, then ' +
      'WALLET_STORE=sqlite /tmp/node24/node_modules/.bin/node dist/main.js after npm run build), ' +
      'or leave WALLET_STORE unset for the default store, embedded DynamoDB Local, which needs Java 17.',
  );
  process.exit(1);
}

/**
 * A port another process holds would fail only at listen, after the build and the store's start (~20 s): tried here
 * first. Only a plain port number is tried (the service's own check of PORT and HOST says the rest, in one line).
 */
const net = require('node:net');
const ports = [
  ['PORT', process.env.PORT ?? '4000', 'HOST'],
  ['METRICS_PORT', process.env.METRICS_PORT, 'METRICS_HOST'],
].filter(([, port]) => /^[1-9][0-9]{0,4}$/.test((port ?? '').trim()) && Number(port) <= 65535);

function tryListen([name, port, hostName]) {
  const host = (process.env[hostName] ?? '').trim() || '127.0.0.1';
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(error.code === 'EADDRINUSE' ? { name, port: Number(port), host } : undefined));
    server.listen({ port: Number(port), host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

Promise.all(ports.map(tryListen)).then((problems) => {
  const busy = problems.filter(Boolean);
  if (busy.length === 0) return;
  const taken = busy.map(({ name, port, host }) => `${name} ${port} on ${host}`).join(' and ');
  const other = busy.map(({ name, port }) => `${name}=${port === 65535 ? port - 1 : port + 1}`).join(' ');
  console.error(`${taken} in use by another process: stop it, or choose another (${other} npm start; docs/configuration.md).`);
  process.exit(1);
});
