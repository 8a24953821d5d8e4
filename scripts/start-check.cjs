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
