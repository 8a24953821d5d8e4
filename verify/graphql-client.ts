/**
 * One GraphQL request over real HTTP (POST /graphql, JSON), to 127.0.0.1 only, with a timeout
 * enforced by an AbortController. The answer is classified only as far as the transport goes:
 * a body to decode, or an unknown outcome (the request may or may not have been executed).
 */
export type HttpResult =
  | { readonly kind: 'body'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'unknown'; readonly reason: string };

export class GraphQLClient {
  readonly requests = { sent: 0, timedOut: 0, connectionErrors: 0, serverErrors: 0 };

  /** `authorizations`: each user's Authorization header (`Bearer <token>`), by the user's name (the token's `sub`). */
  constructor(
    readonly baseUrl: string,
    private readonly authorizations: Readonly<Record<string, string>>,
  ) {
    const host = new URL(baseUrl).hostname;
    if (host !== '127.0.0.1') throw new Error(`The harness only sends traffic to 127.0.0.1; got ${baseUrl}`);
  }

  /**
   * Every request's headers, built in this one place: the credentials of the user the request is
   * sent as. A user without a token is the harness's bug, never an anonymous request.
   */
  private headers(user: string): Record<string, string> {
    const authorization = this.authorizations[user];
    if (authorization === undefined) throw new Error(`No token for user ${user}`);
    return { 'content-type': 'application/json', authorization };
  }

  /** One request, sent as `user`. */
  async post(user: string, query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<HttpResult> {
    const headers = this.headers(user);
    this.requests.sent += 1;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: abort.signal,
      });
      const text = await response.text();
      if (response.status >= 500) {
        this.requests.serverErrors += 1;
        return { kind: 'unknown', reason: `HTTP ${response.status}` };
      }
      return { kind: 'body', status: response.status, body: parseJson(text) };
    } catch (error) {
      if (abort.signal.aborted) {
        this.requests.timedOut += 1;
        return { kind: 'unknown', reason: `timeout after ${timeoutMs} ms` };
      }
      this.requests.connectionErrors += 1;
      return { kind: 'unknown', reason: describe(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** fetch wraps the socket error (ECONNREFUSED, "other side closed") in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  const detail = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : '';
  return detail ? `${error.message}: ${detail}` : error.message;
}
