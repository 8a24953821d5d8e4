import { setTimeout as sleep } from 'node:timers/promises';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { attack } from '../../../tools/kit/edge-clients';

/**
 * The attacker's contract with its callers, against a plain TCP server that answers every connection
 * 408 and closes it: the counts come back from its worker thread once stop() resolves, and nothing of
 * the attack is left open after it.
 */
describe('attack() on its worker thread', () => {
  let server: Server;
  let port: number;
  const open = new Set<Socket>();
  let opening = '';

  beforeAll(async () => {
    server = createServer((socket) => {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      socket.on('error', () => undefined);
      // Answers once the attacker's opening arrived, so that one is seen to be sent.
      socket.once('data', (chunk) => {
        opening = chunk.toString('latin1');
        socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('reports what the server did, reopening each closed socket, once stop() resolved', async () => {
    const attacker = attack({ port, count: 3, reopenAfterMs: 10, opening: 'GET / HTTP/1.1\r\n' });
    expect(() => attacker.closedByServer()).toThrow(/stop\(\) has resolved/);
    await sleep(1_000);
    await attacker.stop();
    // Three sockets closed once each would be 3: more means closed sockets were reopened.
    expect(attacker.closedByServer()).toBeGreaterThan(3);
    expect(attacker.answers()[408]).toBeGreaterThanOrEqual(attacker.closedByServer());
    expect(opening).toBe('GET / HTTP/1.1\r\n');
    // The counts are final: stopping again changes nothing.
    const final = attacker.closedByServer();
    await attacker.stop();
    expect(attacker.closedByServer()).toBe(final);
  }, 20_000);

  it('leaves no connection open once stop() resolved', async () => {
    const attacker = attack({ port, count: 20 });
    // Sent nothing, so the server holds them all open until the attacker closes them.
    for (let waitedMs = 0; open.size < 20 && waitedMs < 10_000; waitedMs += 50) await sleep(50);
    expect(open.size).toBe(20);
    await attacker.stop();
    // The server sees the closes a moment later (later on a loaded machine).
    for (let waitedMs = 0; open.size > 0 && waitedMs < 3_000; waitedMs += 20) await sleep(20);
    expect(open.size).toBe(0);
  }, 20_000);
});
