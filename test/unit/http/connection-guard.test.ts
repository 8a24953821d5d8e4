import { EventEmitter } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { addressKey } from '../../../src/http/client-address';
import { ConnectionGuard, guardConnections } from '../../../src/http/connection-guard';
import { edgeLog } from '../../../src/http/edge-log';
import { DEFAULT_LIMITS } from '../../../src/http/limits';
import { recordingLogger } from '../../support/recording-logger';

/** Just what the guard reads of a socket: its peer's address and its close event. */
const socketFrom = (remoteAddress: string) => Object.assign(new EventEmitter(), { remoteAddress }) as unknown as Socket;

describe('ConnectionGuard', () => {
  const limits = {
    ...DEFAULT_LIMITS.http,
    maxConnections: 10,
    maxConnectionsPerAddress: 4,
    reservedConnections: 3,
    reservedForAddressesBelow: 2,
  };

  it('caps the connections of one address, and frees a slot when one closes', () => {
    const guard = new ConnectionGuard(limits);
    const held = Array.from({ length: 4 }, () => socketFrom('10.0.0.1'));
    expect(held.map((socket) => guard.admit(socket))).toEqual([undefined, undefined, undefined, undefined]);
    expect(guard.admit(socketFrom('10.0.0.1'))).toBe('address holds too many connections');
    held[0].emit('close');
    expect(guard.heldBy('10.0.0.1')).toBe(3);
    expect(guard.admit(socketFrom('10.0.0.1'))).toBeUndefined();
  });

  it('keeps the last reserved slots for addresses holding fewer than the small share', () => {
    const guard = new ConnectionGuard(limits);
    // Two heavy addresses fill the 7 unreserved slots (10 - 3).
    for (const address of ['10.0.0.1', '10.0.0.1', '10.0.0.1', '10.0.0.1', '10.0.0.2', '10.0.0.2', '10.0.0.2'])
      expect(guard.admit(socketFrom(address))).toBeUndefined();
    expect(guard.admit(socketFrom('10.0.0.2'))).toBe('only reserved connections left');
    // Light addresses still get in, until the whole bound is reached.
    expect([guard.admit(socketFrom('10.0.0.3')), guard.admit(socketFrom('10.0.0.4')), guard.admit(socketFrom('10.0.0.4'))]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(guard.admit(socketFrom('10.0.0.5'))).toBe('server full');
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('guardConnections', () => {
  it('resets a refused socket before the listeners already there (the HTTP parser set-up) see it', async () => {
    const server = createServer();
    const seen: Socket[] = [];
    server.on('connection', (socket: Socket) => seen.push(socket));
    const log = recordingLogger();
    const counted: string[] = [];
    guardConnections(server, { ...DEFAULT_LIMITS.http, maxConnectionsPerAddress: 1 }, edgeLog(log.logger), {
      refused: (reason) => void counted.push(reason),
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      await refusesTheSecond(server, seen, log);
      // Counted too (an operator's probe saw 30,000 refused connections leave wallet_requests_refused_total as it was).
      expect(counted).toEqual(['connection_per_address']);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});

/** With one connection allowed per address: a second from it is reset before the HTTP parser sees it. */
async function refusesTheSecond(server: Server, seen: Socket[], log: ReturnType<typeof recordingLogger>): Promise<void> {
  const { port } = server.address() as AddressInfo;
  const ending = (socket: Socket) =>
    new Promise<string>((done) => {
      socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
      socket.once('close', () => done('closed'));
    });
  const first = connect(port, '127.0.0.1');
  await new Promise((done) => first.once('connect', done));
  const second = connect(port, '127.0.0.1');
  // The second is one more than the address may hold: a reset, not a closed conversation.
  expect(await ending(second)).toBe('ECONNRESET');
  expect(seen).toHaveLength(1);
  expect(log.lines).toMatchObject([
    { level: 'warn', message: 'Connection refused', context: { reason: 'address holds too many connections' } },
  ]);
  first.destroy();
}
