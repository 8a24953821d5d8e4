import { Caller } from '../domain/caller';

/** What every resolver knows of its request, built once at the edge from a verified token. Read-only. */
export interface RequestContext {
  readonly caller: Caller;
  /** The HTTP request's id (x-request-id), for the lines logged about it; none over WebSocket. */
  readonly requestId?: string;
}
