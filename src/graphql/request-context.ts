import { Caller } from '../domain/caller';
import { Logger } from '../logger';

/** What every resolver knows of its request, built once at the edge from a verified token. Read-only. */
export interface RequestContext {
  readonly caller: Caller;
  /** The request's logger: every line carries its x-request-id. */
  readonly log: Logger;
}
