import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

const TIMEOUT_MS = 30_000;

/**
 * HTTP to the service on 127.0.0.1 with Node's own client; its CPU cost is measured (the report
 * shows the bench process's CPU). Load uses keep-alive, one socket per benchmark client.
 */
export class HttpClient {
  private agent: Agent;
  private lastAnswer = performance.now();

  constructor(
    private readonly baseUrl: string,
    private readonly sockets: number,
    private readonly keepAlive = true,
    /** Sent with every request: the bench client's bearer token. */
    private readonly authorization?: string,
  ) {
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`The bench sends load to 127.0.0.1 only; got ${baseUrl}`);
    this.agent = this.newAgent();
  }

  /**
   * New connections from here on if the current ones sat idle for `idleMs`; call it with no request
   * in flight. A socket idle for the server's keep-alive timeout (5 s: a long baseline slice, a cold
   * start) is closed by the server, and reusing it just then fails with "socket hang up". Only then:
   * a fresh connection's first request also pays the TCP handshake, which would show in latencies.
   */
  renewIfIdle(idleMs: number): void {
    if (performance.now() - this.lastAnswer < idleMs) return;
    this.agent.destroy();
    this.agent = this.newAgent();
  }

  /** POSTs JSON; resolves with the status and the parsed answer. */
  postJson(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    return this.send('POST', path, JSON.stringify(body));
  }

  getJson(path: string): Promise<{ status: number; body: unknown }> {
    return this.send('GET', path);
  }

  close(): void {
    this.agent.destroy();
  }

  private newAgent(): Agent {
    return new Agent({ keepAlive: this.keepAlive, maxSockets: this.sockets });
  }

  private send(method: string, path: string, payload?: string): Promise<{ status: number; body: unknown }> {
    return new Promise((done, fail) => {
      const headers: Record<string, string | number> = {
        accept: 'application/json',
        ...(this.authorization && { authorization: this.authorization }),
      };
      if (payload !== undefined)
        Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      const req = request(`${this.baseUrl}${path}`, { method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          this.lastAnswer = performance.now();
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            done({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
          } catch {
            fail(new Error(`${method} ${path} answered ${res.statusCode} with no JSON: ${text.slice(0, 200)}`));
          }
        });
      });
      req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`${method} ${path}: no answer in ${TIMEOUT_MS} ms`)));
      req.on('error', (error) => fail(new Error(`${method} ${path}: ${error.message}`)));
      req.end(payload);
    });
  }
}

/** A property of a JSON value, or undefined: answers are read, never cast. */
export function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const name of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[name] : undefined;
  return at;
}
