import { IncomingMessage, ServerResponse } from 'node:http';
import { AnswerRateGuard, takenBytes } from '../../../src/http/answer-rate';

/**
 * A reader that trickles (a few KB a window, under the deadline) held its connection and the answer for as long as it
 * liked; now each window of REQUEST_TIMEOUT_MS it must take MIN_ANSWER_BYTES_PER_SECOND on average.
 */
describe('the minimum read rate of an answer left waiting', () => {
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

  it('closes a connection taking less than the rate in a window, and keeps one taking more', () => {
    let now = 0;
    const guard = new AnswerRateGuard({ stallMs: 1_000, minAnswerBytesPerSecond: 1_024 }, () => now, 100);
    const trickler = connection();
    const reader = connection();
    const cut: string[] = [];
    guard.watch(trickler.req, trickler.res, () => cut.push('trickler'));
    guard.watch(reader.req, reader.res, () => cut.push('reader'));
    for (let window = 0; window < 3 && cut.length === 0; window += 1) {
      trickler.take(1_000); // under 1,024 a second
      reader.take(2_000);
      now += 1_000;
      jest.advanceTimersByTime(100);
    }
    expect(cut).toEqual(['trickler']);
    expect(trickler.socket.destroy).toHaveBeenCalled();
    expect(reader.socket.destroy).not.toHaveBeenCalled();
    expect(guard.inFlight).toBe(1);
    guard.stop();
  });

  it('watches nothing, and starts no timer, for an answer taken at once', () => {
    const guard = new AnswerRateGuard({ stallMs: 1_000, minAnswerBytesPerSecond: 1_024 });
    const { req, res } = connection();
    (res as { writableFinished: boolean }).writableFinished = true;
    guard.watch(req, res, () => undefined);
    expect(guard.inFlight).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });
});
