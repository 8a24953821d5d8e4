import { setTimeout as sleep } from 'node:timers/promises';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** The subscription the tests (and docs/subscriptions.md) use. */
export const WALLET_EVENTS = `subscription($walletId: ID!, $afterVersion: Int) {
  walletEvents(walletId: $walletId, afterVersion: $afterVersion) { walletId version balance currency entry { type amount version balanceAfter } }
}`;

export interface WalletUpdate {
  walletId: string;
  version: number;
  balance: string;
  entry: { type: string; amount: string; version: number; balanceAfter: string };
}

export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

/** A graphql-ws client (what Apollo Client and urql use), no retries: the tests see every close. */
export function transportClient(
  httpUrl: string,
  connectionParams: Record<string, unknown>,
  /** Headers of the upgrade request (the `ws` library's own option). */
  headers?: Record<string, string>,
): Client & { closed: Promise<{ code: number; reason: string }> } {
  let closed: (event: { code: number; reason: string }) => void = () => undefined;
  const closedPromise = new Promise<{ code: number; reason: string }>((resolve) => {
    closed = resolve;
  });
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: headers
      ? class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        }
      : WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => closed(event as { code: number; reason: string }) },
  });
  return Object.assign(client, { closed: closedPromise });
}

/** One subscription's results as they come, with waits for a count and for its end. */
export function follow(client: Client, variables: Record<string, unknown>, query = WALLET_EVENTS, operationName?: string) {
  const updates: WalletUpdate[] = [];
  const errors: unknown[] = [];
  let ended = false;
  let wake: () => void = () => undefined;
  const changed = () => wake();
  const stop = client.subscribe<{ walletEvents: WalletUpdate }>(
    { query, variables, ...(operationName && { operationName }) },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) updates.push(result.data.walletEvents);
        changed();
      },
      error: (error) => {
        // graphql-ws hands an error message's GraphQL errors over as an array; a close as the event.
        errors.push(...(Array.isArray(error) ? error : [error]));
        ended = true;
        changed();
      },
      complete: () => {
        ended = true;
        changed();
      },
    },
  );
  const until = async (done: () => boolean, what: string, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; got ${JSON.stringify({ updates, errors, ended })}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 100);
      });
    }
  };
  return {
    updates,
    errors,
    stop,
    versions: () => updates.map((update) => update.version),
    /** Resolves once `count` updates arrived. */
    count: (count: number) => until(() => updates.length >= count, `${count} updates`),
    /** Resolves once the subscription ended (an error result, an error, or complete). */
    ended: () => until(() => ended || errors.length > 0, 'the end'),
  };
}

/** A raw client of the legacy protocol (subprotocol graphql-ws), as GraphQL Playground 1.7 speaks it. */
export async function legacyClient(httpUrl: string) {
  const socket = new WebSocket(wsUrl(httpUrl), 'graphql-ws');
  const messages: Array<{ type: string; id?: string; payload?: any }> = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const waitFor = async (test: (message: (typeof messages)[number]) => boolean, what: string) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = messages.find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; got ${JSON.stringify(messages)}`);
      await sleep(50);
    }
  };
  return {
    socket,
    messages,
    closed,
    send: (message: Record<string, unknown>) => socket.send(JSON.stringify(message)),
    waitFor,
  };
}
