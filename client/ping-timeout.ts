/** What pingTimeout needs of a graphql-ws client: `terminate()` (graphql-ws 5.10 and later). */
export interface TerminableClient {
  terminate(): void;
}

export interface PingTimeoutOptions {
  /** A ping after this long without a message from the service (graphql-ws's `keepAlive`). */
  intervalMs?: number;
  /** A ping unanswered this long ends the socket. */
  timeoutMs?: number;
}

/**
 * graphql-ws client options (`keepAlive` and `on.ping`, `on.pong`, `on.closed`) that end a socket gone silent: after
 * `intervalMs` without a message the client pings, and a ping with no pong `timeoutMs` later terminates the socket
 * (graphql-ws's 4499 `Terminated`), so the client connects again and followWallet resumes from the last version it saw.
 * Without them a network that stops passing packets without closing anything (a phone changing networks, a NAT that
 * forgot the flow) leaves a subscription waiting for ever, and a screen showing an old balance. `client` is asked when
 * the timeout fires: pass `() => client`. Spread the result into `createClient`'s options; merge `on` yourself if you
 * listen to other events.
 */
export function pingTimeout(client: () => TerminableClient, { intervalMs = 10_000, timeoutMs = 5_000 }: PingTimeoutOptions = {}) {
  let unanswered: ReturnType<typeof setTimeout> | undefined;
  const stop = () => clearTimeout(unanswered);
  return {
    keepAlive: intervalMs,
    on: {
      ping: (received: boolean) => {
        if (received) return; // the service's ping: graphql-ws answers it
        stop();
        unanswered = setTimeout(() => client().terminate(), timeoutMs);
      },
      pong: (received: boolean) => {
        if (received) stop();
      },
      closed: stop,
    },
  };
}
