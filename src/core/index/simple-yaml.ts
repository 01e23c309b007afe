/**
 * A fast reader for the plain frontmatter most posts have: `key: value` lines, quoted strings, `[a, b]` lists and
 * block lists of scalars. It resolves scalars as the YAML 1.2 core schema does and returns undefined for anything
 * else (block scalars, nested maps, anchors, tags, multi-line values), so the caller falls back to a full YAML
 * parser. The workspace index reads every post at start-up; this keeps that within a small multiple of the reads.
 */
const KEY_LINE = /^([A-Za-z_$][\w$.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
// Spaces only: YAML does not allow tabs in indentation.
const ITEM_LINE = /^ *-[ \t]+(.*?)[ \t]*$/;
const BLANK_OR_COMMENT = /^\s*(?:#|$)/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;
/** Characters that make a plain scalar something this reader does not handle. */
const UNSAFE_PLAIN = /^[\[\]{}&*!|>%@`"'#,?:-]|: |\s#|[\t]/;

export function readSimpleYaml(source: string): Record<string, unknown> | undefined {
  const result: Record<string, unknown> = {};
  // A key with nothing after it: either a block list (`tags:` then `  - a` lines) or null.
  let listKey: string | undefined;
  let list: unknown[] = [];
  let listIndent = '';
  const closeList = () => {
    if (listKey !== undefined) result[listKey] = list.length > 0 ? list : null;
    listKey = undefined;
  };
  for (const rawLine of source.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (BLANK_OR_COMMENT.test(line)) continue;
    if (listKey !== undefined && /^[ \t]*-/.test(line)) {
      const item = ITEM_LINE.exec(line);
      const indent = /^ */.exec(line)![0];
      if (list.length === 0) listIndent = indent;
      const value = item && indent === listIndent ? scalar(item[1]) : INVALID;
      if (value === INVALID) return undefined;
      list.push(value);
      continue;
    }
    closeList();
    const match = KEY_LINE.exec(line);
    if (!match || Object.hasOwn(result, match[1])) return undefined;
    const raw = match[2] ?? '';
    if (raw === '') {
      listKey = match[1];
      list = [];
      continue;
    }
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw);
    if (value === INVALID) return undefined;
    result[match[1]] = value;
  }
  closeList();
  return result;
}

const INVALID = Symbol('invalid');

function scalar(raw: string): unknown {
  const text = stripComment(raw);
  if (text === undefined) return INVALID;
  const first = text.charCodeAt(0);
  if (first === 0x22 /* " */) return doubleQuoted(text);
  if (first === 0x27 /* ' */) return singleQuoted(text);
  // Most values are words: only those starting like a number, null or boolean need the schema's patterns.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
    if (INT.test(text)) return Number.parseInt(text, 10);
    if (OCTAL.test(text)) return Number.parseInt(text.slice(2), 8);
    if (HEX.test(text)) return Number.parseInt(text.slice(2), 16);
    if (FLOAT.test(text)) return Number.parseFloat(text);
    if (INFINITY.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (NAN.test(text)) return NaN;
  } else if (NULL.test(text)) {
    return null;
  } else if (TRUE.test(text)) {
    return true;
  } else if (FALSE.test(text)) {
    return false;
  }
  if (UNSAFE_PLAIN.test(text) || text.endsWith(':')) return INVALID;
  return text;
}

/** The value without a trailing ` # comment`; undefined when quotes make that unclear. */
function stripComment(raw: string): string | undefined {
  if (raw.startsWith('"') || raw.startsWith("'")) {
    const quote = raw[0];
    const end = quote === '"' ? closingDoubleQuote(raw) : closingSingleQuote(raw);
    if (end < 0) return undefined;
    const rest = raw.slice(end + 1).trim();
    return rest === '' || rest.startsWith('#') ? raw.slice(0, end + 1) : undefined;
  }
  const comment = raw.search(/[ \t]#/);
  return (comment < 0 ? raw : raw.slice(0, comment)).trim();
}

function closingDoubleQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

function closingSingleQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

/** JSON's escapes are a subset of YAML's; a string using YAML-only escapes goes to the full parser. */
function doubleQuoted(text: string): unknown {
  if (/\\[^"\\/bfnrtu]/.test(text)) return INVALID;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

function singleQuoted(text: string): unknown {
  return text.slice(1, -1).replace(/''/g, "'");
}

function flowList(raw: string): unknown {
  const text = stripComment(raw);
  if (text === undefined || !text.endsWith(']')) return INVALID;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  if (/["'\[\]{}]/.test(inner)) return quotedFlowList(inner);
  const items = inner.split(',').map((item) => scalar(item.trim()));
  return items.includes(INVALID) ? INVALID : items;
}

/** `["a, b", 'c']`: quoted items may hold commas, so they are read one quote at a time. */
function quotedFlowList(inner: string): unknown {
  const items: unknown[] = [];
  let rest = inner;
  while (rest !== '') {
    let end: number;
    if (rest.startsWith('"')) end = closingDoubleQuote(rest);
    else if (rest.startsWith("'")) end = closingSingleQuote(rest);
    else end = rest.search(/,|$/) - 1;
    if (end < 0 && !(rest[0] !== '"' && rest[0] !== "'")) return INVALID;
    const item = scalar(rest.slice(0, end + 1).trim());
    if (item === INVALID) return INVALID;
    items.push(item);
    rest = rest.slice(end + 1).trim();
    if (rest === '') break;
    if (!rest.startsWith(',')) return INVALID;
    rest = rest.slice(1).trim();
  }
  return items;
}
