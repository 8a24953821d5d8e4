import { HttpAnswer, HttpClient } from '../kit/http-client';

/**
 * One GraphQL request over real HTTP (POST /graphql, JSON), sent as one of the run's users, through
 * the tools' HTTP client. The answer is classified only as far as the transport goes: a body to
 * decode, or an unknown outcome (the request may or may not have been executed).
 */
export type HttpResult =
  | { readonly kind: 'body'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'unknown'; readonly reason: string };

export class GraphQLClient {
  readonly requests = { sent: 0, timedOut: 0, connectionErrors: 0, serverErrors: 0 };
  private readonly http: HttpClient;

  /** `authorizations`: each user's Authorization header (`Bearer <token>`), by the user's name (the token's `sub`). */
  constructor(
    readonly baseUrl: string,
    private readonly authorizations: Readonly<Record<string, string>>,
  ) {
    this.http = new HttpClient(baseUrl);
  }

  /** One request, sent as `user`. A user without a token is the harness's bug, never an anonymous request. */
  async post(user: string, query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<HttpResult> {
    const authorization = this.authorizations[user];
    if (authorization === undefined) throw new Error(`No token for user ${user}`);
    this.requests.sent += 1;
    return this.count(await this.http.post('/graphql', { query, variables }, { authorization }, timeoutMs));
  }

  close(): void {
    this.http.close();
  }

  private count(answer: HttpAnswer): HttpResult {
    if (answer.kind === 'unknown') {
      if (answer.cause === 'timeout') this.requests.timedOut += 1;
      else this.requests.connectionErrors += 1;
      return { kind: 'unknown', reason: answer.reason };
    }
    if (answer.status >= 500) {
      this.requests.serverErrors += 1;
      return { kind: 'unknown', reason: `HTTP ${answer.status}` };
    }
    return answer;
  }
}
