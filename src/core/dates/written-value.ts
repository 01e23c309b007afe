/**
 * A value's text as written, apart from its quotes, with the range an edit may replace: the characters between
 * the quotes, so a fix keeps the author's quoting. No range where an edit of the text alone would not do
 * (block scalars, TOML multi-line strings, escapes, plain scalars folded over lines).
 */
export interface WrittenValue {
  /** The value without its quotes. */
  readonly text: string;
  /** Unquoted: a YAML plain scalar or a TOML literal. */
  readonly bare: boolean;
  readonly edit?: { readonly start: number; readonly end: number };
}

/** The written form of a text or date value between two offsets of the file; undefined for other values. */
export function writtenValue(fileText: string, start: number, end: number, value: unknown): WrittenValue | undefined {
  const source = fileText.slice(start, end);
  if (value instanceof Date) return { text: source, bare: true, edit: { start, end } };
  if (typeof value !== 'string') return undefined;
  const quote = source[0];
  if (quote === '"' || quote === "'") {
    const simple = source.length >= 2 && source.endsWith(quote) && !source.startsWith(quote.repeat(3)) && source.slice(1, -1) === value;
    return { text: value, bare: false, edit: simple ? { start: start + 1, end: end - 1 } : undefined };
  }
  if (quote === '|' || quote === '>') return { text: value, bare: false };
  return { text: value, bare: true, edit: source === value ? { start, end } : undefined };
}
