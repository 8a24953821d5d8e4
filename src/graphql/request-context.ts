import { Caller } from '../domain/caller';

/** What every resolver knows of its request, built once at the edge from a verified token. Read-only. */
export interface RequestContext {
  readonly caller: Caller;
}
