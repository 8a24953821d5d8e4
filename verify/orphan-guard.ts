/**
 * Preloaded into the service child (`node -r .../orphan-guard.js dist/main.js`): the harness holds
 * the child's stdin open, and end of file there means the harness is gone, even if it was killed
 * with SIGKILL and had no chance to clean up. The service then dies as abruptly, like the DynamoDB
 * Local guard script does for Java: nothing the harness starts may outlive it.
 */
process.stdin.on('end', () => process.kill(process.pid, 'SIGKILL'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGKILL'));
process.stdin.resume();
