import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { listensOn } from '../../support/compiled-service';

/** untilHealthy trusts a /health answer only from the child it started: the listening socket must be the child's. */
describe('listensOn', () => {
  it("tells this process's listening port from another process's and from a port nobody listens on", async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' });
    try {
      expect(listensOn(process.pid, port)).toBe(true);
      expect(listensOn(other.pid as number, port)).toBe(false);
      server.close();
      await once(server, 'close');
      expect(listensOn(process.pid, port)).toBe(false);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
