/** What one GraphQL document may ask for, checked before anything runs (docs/limits.md). */
export interface QueryLimits {
  /** Nesting of selections; the deepest useful query (wallet > history > edges > node > field) is 5. */
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Tokens of the document: parsing stops at this many, so a huge document costs no more than a small one. */
  readonly maxTokens: number;
  /** Characters of the document: alias names are echoed in the answer once per list item, so their length counts. */
  readonly maxQueryLength: number;
  /** Each field costs 1; a list field costs its children times its `first` argument (history: 1 to 100). */
  readonly maxCost: number;
}
