import { WalletQueue } from '../../../src/application/wallet-queue';

/** A gate a test opens by hand: the work holding a turn waits on it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('WalletQueue', () => {
  it('runs the work on one wallet one at a time, in arrival order', async () => {
    const queue = new WalletQueue();
    const order: string[] = [];
    const first = gate();
    const a = queue.exclusive(['w'], async () => {
      order.push('a starts');
      await first.opened;
      order.push('a ends');
    });
    const b = queue.exclusive(['w'], async () => {
      order.push('b runs');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('lets work on other wallets run meanwhile', async () => {
    const queue = new WalletQueue();
    const held = gate();
    const a = queue.exclusive(['w1'], () => held.opened);
    expect(await queue.exclusive(['w2'], async () => 'w2 done')).toBe('w2 done');
    held.open();
    await a;
  });

  it('cannot deadlock two plans naming the same two wallets in opposite orders', async () => {
    const queue = new WalletQueue();
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const results = await Promise.all([
      queue.exclusive(['x', 'y'], async () => {
        await tick();
        return 'xy';
      }),
      queue.exclusive(['y', 'x'], async () => {
        await tick();
        return 'yx';
      }),
    ]);
    expect(results).toEqual(['xy', 'yx']);
  });

  it('passes the turn on when the work throws, and keeps no entry once every wallet is free', async () => {
    const queue = new WalletQueue();
    const failed = queue.exclusive(['w'], async () => {
      throw new Error('boom');
    });
    const next = queue.exclusive(['w'], async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
    expect(queue.busyWallets).toBe(0);
  });
});
