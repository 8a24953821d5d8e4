/**
 * The store could not take a request: it is down, restarting, or out of disk. Sending it again later
 * is the remedy (a change with the same idempotencyKey, so it is applied once). Every store raises
 * this one error for it, so clients see one answer.
 */
export class StoreUnavailable extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailable';
  }
}
