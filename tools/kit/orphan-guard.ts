/**
 * Preloaded into every service a tool starts (`node -r .../orphan-guard.js dist/main.js`): the tool
 * holds the child's stdin open, and end of file there means the tool is gone, even if it was killed
 * with SIGKILL and could not clean up. The service then stops too (SIGTERM: it drains, stops what it
 * started, and exits), as the guard script keeps DynamoDB Local from outliving its owner.
 */
const stopService = () => process.kill(process.pid, 'SIGTERM');
process.stdin.on('end', stopService);
process.stdin.on('error', stopService);
process.stdin.resume();
