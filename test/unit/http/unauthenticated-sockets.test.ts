import { EventEmitter } from 'node:events';
import { WebSocket } from 'ws';
import { Connections } from '../../../src/http/subscriptions/connections';

/**
 * Sockets that have not shown a valid token hold at most their own pool: a new socket takes the place of the oldest of
 * the address holding the most of them (never one whose token is being verified, never an acknowledged one), so they
 * cannot keep subscribers out, and an address churning sockets cuts its own, not another's.
 */
const ONE = '198.51.100.1';
function socket() {
  const fake = Object.assign(new EventEmitter(), {
    terminated: false,
    terminate() {
      fake.terminated = true;
      fake.emit('close');
    },
  });
  return fake as typeof fake & WebSocket;
}

it('keeps unauthenticated sockets to their pool by cutting the oldest, and leaves the other slots to acknowledged ones', () => {
  const connections = new Connections(2);
  const [acknowledged, verifying, oldest, newer] = [socket(), socket(), socket(), socket()];
  connections.opened(acknowledged, ONE);
  connections.unauthenticated.authenticated(acknowledged);
  expect(connections.makeRoom(4, ONE)).toBe('free');
  connections.opened(verifying, ONE);
  connections.unauthenticated.verifying(verifying, true);
  connections.opened(oldest, ONE);
  // The pool is full (2), not the slots (3 of 4): the oldest not being verified goes.
  expect(connections.makeRoom(4, ONE)).toBe('made');
  expect([acknowledged, verifying, oldest].map((s) => s.terminated)).toEqual([false, false, true]);
  connections.opened(newer, ONE);
  expect(connections.size).toBe(3);
  expect(connections.makeRoom(4, ONE)).toBe('made');
  expect(newer.terminated).toBe(true);
  // Only a socket being verified is left in the pool: nothing to cut, so the upgrade is refused.
  const alsoVerifying = socket();
  connections.opened(alsoVerifying, ONE);
  connections.unauthenticated.verifying(alsoVerifying, true);
  expect(connections.makeRoom(4, ONE)).toBe('none');
});

it('cuts an unauthenticated socket for a newcomer when every slot is taken, and refuses it when all are acknowledged', () => {
  const connections = new Connections(2);
  const [first, second] = [socket(), socket()];
  connections.opened(first, ONE);
  connections.unauthenticated.authenticated(first);
  connections.opened(second, ONE);
  expect(connections.makeRoom(2, ONE)).toBe('made');
  expect(second.terminated).toBe(true);
  const third = socket();
  connections.opened(third, ONE);
  connections.unauthenticated.authenticated(third);
  expect(connections.makeRoom(2, ONE)).toBe('none');
  expect(first.terminated).toBe(false);
});

describe('whose socket is cut: the oldest of the address holding the most (a newcomer counted with its own)', () => {
  const [HONEST, ATTACKER, OTHER] = ['203.0.113.7', '198.51.100.9', '2001:db8:1:2::/64'];

  it('cuts the churning address, not the honest socket opened before its sockets', () => {
    const connections = new Connections(4);
    const honest = socket();
    connections.opened(honest, HONEST);
    const attackers = [socket(), socket(), socket()];
    for (const s of attackers) connections.opened(s, ATTACKER);
    // Full: a newcomer from the attacker's address, then from a third one; each time the attacker holds the most.
    expect(connections.makeRoom(10, ATTACKER)).toBe('made');
    expect(attackers.map((s) => s.terminated)).toEqual([true, false, false]);
    connections.opened(socket(), ATTACKER);
    expect(connections.makeRoom(10, OTHER)).toBe('made');
    expect(attackers.map((s) => s.terminated)).toEqual([true, true, false]);
    expect(honest.terminated).toBe(false);
    expect(connections.unauthenticated.heldBy(HONEST)).toBe(1);
  });

  it('makes a newcomer from the address holding the most cut its own oldest, even against an older socket elsewhere', () => {
    const connections = new Connections(4);
    const [honest, other, ownOldest, ownNewer] = [socket(), socket(), socket(), socket()];
    connections.opened(honest, HONEST);
    connections.opened(other, OTHER);
    connections.opened(ownOldest, ATTACKER);
    connections.opened(ownNewer, ATTACKER);
    expect(connections.makeRoom(10, ATTACKER)).toBe('made');
    expect([honest, other, ownOldest, ownNewer].map((s) => s.terminated)).toEqual([false, false, true, false]);
  });

  it('between addresses holding as many, cuts the oldest socket; one being verified is passed over for the next address', () => {
    const connections = new Connections(4);
    const [first, second, third, fourth] = [socket(), socket(), socket(), socket()];
    connections.opened(first, HONEST);
    connections.opened(second, ATTACKER);
    connections.opened(third, ATTACKER);
    connections.opened(fourth, HONEST);
    // Two each, the newcomer from neither: the oldest goes (as before this fairness, when every address holds one).
    connections.unauthenticated.verifying(second, true);
    connections.unauthenticated.verifying(third, true);
    expect(connections.makeRoom(10, OTHER)).toBe('made');
    expect([first, second, third, fourth].map((s) => s.terminated)).toEqual([true, false, false, false]);
    // The attacker now holds the most, but both its sockets are being verified: of the others, the oldest goes.
    connections.opened(socket(), OTHER);
    expect(connections.makeRoom(10, '192.0.2.5')).toBe('made');
    expect(fourth.terminated).toBe(true);
    expect(connections.unauthenticated.heldBy(ATTACKER)).toBe(2);
  });

  it('forgets an address once its last socket is acknowledged or closed', () => {
    const connections = new Connections(2);
    const [acknowledged, closed] = [socket(), socket()];
    connections.opened(acknowledged, ATTACKER);
    connections.opened(closed, ATTACKER);
    connections.unauthenticated.authenticated(acknowledged);
    closed.emit('close');
    expect(connections.unauthenticated.heldBy(ATTACKER)).toBe(0);
    expect(connections.unauthenticated.size).toBe(0);
    expect(connections.makeRoom(10, HONEST)).toBe('free');
  });
});
