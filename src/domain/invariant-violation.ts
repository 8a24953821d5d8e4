/**
 * A fact the store boundary asserts did not hold: a change about to be written, or something just read,
 * breaks the ledger's arithmetic. Never the client's mistake and never worth a retry: it is a bug in this
 * code or a store that returned what it was never given. Nothing of the change is written; the client
 * sees the generic internal error, and the facts (in the message) are logged at error level.
 */
export class InvariantViolation extends Error {
  constructor(
    /** What broke it: "the change of wallet <id>", "wallet <id> as read". */
    readonly subject: string,
    readonly facts: string,
  ) {
    super(`Invariant violated by ${subject}: ${facts}`);
    this.name = 'InvariantViolation';
  }
}
