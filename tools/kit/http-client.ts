import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * What came back: a body (parsed JSON, or the text when it is not JSON) with its status, or an unknown
 * outcome: no answer in time, or the connection failed (the request may or may not have been executed).
 */
export type HttpAnswer =
  | { readonly kind: 'body'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'unknown'; readonly cause: 'timeout' | 'connection'; readonly reason: string };

export interface HttpClientOptions {
  /** Most sockets open at once (the bench: one per client); unbounded by default. */
  readonly sockets?: number;
  readonly keepAlive?: boolean;
  /** Bound on a whole exchange, unless a request names its own. */
  readonly timeoutMs?: number;
}

/**
 * The tools' one HTTP client, on Node's own http module (its CPU cost shows as the tool's own), to
 * 127.0.0.1 only: the tools send load and faults to a service of their own, never elsewhere.
 */
export class HttpClient {
  private agent: Agent;
  private lastAnswer = performance.now();

  constructor(
    readonly baseUrl: string,
    private readonly options: HttpClientOptions = {},
  ) {
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`The tools send traffic to 127.0.0.1 only; got ${baseUrl}`);
    this.agent = this.newAgent();
  }

  /**
   * New connections from here on if the current ones sat idle for `idleMs`; call it with no request
   * in flight. A socket idle for the server's keep-alive timeout (5 s) is closed by the server, and
   * reusing it just then fails with "socket hang up". Only then: a fresh connection's first request
   * also pays the TCP handshake, which would show in latencies.
   */
  renewIfIdle(idleMs: number): void {
    if (performance.now() - this.lastAnswer < idleMs) return;
    this.agent.destroy();
    this.agent = this.newAgent();
  }

  /** POST of a JSON body, with extra headers (the caller's Authorization). */
  post(path: string, body: unknown, headers: Readonly<Record<string, string>> = {}, timeoutMs?: number): Promise<HttpAnswer> {
    return this.send('POST', path, headers, JSON.stringify(body), timeoutMs);
  }

  get(path: string, headers: Readonly<Record<string, string>> = {}): Promise<HttpAnswer> {
    return this.send('GET', path, headers);
  }

  close(): void {
    this.agent.destroy();
  }

  private newAgent(): Agent {
    return new Agent({ keepAlive: this.options.keepAlive ?? true, maxSockets: this.options.sockets ?? Number.POSITIVE_INFINITY });
  }

  private send(
    method: string,
    path: string,
    extra: Readonly<Record<string, string>>,
    payload?: string,
    timeoutMs?: number,
  ): Promise<HttpAnswer> {
    const limitMs = timeoutMs ?? this.options.timeoutMs ?? 30_000;
    const headers: Record<string, string | number> = { accept: 'application/json', ...extra };
    if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    return new Promise((settle) => {
      let timedOut = false;
      let settled = false;
      const done = (answer: HttpAnswer) => {
        clearTimeout(timer);
        if (!settled) settle(answer);
        settled = true;
      };
      const failed = (error: NodeJS.ErrnoException) =>
        timedOut
          ? done({ kind: 'unknown', cause: 'timeout', reason: `timeout after ${limitMs} ms` })
          : done({ kind: 'unknown', cause: 'connection', reason: `${method} ${path}: ${error.code ?? error.message}` });
      const req = request(`${this.baseUrl}${path}`, { method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', failed);
        res.on('end', () => {
          this.lastAnswer = performance.now();
          done({ kind: 'body', status: res.statusCode ?? 0, body: parseJson(Buffer.concat(chunks).toString('utf8')) });
        });
      });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new Error('timeout'));
      }, limitMs);
      req.on('error', failed);
      req.end(payload);
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A JSON answer's body, or an error that says what came instead: for tools that expect JSON or nothing. */
export function jsonBody(answer: HttpAnswer, what: string): { status: number; body: unknown } {
  if (answer.kind === 'unknown') throw new Error(`${what}: ${answer.reason}`);
  if (typeof answer.body === 'string') throw new Error(`${what} answered ${answer.status} with no JSON: ${answer.body.slice(0, 200)}`);
  return answer;
}

/** A property of a JSON value, or undefined: answers are read, never cast. */
export function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const name of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[name] : undefined;
  return at;
}
