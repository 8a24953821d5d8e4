import { authorizationLine, rawRequest, streamingPost } from './raw-http';

/** Where the attacks go: a running wallet service on 127.0.0.1 (never anything else). */
export interface Target {
  readonly url: string;
  readonly port: number;
  /** The attacker's valid bearer token (`Bearer …`): the limits must hold for an authenticated caller. */
  readonly authorization?: string;
}

export interface AttackResult {
  /** HTTP status (0: the server closed the connection without answering). */
  readonly status: number;
  /** What the answer said, e.g. the GraphQL error code. */
  readonly detail: string;
  readonly refused: boolean;
}

export interface Attack {
  readonly name: string;
  /** Sends only requests (no socket games): safe to repeat in a burst. */
  readonly repeatable: boolean;
  run(target: Target): Promise<AttackResult>;
}

async function graphql(target: Target, body: unknown): Promise<{ status: number; code: string; bytes: number; text: string }> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(target.authorization && { authorization: target.authorization }) },
    // A string is sent as it is: JSON.stringify cannot build the deepest bodies.
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let code = '';
  try {
    code = String(JSON.parse(text).errors?.[0]?.extensions?.code ?? '');
  } catch {
    code = text.slice(0, 40).trim();
  }
  return { status: response.status, code, bytes: text.length, text };
}

const refusedWith =
  (codes: string[]) =>
  async (answer: Promise<{ status: number; code: string; bytes: number }>): Promise<AttackResult> => {
    const { status, code, bytes } = await answer;
    // A refusal is an error code with a short answer: 400 before execution, or a resolver's
    // BAD_USER_INPUT (status 200, data null, as every argument refused inside a field is).
    return { status, detail: `${code || '-'}, ${bytes} B`, refused: codes.includes(code) && bytes < 4_000 };
  };

const fields = (field: string, count: number) => Array.from({ length: count }, (_, i) => `k${i}: ${field}`).join(' ');

/** The attacks of issue 9, each as it was measured against the unprotected service. */
export const ATTACKS: readonly Attack[] = [
  {
    name: '50 aliases of history(first: 100) x 200 idempotencyKey (fragment)',
    repeatable: true,
    run: (target) =>
      refusedWith(['GRAPHQL_PARSE_FAILED', 'QUERY_LIMIT_EXCEEDED'])(
        graphql(target, {
          query: `{ ${Array.from({ length: 50 }, (_, i) => `w${i}: wallet(id: "w") { history(first: 100) { edges { node { ...K } } } }`).join(' ')} }
        fragment K on LedgerEntry { ${fields('idempotencyKey', 200)} }`,
        }),
      ),
  },
  {
    name: '900 aliases of wallet { history(first: 100) } (58 KB, under the body limit)',
    repeatable: true,
    run: (target) =>
      refusedWith(['GRAPHQL_PARSE_FAILED', 'QUERY_LIMIT_EXCEEDED'])(
        graphql(target, {
          query: `{ ${Array.from({ length: 900 }, (_, i) => `w${i}: wallet(id: "w") { history(first: 100) { edges { cursor } } }`).join(' ')} }`,
        }),
      ),
  },
  {
    name: '1,200 aliased createWallet in one request (55 KB)',
    repeatable: true,
    run: (target) =>
      refusedWith(['GRAPHQL_PARSE_FAILED', 'QUERY_LIMIT_EXCEEDED'])(
        graphql(target, {
          query: `mutation { ${Array.from({ length: 1_200 }, (_, i) => `c${i}: createWallet(currency: GBP) { __typename }`).join(' ')} }`,
        }),
      ),
  },
  {
    name: '2 createWallet in one mutation',
    repeatable: true,
    run: (target) =>
      refusedWith(['QUERY_LIMIT_EXCEEDED'])(
        graphql(target, {
          query: 'mutation { a: createWallet(currency: GBP) { __typename } b: createWallet(currency: GBP) { __typename } }',
        }),
      ),
  },
  {
    name: '60 KB invalid amount (echo)',
    repeatable: true,
    run: (target) =>
      refusedWith(['BAD_USER_INPUT'])(
        graphql(target, {
          query: 'mutation($a: Decimal!) { increaseBalance(walletId: "w", amount: $a, currency: GBP, expectedVersion: 0) { __typename } }',
          variables: { a: '9'.repeat(60_000) },
        }),
      ),
  },
  {
    // A hostile probe's: 490,000 levels in 980 KB took 256 ms to parse, and four a second held the event loop.
    name: 'variables nested 30,000 deep (60 KB)',
    repeatable: true,
    run: (target) =>
      refusedWith(['BAD_REQUEST'])(
        graphql(target, `{"query":"{ __typename }","variables":{"x":${'['.repeat(30_000)}${']'.repeat(30_000)}}}`),
      ),
  },
  {
    name: 'ill-formed idempotency key "t-\\ud800"',
    repeatable: true,
    run: (target) =>
      refusedWith(['BAD_USER_INPUT'])(
        graphql(target, {
          query: 'mutation($k: String) { createWallet(currency: GBP, idempotencyKey: $k) { __typename } }',
          variables: { k: 't-\ud800' },
        }),
      ),
  },
  {
    name: '255 MB chunked body',
    repeatable: true,
    async run(target) {
      const { status, sentBytes } = await streamingPost(`${target.url}/graphql`, 64 * 1024, 255 * 1024 * 1024, target.authorization);
      const cut = status === 413 || status === 0;
      return {
        status,
        detail: `${(sentBytes / 1024 / 1024).toFixed(1)} MB sent before the ${status ? 'answer' : 'close'}`,
        refused: cut && sentBytes < 32 * 1024 * 1024,
      };
    },
  },
  {
    name: 'GET //%%%/graphql',
    repeatable: true,
    async run(target) {
      const { status } = await rawRequest(target.port, 'GET //%%%/graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      return { status, detail: 'malformed target', refused: status === 400 };
    },
  },
  {
    name: 'bad % escape in a Playground asset path',
    repeatable: true,
    async run(target) {
      const { status } = await rawRequest(
        target.port,
        'GET /playground-assets/graphql-playground-react/build/static/js/%E0%A4%A.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      );
      return { status, detail: 'malformed target', refused: status === 400 };
    },
  },
  {
    name: 'client abort mid-body',
    repeatable: true,
    async run(target) {
      const { status } = await rawRequest(
        target.port,
        `POST /graphql HTTP/1.1\r\nHost: x\r\n${authorizationLine(target.authorization)}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"q`,
        50,
      );
      return { status, detail: 'aborted after 50 ms; logged at debug', refused: status === 0 };
    },
  },
];
