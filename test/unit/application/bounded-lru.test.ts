import { BoundedLru } from '../../../src/application/bounded-lru';

describe('BoundedLru', () => {
  it('keeps at most its capacity, dropping the least recently used first', () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('computes a missing value once and keeps it', () => {
    const lru = new BoundedLru<string, number>(10);
    const compute = jest.fn(() => 42);
    expect(lru.getOrCompute('k', compute)).toBe(42);
    expect(lru.getOrCompute('k', compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('stays bounded under a stream of distinct keys', () => {
    const lru = new BoundedLru<number, number>(100);
    for (let i = 0; i < 10_000; i++) lru.getOrCompute(i, () => i);
    expect(lru.size).toBe(100);
  });

  it('forgets a deleted key, and a later set counts it as new', () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.delete('a');
    expect(lru.get('a')).toBeUndefined();
    expect(lru.size).toBe(1);
    lru.set('c', 3);
    expect([lru.get('b'), lru.get('c')]).toEqual([2, 3]);
  });

  it('refuses a capacity below 1', () => {
    expect(() => new BoundedLru(0)).toThrow('capacity');
  });
});
