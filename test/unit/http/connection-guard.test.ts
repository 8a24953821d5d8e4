import { EventEmitter } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { addressKey } from '../../../src/http/client-address';
import { ConnectionGuard, guardConnections } from '../../../src/http/connection-guard';
import { edgeLog } from '../../../src/http/edge-log';
import { DEFAULT_LIMITS } from '../../../src/http/limits';
import { recordingLogger } from '../../support/recording-logger';

/** Just what the guard reads of a socket: its peer's address, its close event, and destroy() (for one it takes back). */
const socketFrom = (remoteAddress: string) =>
  Object.assign(new EventEmitter(), {
    remoteAddress,
    destroyed: false,
    destroy() {
      this.destroyed = true;
    },
  }) as unknown as Socket;

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
    // Full: a light newcomer takes an idle slot of the heaviest address (10.0.0.1, holding 4).
    const evicted: string[] = [];
    expect(guard.admit(socketFrom('10.0.0.5'), (address) => evicted.push(address))).toBeUndefined();
    expect(evicted).toEqual(['10.0.0.1']);
    expect(guard.heldBy('10.0.0.1')).toBe(3);
  });

  it('when full, takes back only an idle connection of an address holding two more than the newcomer', () => {
    const guard = new ConnectionGuard({ ...limits, maxConnections: 6, reservedConnections: 0, reservedForAddressesBelow: 4 });
    const heavy = Array.from({ length: 4 }, () => socketFrom('10.0.0.1'));
    for (const socket of heavy) guard.admit(socket);
    const light = [socketFrom('10.0.0.2'), socketFrom('10.0.0.3')];
    for (const socket of light) guard.admit(socket);
    // Requests in flight on three of the heavy address's four, and a WebSocket on the fourth: none is idle.
    const done = heavy.slice(0, 3).map((socket) => guard.requestStarted(socket));
    guard.upgraded(heavy[3]);
    expect(guard.admit(socketFrom('10.0.0.4'))).toBe('server full');
    // One answered: that connection, idle again, is taken back for the newcomer, and it is destroyed.
    done[0]();
    expect(guard.admit(socketFrom('10.0.0.4'))).toBeUndefined();
    expect([heavy[0].destroyed, guard.heldBy('10.0.0.1'), guard.heldBy('10.0.0.4')]).toEqual([true, 3, 1]);
    // 10.0.0.2 holds 1, the heaviest 3 (two more): its next idle one goes.
    done[1]();
    expect(guard.admit(socketFrom('10.0.0.2'))).toBeUndefined();
    expect([heavy[1].destroyed, guard.heldBy('10.0.0.1'), guard.heldBy('10.0.0.2')]).toEqual([true, 2, 2]);
    // Balanced: no address holds two more than 10.0.0.2's 2; refused, nothing taken.
    expect(guard.admit(socketFrom('10.0.0.2'))).toBe('server full');
    expect([guard.heldBy('10.0.0.1'), guard.heldBy('10.0.0.2'), guard.heldBy('10.0.0.3'), guard.heldBy('10.0.0.4')]).toEqual([2, 2, 1, 1]);
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
