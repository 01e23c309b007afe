import { parse, TomlDate, TomlError } from 'smol-toml';
import type { FrontmatterEntry, SyntaxProblem } from './parse-post';
import { scanToml, type TomlStatement } from './toml-scan';

export interface TomlFrontmatter {
  readonly entries: readonly FrontmatterEntry[];
  readonly data: Readonly<Record<string, unknown>>;
  readonly syntaxProblems: readonly SyntaxProblem[];
}

type Read = { readonly data: Record<string, unknown> } | { readonly error: SyntaxProblem };

/**
 * Reads TOML frontmatter (the text between `from` and `to`): smol-toml gives the values, the scanner the offsets.
 * A top-level key set twice is reported as DUPLICATE_KEY and read without its repeat, like YAML does. Any other
 * error stops smol-toml, so the values come from the statements before the error's line.
 */
export function parseTomlFrontmatter(text: string, from: number, to: number): TomlFrontmatter {
  const statements = scanToml(text, from, to);
  const repeats = repeatedRootKeys(statements);
  const problems: SyntaxProblem[] = repeats.map((s) => ({
    code: 'DUPLICATE_KEY',
    message: 'Map keys must be unique',
    start: s.start,
    end: s.key[s.key.length - 1].end,
  }));
  const kept = statements.filter((s) => !repeats.includes(s));
  const source = blankOut(text, from, to, repeats);

  const read = readToml(source, from);
  if ('data' in read) return { entries: entriesOf(kept, read.data), data: read.data, syntaxProblems: problems };

  // Read again up to the statement the error is in (or after), walking back while that still fails.
  const errorLine = text.lastIndexOf('\n', read.error.start - 1) + 1;
  const after = kept.find((s) => s.end > errorLine);
  let cut = Math.min(errorLine, after?.start ?? errorLine);
  let data: Record<string, unknown> = {};
  for (;;) {
    const prefix = readToml(source.slice(0, cut - from), from);
    if ('data' in prefix) {
      data = prefix.data;
      break;
    }
    const previous = kept.filter((s) => s.start < cut).pop();
    if (!previous) break;
    cut = previous.start;
  }
  const before = kept.filter((s) => s.end <= cut);
  return { entries: entriesOf(before, data), data, syntaxProblems: [...problems, read.error].sort((a, b) => a.start - b.start) };
}

function repeatedRootKeys(statements: readonly TomlStatement[]): TomlStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    if (s.kind !== 'pair' || !s.root) return false;
    const path = JSON.stringify(s.key.map((k) => k.name));
    if (!seen.has(path)) {
      seen.add(path);
      return false;
    }
    return true;
  });
}

/** The source with the given statements replaced by spaces, so every other offset stays the same. */
function blankOut(text: string, from: number, to: number, statements: readonly TomlStatement[]): string {
  let source = text.slice(from, to);
  for (const s of statements) {
    const blank = source.slice(s.start - from, s.end - from).replace(/[^\r\n]/g, ' ');
    source = source.slice(0, s.start - from) + blank + source.slice(s.end - from);
  }
  return source;
}

function readToml(source: string, offset: number): Read {
  try {
    return { data: plain(parse(source)) as Record<string, unknown> };
  } catch (error) {
    if (!(error instanceof TomlError)) {
      return { error: { code: 'TOML_SYNTAX', message: String(error), start: offset, end: offset } };
    }
    const start = offset + offsetOf(source, error.line, error.column);
    const token = /^[^\s]*/.exec(source.slice(start - offset))?.[0] ?? '';
    return { error: { code: 'TOML_SYNTAX', message: messageOf(error), start, end: start + token.length } };
  }
}

/**
 * The value in the shapes a YAML reader gives: ordinary objects (smol-toml makes them without a prototype),
 * arrays, Date objects for dates (a TomlDate keeps its written form) and text for a time of day, which is no date.
 */
function plain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.isTime() ? value.toISOString().replace(/\.000$/, '') : value;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, not `=`: a key named `__proto__` must stay a key.
    Object.defineProperty(copy, key, { value: plain(item), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** smol-toml counts lines split at `\n` (CRLF included) and 1-based columns within them. */
function offsetOf(source: string, line: number, column: number): number {
  let lineStart = 0;
  for (let n = 1; n < line; n++) {
    const lf = source.indexOf('\n', lineStart);
    if (lf < 0) return source.length;
    lineStart = lf + 1;
  }
  return Math.min(lineStart + column - 1, source.length);
}

function messageOf(error: TomlError): string {
  const message = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '').trim();
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** One entry per top-level key, at its first statement; `[[key]]` headers become its list items. */
function entriesOf(statements: readonly TomlStatement[], data: Record<string, unknown>): FrontmatterEntry[] {
  const groups = new Map<string, TomlStatement[]>();
  for (const s of statements) {
    if (s.kind === 'pair' && !s.root) continue;
    const key = s.key[0].name;
    if (!Object.hasOwn(data, key)) continue;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([key, group]) => {
    const first = group[0];
    const value = data[key];
    const dotted = first.kind === 'pair' && first.key.length > 1;
    return {
      key,
      keyStart: first.key[0].start,
      keyEnd: first.key[0].end,
      // `a.b = 1` sets part of `a`: its value reads `b = 1`.
      valueStart: dotted ? first.key[1].start : first.valueStart,
      valueEnd: first.valueEnd,
      value,
      node: null,
      items: itemsOf(group, value),
    };
  });
}

function itemsOf(group: readonly TomlStatement[], value: unknown): FrontmatterEntry['items'] {
  if (!Array.isArray(value)) return undefined;
  const first = group[0];
  if (first.kind === 'pair' && first.key.length === 1 && first.elements?.length === value.length) {
    return first.elements.map((e, i) => ({ start: e.start, end: e.end, value: value[i] }));
  }
  const headers = group.filter((s) => s.kind === 'array-table' && s.key.length === 1);
  if (headers.length > 0 && headers.length <= value.length) {
    return headers.map((s, i) => ({ start: s.start, end: s.end, value: value[i] }));
  }
  return undefined;
}
