/** The default of an exhaustive switch: a new kind of outcome that nobody mapped fails loudly. */
export function unreachable(value: never): never {
  throw new Error(`Unmapped outcome ${JSON.stringify(value)}`);
}
