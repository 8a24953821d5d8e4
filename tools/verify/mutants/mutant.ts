/** A planted bug: exact text replacements in the source, each of which must occur exactly once. */
export interface MutantEdit {
  readonly file: string;
  readonly replacements: ReadonlyArray<readonly [string, string]>;
}

export interface Mutant extends MutantEdit {
  readonly name: string;
  /** The promise it breaks. */
  readonly breaks: string;
  /** A bug guarded in several files (say, the domain and the store's condition) is planted in each. */
  readonly also?: readonly MutantEdit[];
}
