/**
 * Finds where the statements of a TOML document sit, without reading their values: each `key = value` and each
 * `[table]` / `[[array of tables]]` header, with offsets into the whole file. smol-toml reads the values but
 * keeps no positions; this scanner only tracks what decides where a value ends (brackets, strings, comments).
 */
export interface TomlKeySegment {
  /** The segment's name, quotes removed. */
  readonly name: string;
  /** The segment's source, quotes included. */
  readonly start: number;
  readonly end: number;
}

export interface TomlStatement {
  readonly kind: 'pair' | 'table' | 'array-table';
  /** The dotted key of a pair, or the name of a table. */
  readonly key: readonly TomlKeySegment[];
  /** Whether a pair sits in the root table, before any header. */
  readonly root: boolean;
  readonly start: number;
  /** Where a pair's value ends, or just past a header's closing bracket. */
  readonly end: number;
  /** A pair's value; a header's whole `[…]`. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The top-level elements of an array value. */
  readonly elements?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

interface Scanned {
  readonly end: number;
  readonly elements?: Array<{ start: number; end: number }>;
}

const BARE_KEY_CHAR = /[A-Za-z0-9_-]/;
const BARE_VALUE_STOP = /[,\]}#\r\n]/;

/** Scans `text` between `from` and `to` (the frontmatter's content). */
export function scanToml(text: string, from: number, to: number): TomlStatement[] {
  const statements: TomlStatement[] = [];
  let root = true;
  let pos = from;
  while (pos < to) {
    pos = skipBlank(text, pos, to);
    const c = text[pos];
    if (pos < to && c !== '\n' && c !== '\r' && c !== '#') {
      if (c === '[') root = false;
      const statement = c === '[' ? scanHeader(text, pos, to) : scanPair(text, pos, to, root);
      if (statement) {
        statements.push(statement);
        pos = statement.end;
      }
    }
    pos = nextLine(text, pos, to);
  }
  return statements;
}

function scanHeader(text: string, start: number, to: number): TomlStatement | undefined {
  const arrayTable = text[start + 1] === '[';
  const key = scanKey(text, start + (arrayTable ? 2 : 1), to);
  if (!key) return undefined;
  const close = arrayTable ? ']]' : ']';
  const at = skipBlank(text, key.end, to);
  if (!text.startsWith(close, at)) return undefined;
  const end = at + close.length;
  return { kind: arrayTable ? 'array-table' : 'table', key: key.segments, root: false, start, end, valueStart: start, valueEnd: end };
}

function scanPair(text: string, start: number, to: number, root: boolean): TomlStatement | undefined {
  const key = scanKey(text, start, to);
  if (!key) return undefined;
  const equals = skipBlank(text, key.end, to);
  if (text[equals] !== '=') return undefined;
  const valueStart = skipBlank(text, equals + 1, to);
  const value = scanValue(text, valueStart, to);
  return { kind: 'pair', key: key.segments, root, start, end: value.end, valueStart, valueEnd: value.end, elements: value.elements };
}

/** A bare, quoted or dotted key (`title`, `"my key"`, `site.params . 'x'`). */
function scanKey(text: string, from: number, to: number): { segments: TomlKeySegment[]; end: number } | undefined {
  const segments: TomlKeySegment[] = [];
  let pos = from;
  for (;;) {
    const start = skipBlank(text, pos, to);
    const quote = text[start];
    if (quote === '"' || quote === "'") {
      const end = scanLineString(text, start, to);
      if (end === undefined) return undefined;
      segments.push({ name: quotedKeyName(text.slice(start, end)), start, end });
      pos = end;
    } else {
      pos = start;
      while (pos < to && BARE_KEY_CHAR.test(text[pos])) pos++;
      if (pos === start) return undefined;
      segments.push({ name: text.slice(start, pos), start, end: pos });
    }
    const dot = skipBlank(text, pos, to);
    if (text[dot] !== '.') return { segments, end: pos };
    pos = dot + 1;
  }
}

