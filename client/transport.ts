import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Sends one typed document and answers its typed data, or throws a TransportError. */
export type Send = <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables) => Promise<Result>;

/**
 * Why a request gave no data. `retryable` is true when the outcome is unknown (the request may have landed:
 * a timeout, a broken connection, a 5xx, INTERNAL_SERVER_ERROR, STORE_UNAVAILABLE): sending it again with the same idempotency
 * key is safe. A request the service refused as meaningless (BAD_USER_INPUT, 400) is not retryable.
 */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface FetchTransportOptions {
  /** The service's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Extra headers for every request (e.g. an Authorization header), asked anew for each request. */
  headers?: () => Record<string, string>;
  timeoutMs?: number;
}

/** Codes whose request may be sent again: the outcome is unknown, or the store asks to retry later. */
const RETRYABLE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'STORE_UNAVAILABLE']);

interface GraphQLBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * GraphQL over plain fetch, always POST with a JSON body: the service's CSRF protection refuses a GET
 * (or a simple form POST) that carries no preflight-forcing header.
 */
export function fetchTransport({ url, headers = () => ({}), timeoutMs = 10_000 }: FetchTransportOptions): Send {
  return async (document, variables) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new TransportError(`No answer from ${url}: ${(error as Error).message}`, true);
    }
    const body = (await response.json().catch(() => ({}))) as GraphQLBody;
    if (body.errors?.length || body.data == null) {
      const unknownOutcome =
        response.status >= 500 || body.errors?.some((error) => RETRYABLE_CODES.has(error.extensions?.code ?? '')) === true;
      throw new TransportError(
        `HTTP ${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`,
        unknownOutcome,
      );
    }
    return body.data as never;
  };
}
