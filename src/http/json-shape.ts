/**
 * The shape a request's JSON may have, checked on its text before JSON.parse. Parsing and GraphQL's coercion of
 * variables cost by shape, not by size: 490,000 nested arrays in a 980 KB body took V8 256 ms to parse (a flat 1 MB
 * string 6 ms), and a list of 34,000 metadata pairs 275 ms to coerce before the domain refused its 17th key. One
 * caller well within its rate limit held the event loop with four such requests a second. The largest request the
 * schema has a use for nests 5 deep and holds under 100 values (16 metadata pairs, a filter's types).
 */
export const JSON_SHAPE_LIMITS = { maxDepth: 16, maxValues: 256 } as const;

export type JsonShapeLimits = { readonly maxDepth: number; readonly maxValues: number };

/**
 * What the text exceeds, or undefined. Counts, outside strings, each `[` and `{` as a level and a value and each
 * `,` as one more value: a bound on the values a parser would build, read in one pass without building any.
 */
export function jsonShapeProblem(text: string, limits: JsonShapeLimits = JSON_SHAPE_LIMITS): string | undefined {
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limits.maxDepth) return `JSON nested deeper than ${limits.maxDepth} levels`;
      if (++values > limits.maxValues) return `more than ${limits.maxValues} JSON values`;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
    } else if (c === COMMA && ++values > limits.maxValues) {
      return `more than ${limits.maxValues} JSON values`;
    }
  }
  return undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** The index of the quote that closes the string opened at `start` (the text's end if none: JSON.parse refuses it). */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
    i = quote + 1;
  }
}