function quotedKeyName(source: string): string {
  if (source[0] === "'") return source.slice(1, -1);
  try {
    return JSON.parse(source) as string; // TOML's basic-string escapes are JSON's, bar the rare \U and \e
  } catch {
    return source.slice(1, -1);
  }
}

function scanValue(text: string, start: number, to: number): Scanned {
  if (text.startsWith('"""', start) || text.startsWith("'''", start)) return { end: scanMultiLineString(text, start, to) };
  const c = text[start];
  if (c === '"' || c === "'") return { end: scanLineString(text, start, to) ?? lineEnd(text, start, to) };
  if (c === '[') return scanArray(text, start, to);
  if (c === '{') return { end: scanInlineTable(text, start, to) };
  // Numbers, booleans and dates; a date-time may hold one space (`1979-05-27 07:32:00Z`).
  let end = start;
  while (end < to && !BARE_VALUE_STOP.test(text[end])) end++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { end };
}

function scanArray(text: string, start: number, to: number): Scanned {
  const elements: Array<{ start: number; end: number }> = [];
  let pos = start + 1;
  for (;;) {
    pos = skipSpaceAndComments(text, pos, to);
    if (pos >= to) return { end: to, elements };
    if (text[pos] === ']') return { end: pos + 1, elements };
    if (text[pos] === ',') {
      pos++;
      continue;
    }
    const element = scanValue(text, pos, to);
    if (element.end === pos) return { end: pos, elements }; // a stray character: the reader reports it
    elements.push({ start: pos, end: element.end });
    pos = element.end;
  }
}

function scanInlineTable(text: string, start: number, to: number): number {
  let pos = start + 1;
  for (;;) {
    pos = skipSpaceAndComments(text, pos, to);
    if (pos >= to) return to;
    if (text[pos] === '}') return pos + 1;
    if (text[pos] === ',') {
      pos++;
      continue;
    }
    const key = scanKey(text, pos, to);
    const equals = key ? skipBlank(text, key.end, to) : pos;
    if (!key || text[equals] !== '=') return pos;
    const valueStart = skipBlank(text, equals + 1, to);
    const value = scanValue(text, valueStart, to);
    if (value.end === valueStart) return valueStart;
    pos = value.end;
  }
}

/** The end of a `"…"` or `'…'` string on one line; undefined when the line ends first. */
function scanLineString(text: string, start: number, to: number): number | undefined {
  const quote = text[start];
  for (let pos = start + 1; pos < to; pos++) {
    const c = text[pos];
    if (c === '\n') return undefined;
    if (c === '\\' && quote === '"') pos++;
    else if (c === quote) return pos + 1;
  }
  return undefined;
}

/** The end of a `"""…"""` or `'''…'''` string; up to two more quotes may sit just inside the closing one. */
function scanMultiLineString(text: string, start: number, to: number): number {
  const delimiter = text.slice(start, start + 3);
  for (let pos = start + 3; pos < to; pos++) {
    if (text[pos] === '\\' && delimiter === '"""') pos++;
    else if (text.startsWith(delimiter, pos)) {
      let end = pos + 3;
      while (end < to && end < pos + 5 && text[end] === delimiter[0]) end++;
      return end;
    }
  }
  return to;
}

function skipBlank(text: string, pos: number, to: number): number {
  while (pos < to && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  return pos;
}

function skipSpaceAndComments(text: string, pos: number, to: number): number {
  while (pos < to) {
    const c = text[pos];
    if (c === '#') pos = lineEnd(text, pos, to);
    else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') pos++;
    else break;
  }
  return pos;
}

function lineEnd(text: string, pos: number, to: number): number {
  const lf = text.indexOf('\n', pos);
  const end = lf < 0 || lf > to ? to : lf;
  return end > pos && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, pos: number, to: number): number {
  const lf = text.indexOf('\n', pos);
  return lf < 0 || lf >= to ? to : lf + 1;
}
