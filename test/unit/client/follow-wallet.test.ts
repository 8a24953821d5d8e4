import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  followWallet,
  isConnectionFailure,
  isResumableClose,
  retryAfterMsOf,
  SubscribingClient,
  SubscriptionCompleted,
  WalletEvent,
} from '../../../client/follow-wallet';
import { recording } from '../../support/client-kit';

/**
 * followWallet over a scripted graphql-ws client: the test plays each subscription's sink (events, then the close the
 * client gave up on) and sees what was subscribed, with which variables at the time. The end to end test with a real
 * service and a token that expires is test/e2e/follow-wallet.e2e.test.ts.
 */
function scriptedClient() {
  const subscriptions: Array<{ afterVersion: number; sink: Parameters<SubscribingClient['subscribe']>[1]; stopped: boolean }> = [];
  const client: SubscribingClient = {
    subscribe(payload, sink) {
      const subscription = { afterVersion: payload.variables.afterVersion as number, sink, stopped: false };
      subscriptions.push(subscription);
      return () => {
        subscription.stopped = true;
      };
    },
  };
  const last = () => subscriptions[subscriptions.length - 1];
  return { client, subscriptions, last, afterVersions: () => subscriptions.map((subscription) => subscription.afterVersion) };
}

const event = (version: number) => ({
  data: { walletEvents: { walletId: 'w-1', version, balance: `${version}.00`, currency: 'GBP' } as unknown as WalletEvent },
});
const close = (code: number, reason: string) => ({ code, reason, wasClean: true, type: 'close' });
const EXPIRED = close(4401, 'Token expired');

