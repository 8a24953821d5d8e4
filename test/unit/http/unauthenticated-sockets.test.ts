import { EventEmitter } from 'node:events';
import { WebSocket } from 'ws';
import { Connections } from '../../../src/http/subscriptions/connections';

/**
 * Sockets that have not shown a valid token hold at most their own pool: a new socket takes the place of the oldest of
 * them (never one whose token is being verified, never an acknowledged one), so they cannot keep subscribers out.
 */
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
  connections.opened(acknowledged);
  connections.unauthenticated.authenticated(acknowledged);
  expect(connections.makeRoom(4)).toBe('free');
  connections.opened(verifying);
  connections.unauthenticated.verifying(verifying, true);
  connections.opened(oldest);
  // The pool is full (2), not the slots (3 of 4): the oldest not being verified goes.
  expect(connections.makeRoom(4)).toBe('made');
  expect([acknowledged, verifying, oldest].map((s) => s.terminated)).toEqual([false, false, true]);
  connections.opened(newer);
  expect(connections.size).toBe(3);
  expect(connections.makeRoom(4)).toBe('made');
  expect(newer.terminated).toBe(true);
  // Only a socket being verified is left in the pool: nothing to cut, so the upgrade is refused.
  const alsoVerifying = socket();
  connections.opened(alsoVerifying);
  connections.unauthenticated.verifying(alsoVerifying, true);
  expect(connections.makeRoom(4)).toBe('none');
});

it('cuts an unauthenticated socket for a newcomer when every slot is taken, and refuses it when all are acknowledged', () => {
  const connections = new Connections(2);
  const [first, second] = [socket(), socket()];
  connections.opened(first);
  connections.unauthenticated.authenticated(first);
  connections.opened(second);
  expect(connections.makeRoom(2)).toBe('made');
  expect(second.terminated).toBe(true);
  const third = socket();
  connections.opened(third);
  connections.unauthenticated.authenticated(third);
  expect(connections.makeRoom(2)).toBe('none');
  expect(first.terminated).toBe(false);
});
