/** A broken invariant: `kind` groups them in the report, `detail` says exactly where. */
export interface Violation {
  readonly kind: string;
  readonly detail: string;
}

/** Collects violations with a short way to state an expectation. */
export class Violations {
  readonly found: Violation[] = [];

  expect(holds: boolean, kind: string, detail: () => string): void {
    if (!holds) this.found.push({ kind, detail: detail() });
  }

  add(kind: string, detail: string): void {
    this.found.push({ kind, detail });
  }
}
