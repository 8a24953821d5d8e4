import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { AnswerStallGuard, takenBytes } from '../../../src/http/answer-stall';

/**
 * An answer left waiting loses its connection when the kernel takes none of it for a window of REQUEST_TIMEOUT_MS;
 * what counts is what the kernel takes of the writes, never what the client sends (a blank line every 25 s kept a
 * non-reader's connection under Node's socket timeout).
 */
describe('the deadline of an answer left waiting', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A connection whose kernel has taken `taken` bytes of its answers (libuv's queue shrinks as it does). */
  function connection() {
    const socket = { _bytesDispatched: 4_000_000, _handle: { writeQueueSize: 1_000_000 }, destroyed: false, destroy: jest.fn() };
    socket.destroy.mockImplementation(() => {
      socket.destroyed = true;
    });
    const req = { socket } as unknown as IncomingMessage;
    const res = { writableFinished: false, destroyed: false } as unknown as ServerResponse;
    return {
      socket,
      req,
      res,
      take: (bytes: number) => {
        socket._handle.writeQueueSize -= bytes;
      },
    };
  }

  it('counts the bytes the kernel took, part of a write included', () => {
    const { socket, take } = connection();
    const before = takenBytes(socket as never);
    take(1_234);
    expect(takenBytes(socket as never) - before).toBe(1_234);
  });

  it('closes a connection the kernel took nothing of in a window, and keeps one it took some of in each', () => {
    let now = 0;
    const guard = new AnswerStallGuard(1_000, () => now, 100);
    const stalled = connection();
    const reader = connection();
    const cut: string[] = [];
    guard.watch(stalled.req, stalled.res, () => cut.push('stalled'));
    guard.watch(reader.req, reader.res, () => cut.push('reader'));
    for (let tick = 1; tick <= 30; tick += 1) {
      if (tick % 10 === 0) reader.take(1);
      now += 100;
      jest.advanceTimersByTime(100);
    }
    expect(cut).toEqual(['stalled']);
    expect(stalled.socket.destroy).toHaveBeenCalled();
    expect(reader.socket.destroy).not.toHaveBeenCalled();
    expect(guard.inFlight).toBe(1);
    // Taken whole: no longer watched, and the timer stops with the last one.
    (reader.res as { writableFinished: boolean }).writableFinished = true;
    jest.advanceTimersByTime(100);
    expect(guard.inFlight).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('does not count a pause of the process (a late tick) in any window: the reader could not read, nor the service write', () => {
    let now = 0;
    const guard = new AnswerStallGuard(1_000, () => now, 100);
    const waiting = connection();
    const cut: string[] = [];
    guard.watch(waiting.req, waiting.res, () => cut.push('waiting'));
    const ticks = (count: number, everyMs = 100) => {
      for (let tick = 0; tick < count; tick += 1) {
        now += everyMs;
        jest.advanceTimersByTime(100);
      }
    };
    ticks(5);
    // Five seconds without a tick (a collector's pause, a starved machine), then the loop runs again.
    ticks(1, 5_000);
    expect(cut).toEqual([]);
    // 500 ms before the pause, 100 after it (the late tick's own period), 300 more: 900 ms of the window.
    ticks(3);
    expect(cut).toEqual([]);
    // A whole window of time the process ran, with nothing taken: cut.
    ticks(1);
    expect(cut).toEqual(['waiting']);
    guard.stop();
  });

  it('gives an answer watched during a long stretch of work, after the last tick, no credit for the lateness', () => {
    let now = 0;
    const guard = new AnswerStallGuard(1_000, () => now, 100);
    const cut: string[] = [];
    const keeper = connection();
    guard.watch(keeper.req, keeper.res, () => cut.push('keeper'));
    const tick = () => {
      now += 100;
      keeper.take(1);
      jest.advanceTimersByTime(100);
    };
    tick();
    // 4.9 s of work since that tick; then an answer is watched, and the late tick comes 100 ms later.
    now += 4_900;
    const late = connection();
    guard.watch(late.req, late.res, () => cut.push('late'));
    for (let step = 0; step < 10; step += 1) tick();
    expect(cut).toEqual([]);
    tick();
    expect(cut).toEqual(['late']);
    guard.stop();
  });

  it("watches a socket's own writes (a WebSocket's) while some wait, once at a time, and cuts it when the kernel takes none", () => {
    let now = 0;
    const guard = new AnswerStallGuard(1_000, () => now, 100);
    const stalled = Object.assign(connection().socket, { writableLength: 500 });
    const reader = Object.assign(connection().socket, { writableLength: 500 });
    const idle = Object.assign(connection().socket, { writableLength: 0 });
    const cut: string[] = [];
    guard.watchWrites(stalled as never, () => cut.push('stalled'));
    guard.watchWrites(reader as never, () => cut.push('reader'));
    // Watched already: not twice. Nothing waiting: not at all.
    guard.watchWrites(stalled as never, () => cut.push('stalled again'));
    guard.watchWrites(idle as never, () => cut.push('idle'));
    expect(guard.inFlight).toBe(2);
    for (let tick = 1; tick <= 30; tick += 1) {
      if (tick % 10 === 0) reader._handle.writeQueueSize -= 1;
      now += 100;
      jest.advanceTimersByTime(100);
    }
    expect(cut).toEqual(['stalled']);
    expect(stalled.destroy).toHaveBeenCalled();
    // All taken: no longer watched, and watched again once writes wait again.
    reader.writableLength = 0;
    jest.advanceTimersByTime(100);
    expect(guard.inFlight).toBe(0);
    reader.writableLength = 10;
    guard.watchWrites(reader as never, () => cut.push('reader'));
    expect(guard.inFlight).toBe(1);
    guard.stop();
  });

  it('watches nothing, and starts no timer, for an answer taken at once', () => {
    const guard = new AnswerStallGuard(1_000);
    const { req, res } = connection();
    (res as { writableFinished: boolean }).writableFinished = true;
    guard.watch(req, res, () => undefined);
    expect(guard.inFlight).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });
});

it("reads what it needs from this Node's own sockets (the fields a Node could rename)", async () => {
  const server = createServer((_req, res) => res.end('x'.repeat(64 * 1024 * 1024)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let serverSide: Socket | undefined;
  server.once('connection', (socket) => {
    serverSide = socket;
  });
  const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
  client.pause();
  client.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  while (serverSide === undefined || (serverSide as unknown as { _bytesDispatched: number })._bytesDispatched === 0)
    await new Promise((resolve) => setTimeout(resolve, 10));
  const counts = serverSide as unknown as { _bytesDispatched: unknown; _handle: { writeQueueSize: unknown } };
  expect(typeof counts._bytesDispatched).toBe('number');
  expect(typeof counts._handle.writeQueueSize).toBe('number');
  // The reader stopped: part of the 64 MB waits in libuv's queue, and what the kernel took is less than all of it.
  expect(takenBytes(serverSide)).toBeLessThan(64 * 1024 * 1024);
  expect(takenBytes(serverSide)).toBeGreaterThan(0);
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
});
