import { callersFor, deliveryLatencies, seatSubscribers } from '../../../tools/bench/subscriber-layout';

const bounds = { maxConnectionsPerCaller: 10, maxSubscriptionsPerConnection: 20 };

describe('callersFor', () => {
  it('is the fewest callers whose sockets hold every subscriber', () => {
    expect(callersFor(1, bounds)).toBe(1);
    expect(callersFor(200, bounds)).toBe(1);
    expect(callersFor(201, bounds)).toBe(2);
    expect(callersFor(1_000, bounds)).toBe(5);
  });
});

describe('seatSubscribers', () => {
  it('spreads subscribers over the callers and fills each socket up to its limit', () => {
    const seats = seatSubscribers(1_000, 5, bounds);
    for (let caller = 0; caller < 5; caller++) {
      const own = seats.filter((seat) => seat.caller === caller);
      expect(own).toHaveLength(200);
      const perSocket = new Map<number, number>();
      for (const seat of own) perSocket.set(seat.connection, (perSocket.get(seat.connection) ?? 0) + 1);
      expect([...perSocket.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect([...perSocket.values()].every((count) => count === 20)).toBe(true);
    }
  });

  it('refuses a count that would break the per-caller limits', () => {
    expect(() => seatSubscribers(1_001, 5, bounds)).toThrow(/1001 subscribers/);
  });
});

describe('deliveryLatencies', () => {
  const commits = [
    { walletId: 'a', version: 2, atMs: 100 },
    { walletId: 'b', version: 2, atMs: 110 },
  ];

  it('is each arrival of a measured commit less the commit time, one per subscriber that saw it', () => {
    const arrivals = [
      { walletId: 'a', version: 2, atMs: 130 },
      { walletId: 'a', version: 2, atMs: 160 },
      { walletId: 'b', version: 2, atMs: 115 },
    ];
    expect(deliveryLatencies(commits, arrivals)).toEqual([30, 60, 5]);
  });

  it('ignores arrivals of changes committed outside the window and keeps an event that beat the answer', () => {
    const arrivals = [
      { walletId: 'a', version: 1, atMs: 90 },
      { walletId: 'b', version: 2, atMs: 108 },
    ];
    expect(deliveryLatencies(commits, arrivals)).toEqual([-2]);
  });
});
