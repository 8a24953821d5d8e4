import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Sends one typed document and answers its typed data, or throws a TransportError. */
export type Send = <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables) => Promise<Result>;

/**
 * Why a request gave no data. `retryable` is true when the outcome is unknown (the request may have landed:
 * a timeout, a broken connection, an answer cut off, or not JSON with a 2xx or 5xx status, a 5xx,
 * INTERNAL_SERVER_ERROR, STORE_UNAVAILABLE): sending it again with the same idempotency
 * key is safe; for a 429, which the service answers before it runs the request; and for an error the service marks
 * `extensions.retryable: true` (HISTORY_UNAVAILABLE while the time index catches up). An answer with errors is thrown
 * even when it has partial data (say `wallet` with a `history` argument refused). A request the service refused as
 * meaningless (BAD_USER_INPUT, 400) is not retryable. `retryAfterSeconds`: the least wait the service asked for before
 * a retry (`extensions.retryAfterSeconds`, or the Retry-After header of a 429 or 503), when it asked.
 */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface FetchTransportOptions {
  /** The service's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Extra headers for every request (e.g. an Authorization header), asked anew for each request; what it throws is thrown as it is. */
  headers?: () => Record<string, string>;
  timeoutMs?: number;
}

/** Codes whose request may be sent again: the outcome is unknown, or the store asks to retry later. */
const RETRYABLE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'STORE_UNAVAILABLE']);

interface GraphQLBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string; retryable?: unknown; retryAfterSeconds?: unknown } }>;
}

/**
 * GraphQL over plain fetch, always POST with a JSON body: the service's CSRF protection refuses a GET
 * (or a simple form POST) that carries no preflight-forcing header.
 */
export function fetchTransport({ url, headers = () => ({}), timeoutMs = 10_000 }: FetchTransportOptions): Send {
  return async (document, variables) => {
    // Outside the try: the app's own failure (a token provider saying the session has ended) is thrown as it is,
    // never taken for a network failure, and nothing is sent.
    const init: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers() },
      body: JSON.stringify({ query: print(document), variables }),
    };
    const deadline = timeoutSignal(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { ...init, signal: deadline.signal });
      try {
        text = await response.text();
      } catch (error) {
        // The answer began (its status is known) and was cut off: the change may have landed.
        throw new TransportError(`HTTP ${response.status}: the answer was cut off (${(error as Error).message})`, true);
      }
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw new TransportError(`No answer from ${url}: ${(error as Error).message}`, true);
    } finally {
      deadline.clear();
    }
    const body = parsed(text);
    if (body === undefined) {
      // Not the service's JSON (a proxy's or a captive portal's page): a 2xx or a 5xx may hide a change that landed; a
      // 408 (a body sent too slowly) and a 429 were refused before anything ran and may be sent again; another 4xx
      // came from something that refused the request for good.
      const retryable = response.status < 300 || response.status === 408 || response.status === 429 || response.status >= 500;
      throw new TransportError(`HTTP ${response.status}: the answer is not GraphQL JSON`, retryable, retryAfterOf(response, {}));
    }
    if (body.errors?.length || body.data == null) {
      const retryable =
        response.status === 429 ||
        response.status >= 500 ||
        body.errors?.some((error) => RETRYABLE_CODES.has(error.extensions?.code ?? '') || error.extensions?.retryable === true) === true;
      throw new TransportError(
        `HTTP ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
        retryable,
        retryAfterOf(response, body),
      );
    }
    return body.data as never;
  };
}

/** The answer's JSON object, or undefined when it is not one. */
function parsed(text: string): GraphQLBody | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as GraphQLBody) : undefined;
  } catch {
    return undefined;
  }
}

/** AbortSignal.timeout where the runtime has it; else (React Native, older browsers) an AbortController and a timer. */
function timeoutSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  if (typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function') {
    return { signal: AbortSignal.timeout(ms), clear: () => {} };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${ms} ms`)), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** The largest `extensions.retryAfterSeconds` of the errors; else a 429's or 503's Retry-After (seconds, or an HTTP date). */
function retryAfterOf(response: Response, body: GraphQLBody): number | undefined {
  const hints = (body.errors ?? []).map((error) => error.extensions?.retryAfterSeconds);
  const given = hints.filter((hint): hint is number => typeof hint === 'number' && Number.isFinite(hint) && hint >= 0);
  if (given.length > 0) return Math.max(...given);
  const header = response.status === 429 || response.status === 503 ? response.headers.get('retry-after')?.trim() : undefined;
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, seconds);
}
