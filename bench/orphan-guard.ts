/**
 * Preloaded into the service the bench starts (`node -r .../orphan-guard.js dist/main.js`). The bench
 * holds the service's stdin open; end of file there means the bench is gone, even if it was killed
 * with SIGKILL and could not clean up, so the service stops too (SIGTERM: it drains and exits).
 * The same idea as the guard script that keeps DynamoDB Local from outliving its owner.
 */
const stopService = () => process.kill(process.pid, 'SIGTERM');
process.stdin.on('end', stopService);
process.stdin.on('error', stopService);
process.stdin.resume();