/** Runs every wait at once; records the delays asked. */
function timing() {
  const delays: number[] = [];
  let clock = 0;
  return {
    delays,
    advance: (ms: number) => {
      clock += ms;
    },
    options: {
      random: () => 0.5,
      now: () => clock,
      wait: async (ms: number) => {
        delays.push(ms);
      },
    },
  };
}
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('followWallet', () => {
  it('after 4401 Token expired subscribes again from the last version it passed on: nothing twice, nothing skipped', async () => {
    const { client, last, afterVersions } = scriptedClient();
    const { options, delays } = timing();
    const seen: number[] = [];
    const ended: unknown[] = [];
    followWallet(client, 'w-1', 2, { event: (e) => seen.push(e.version), end: (reason) => ended.push(reason) }, options);
    last().sink.next(event(3));
    last().sink.next(event(4));
    last().sink.error(EXPIRED);
    await settle();
    // The new subscription's replay may overlap what was passed on (a transport repeating one): skipped.
    last().sink.next(event(4));
    last().sink.next(event(5));
    last().sink.error(close(1006, ''));
    await settle();
    last().sink.next(event(6));

    expect(afterVersions()).toEqual([2, 4, 5]);
    expect(seen).toEqual([3, 4, 5, 6]);
    expect(ended).toEqual([]);
    expect(delays).toHaveLength(2);
    expect(delays.every((delay) => delay >= 0 && delay <= 30_000)).toBe(true);
  });

  it('ends with the close when a 4401 refuses the token, without subscribing again', async () => {
    const { client, last, subscriptions } = scriptedClient();
    const ended: unknown[] = [];
    followWallet(client, 'w-1', 0, { event: () => undefined, end: (reason) => ended.push(reason) }, timing().options);
    last().sink.error(EXPIRED);
    await settle();
    const refusal = close(4401, 'The token is not valid: signature verification failed');
    last().sink.error(refusal);
    await settle();
    expect(subscriptions).toHaveLength(2);
    expect(ended).toEqual([refusal]);
  });

  it('gives up after maxResumes closes in a row with no event between them, and counts anew after an event', async () => {
    const { client, last, subscriptions } = scriptedClient();
    const ended: unknown[] = [];
    const attempts: number[] = [];
    followWallet(
      client,
      'w-1',
      0,
      { event: () => undefined, end: (reason) => ended.push(reason), resuming: (_, attempt) => attempts.push(attempt) },
      { ...timing().options, maxResumes: 3 },
    );
    last().sink.error(EXPIRED);
    await settle();
    last().sink.error(EXPIRED);
    await settle();
    last().sink.next(event(1));
    for (let close = 0; close < 4; close += 1) {
      last().sink.error(EXPIRED);
      await settle();
    }
    expect(attempts).toEqual([1, 2, 1, 2, 3]);
    expect(subscriptions).toHaveLength(6);
    expect(ended).toEqual([EXPIRED]);
  });

  it('counts anew after a subscription that ran steadyMs: a quiet wallet is followed across every token', async () => {
    const { client, last, subscriptions } = scriptedClient();
    const clock = timing();
    const ended: unknown[] = [];
    followWallet(client, 'w-1', 0, { event: () => undefined, end: (reason) => ended.push(reason) }, { ...clock.options, maxResumes: 2 });
    for (let expiry = 0; expiry < 5; expiry += 1) {
      clock.advance(60_000);
      last().sink.error(EXPIRED);
      await settle();
    }
    expect(subscriptions).toHaveLength(6);
    expect(ended).toEqual([]);
  });

  it('ends on an error result (WALLET_NOT_FOUND) and on the 44xx closes graphql-ws does not retry', async () => {
    for (const reason of [
      [{ message: 'Wallet w-1 does not exist.', extensions: { code: 'WALLET_NOT_FOUND' } }],
      close(4429, 'Too many connections'),
      close(4400, 'Bad message'),
      close(1000, 'Normal Closure'),
      new Error('connectionParams failed'),
    ]) {
      const { client, last, subscriptions } = scriptedClient();
      const ended: unknown[] = [];
      followWallet(client, 'w-1', 0, { event: () => undefined, end: (why) => ended.push(why) }, timing().options);
      last().sink.error(reason);
      await settle();
      expect(subscriptions).toHaveLength(1);
      expect(ended).toEqual([reason]);
    }
  });

  it('subscribes again after an error result that says to ask again (STORE_UNAVAILABLE, RATE_LIMITED), no sooner than it says', async () => {
    const storeDown = [
      { message: 'The store did not answer.', extensions: { code: 'STORE_UNAVAILABLE', retryable: true, retryAfterSeconds: 2 } },
    ];
    const tooMany = [{ message: 'Too many subscribe messages.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 40 } }];
    const { client, last, afterVersions } = scriptedClient();
    const { options, delays } = timing();
    const { seen, ended, resumed, handlers } = recording();
    followWallet(client, 'w-1', 2, handlers, options);
    last().sink.next(event(3));
    last().sink.next({ errors: storeDown });
    // The service completes an error result: that is the same ending, not a second one.
    last().sink.complete();
    await settle();
    last().sink.next({ errors: tooMany });
    await settle();
    last().sink.next(event(4));
    expect(afterVersions()).toEqual([2, 3, 3]);
    expect(seen).toEqual([3, 4]);
    expect(resumed).toEqual([storeDown, tooMany]);
    expect(ended).toEqual([]);
    expect(delays[0]).toBeGreaterThanOrEqual(2_000);
    expect(delays[1]).toBe(40_000);
    // An error result with any error not to be retried is final.
    expect(retryAfterMsOf([...storeDown, { message: 'No such wallet', extensions: { code: 'WALLET_NOT_FOUND' } }])).toBeUndefined();
    expect(retryAfterMsOf([{ message: 'x', extensions: { code: 'HISTORY_UNAVAILABLE', retryable: false } }])).toBeUndefined();
    expect(retryAfterMsOf([])).toBeUndefined();
  });

  it('stopping during the wait subscribes no more, and ends nothing', async () => {
    const { client, last, subscriptions } = scriptedClient();
    const ended: unknown[] = [];
    let release: () => void = () => undefined;
    const stop = followWallet(
      client,
      'w-1',
      0,
      { event: () => undefined, end: (reason) => ended.push(reason) },
      { wait: () => new Promise<void>((resolve) => (release = resolve)) },
    );
    last().sink.error(close(1012, 'Service restart'));
    stop();
    release();
    await settle();
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].stopped).toBe(true);
    expect(ended).toEqual([]);
  });

  it('resumes the closes that say come back or a lost connection, not a refusal', () => {
    const codes = [1001, 1005, 1006, 1011, 1012, 1013, 1014, 4499];
    expect(codes.map((code) => isResumableClose(close(code, '')))).toEqual(codes.map(() => true));
    expect(isResumableClose(EXPIRED)).toBe(true);
    expect(isResumableClose(close(4401, 'Unauthorized'))).toBe(false);
    expect(isResumableClose([{ message: 'x' }])).toBe(false);
    expect(isResumableClose(undefined)).toBe(false);
  });

  it('after the service completes a subscription subscribes again from the last version (the former code stopped silently)', async () => {
    const { client, last, afterVersions } = scriptedClient();
    const { seen, ended, resumed, handlers } = recording();
    followWallet(client, 'w-1', 2, handlers, timing().options);
    last().sink.next(event(3));
    last().sink.complete();
    await settle();
    last().sink.next(event(4));
    expect(afterVersions()).toEqual([2, 3]);
    expect(seen).toEqual([3, 4]);
    expect(resumed).toEqual([expect.any(SubscriptionCompleted)]);
    expect(ended).toEqual([]);
  });

  it('ends after maxResumes completions in a row, with SubscriptionCompleted', async () => {
    const { client, last, subscriptions } = scriptedClient();
    const ended: unknown[] = [];
    followWallet(client, 'w-1', 0, { event: () => undefined, end: (r) => ended.push(r) }, { ...timing().options, maxResumes: 2 });
    for (let completion = 0; completion < 3; completion += 1) {
      last().sink.complete();
      await settle();
    }
    expect(subscriptions).toHaveLength(3);
    expect(ended).toEqual([expect.any(SubscriptionCompleted)]);
  });

  it("ends with the client's close when the completion follows it (graphql-ws dispose: 1000, then complete)", async () => {
    const { client, last, subscriptions } = scriptedClient();
    const listeners = new Map<string, (event?: unknown) => void>();
    const withEvents: SubscribingClient = {
      ...client,
      on: (name, listener) => {
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
    };
    const ended: unknown[] = [];
    followWallet(withEvents, 'w-1', 0, { event: () => undefined, end: (r) => ended.push(r) }, timing().options);
    // A close the client reconnected after is not its end: the completion then is the service's.
    listeners.get('closed')?.(close(1006, ''));
    listeners.get('connected')?.();
    last().sink.complete();
    await settle();
    expect(subscriptions).toHaveLength(2);
    const disposed = close(1000, 'Normal Closure');
    listeners.get('closed')?.(disposed);
    last().sink.complete();
    await settle();
    expect(subscriptions).toHaveLength(2);
    expect(ended).toEqual([disposed]);
    expect(listeners.size).toBe(0);
  });

  it('completing after stop() (graphql-ws completes what you unsubscribe) neither resumes nor ends', async () => {
    const { client, last, subscriptions } = scriptedClient();
    const ended: unknown[] = [];
    const stop = followWallet(client, 'w-1', 0, { event: () => undefined, end: (r) => ended.push(r) }, timing().options);
    stop();
    last().sink.complete();
    await settle();
    expect(subscriptions).toHaveLength(1);
    expect(ended).toEqual([]);
  });

  it("subscribes again after a socket's error event (a refused connection), which graphql-ws's default shouldRetry gives up on", async () => {
    const { client, last, afterVersions } = scriptedClient();
    const { options, delays } = timing();
    const { seen, ended, resumed, handlers } = recording();
    followWallet(client, 'w-1', 2, handlers, { ...options, maxResumes: 3 });
    // What a browser's WebSocket gives (an Event, nothing more), and what `ws` gives (an ErrorEvent with the cause).
    const browser = new Event('error');
    const refused = { type: 'error', message: 'connect ECONNREFUSED 127.0.0.1:4000', error: new Error('connect ECONNREFUSED') };
    last().sink.next(event(3));
    last().sink.error(browser);
    await settle();
    last().sink.error(refused);
    await settle();
    last().sink.next(event(4));
    for (let failure = 0; failure < 4; failure += 1) {
      last().sink.error(refused);
      await settle();
    }
    expect(afterVersions()).toEqual([2, 3, 3, 4, 4, 4]);
    expect(seen).toEqual([3, 4]);
    expect(resumed).toEqual([browser, refused, refused, refused, refused]);
    expect(ended).toEqual([refused]);
    expect(delays.every((delay) => delay >= 0 && delay <= 30_000)).toBe(true);
    // An error thrown by connectionParams (an Error, even one named like an event) and a close event are not socket errors.
    expect(isConnectionFailure(Object.assign(new Error('no token'), { type: 'error' }))).toBe(false);
    expect(isConnectionFailure(close(1006, ''))).toBe(false);
    expect(isConnectionFailure([{ message: 'x' }])).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
  });

  describe('over a real graphql-ws client with its defaults (shouldRetry retries close events only)', () => {
    /** Follows through a client with graphql-ws's default options until `end`: at most 2 resumes, no wait between them. */
    const followUntilEnd = async (url: string) => {
      const client = createClient({ url, webSocketImpl: WebSocket });
      const { seen, ended, resumed, handlers } = recording();
      followWallet(client, 'w-1', 0, handlers, { ...timing().options, maxResumes: 2 });
      for (const deadline = Date.now() + 10_000; ended.length === 0; await new Promise((resolve) => setTimeout(resolve, 10))) {
        if (Date.now() > deadline) throw new Error('followWallet did not end');
      }
      await client.dispose();
      return { seen, ended, resumed };
    };

    it('resumes a refused connection (ECONNREFUSED: the port of a service restarting in place), maxResumes times', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const { ended, resumed } = await followUntilEnd(`ws://127.0.0.1:${port}/graphql`);
      expect(resumed).toHaveLength(2);
      expect([...resumed, ...ended].every(isConnectionFailure)).toBe(true);
      expect(ended).toEqual([expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') })]);
    });

    it('resumes an upgrade answered 503 (the service shutting down, or full), maxResumes times', async () => {
      const upgrades: number[] = [];
      const stopping = createServer();
      stopping.on('upgrade', (_request, socket) => {
        upgrades.push(upgrades.length + 1);
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\n\r\nShutting down\n');
      });
      await new Promise<void>((resolve) => stopping.listen(0, '127.0.0.1', resolve));
      try {
        const { ended, resumed } = await followUntilEnd(`ws://127.0.0.1:${(stopping.address() as AddressInfo).port}/graphql`);
        expect(upgrades).toEqual([1, 2, 3]);
        expect(resumed).toHaveLength(2);
        expect(ended).toEqual([expect.objectContaining({ message: 'Unexpected server response: 503' })]);
      } finally {
        await new Promise<void>((resolve) => stopping.close(() => resolve()));
      }
    });
  });
});
