import type { Expr, ObjectEntry, Param } from './syntax';
import { endsExpression, TokenCursor } from './token-cursor';

const MAX_DEPTH = 200;

/**
 * A recursive-descent reader of the expressions config files are made of: call chains (`z.string().min(1)`),
 * `new` expressions, object and array literals, arrow functions and literals. Anything else (operators, computed
 * members) is stepped over, brackets balanced, and becomes an `unknown` node, so one odd expression never costs the
 * rest of the file. Every list is read up to its matching bracket and the cursor is put right after it, whatever
 * was inside.
 */
export function readExpression(c: TokenCursor, depth = 0): Expr {
  const start = c.nextStart;
  if (depth > MAX_DEPTH) {
    c.skipToExpressionEnd();
    return { kind: 'unknown', start, end: c.lastEnd };
  }
  let expr = readPostfix(c, depth);
  // TypeScript's `as const` / `satisfies T` do not change the value.
  while (c.is('as') || c.is('satisfies')) {
    c.pos++;
    c.skipType();
  }
  const next = c.peek();
  // A word or literal on a new line starts the next statement (a file without semicolons); an operator does not.
  if (next && !endsExpression(next) && !(next.newlineBefore && next.kind !== 'punct')) {
    // An operator or something else this reader does not follow: the whole expression is unknown.
    c.skipToExpressionEnd();
    expr = { kind: 'unknown', start, end: c.lastEnd };
  }
  return expr;
}

function readPostfix(c: TokenCursor, depth: number): Expr {
  const start = c.nextStart;
  let expr = readPrimary(c, depth);
  for (;;) {
    const token = c.peek();
    if (!token) return expr;
    const optional = c.is('?.');
    if ((c.is('.') || optional) && c.peek(1)?.kind === 'identifier') {
      c.pos += 2;
      expr = { kind: 'member', object: expr, property: c.tokens[c.pos - 1].text, start, end: c.lastEnd };
    } else if (c.is('(') || (optional && c.is('(', 1))) {
      if (optional) c.pos++;
      const args = readList(c, depth, (d) => readElement(c, d));
      expr = { kind: 'call', callee: expr, args, start, end: c.lastEnd };
    } else if (c.is('[') || (optional && c.is('[', 1)) || token.kind === 'template') {
      // Computed members and tagged templates are not followed.
      if (optional) c.pos++;
      c.skipOne();
      expr = { kind: 'unknown', start, end: c.lastEnd };
    } else if (c.is('!') && !token.newlineBefore) {
      c.pos++; // TypeScript's non-null assertion
    } else {
      return expr;
    }
  }
}

function readPrimary(c: TokenCursor, depth: number): Expr {
  const token = c.peek();
  if (!token) return { kind: 'unknown', start: c.lastEnd, end: c.lastEnd };
  const { start, end } = token;
  if (token.kind === 'string' || token.kind === 'number' || (token.kind === 'template' && token.value !== undefined)) {
    c.pos++;
    return { kind: 'literal', value: token.value, start, end };
  }
  if (token.kind === 'regex') {
    c.pos++;
    const close = token.text.lastIndexOf('/');
    return { kind: 'regex', pattern: token.text.slice(1, close), flags: token.text.slice(close + 1), start, end };
  }
  if ((c.is('-') || c.is('+')) && c.peek(1)?.kind === 'number') {
    c.pos += 2;
    const value = Number(c.tokens[c.pos - 1].value);
    return { kind: 'literal', value: token.text === '-' ? -value : value, start, end: c.lastEnd };
  }
  if (c.is('{')) return { kind: 'object', entries: readList(c, depth, (d) => readEntry(c, d)), start, end: c.lastEnd };
  if (c.is('[')) return { kind: 'array', items: readList(c, depth, (d) => readElement(c, d)), start, end: c.lastEnd };
  if (c.is('(')) {
    if (arrowAfterParens(c)) return readArrow(c, depth);
    c.pos++;
    const inner = readExpression(c, depth + 1);
    const closed = c.is(')');
    if (closed) c.pos++;
    return closed ? inner : { kind: 'unknown', start, end: c.lastEnd };
  }
  if (token.kind === 'identifier') {
    if (token.text === 'async' && !token.newlineBefore && (c.is('(', 1) || c.is('=>', 2))) {
      c.pos++;
      return { ...readPrimary(c, depth), start };
    }
    if (c.is('=>', 1)) return readArrow(c, depth);
    if (token.text === 'function') return readFunction(c, depth);
    if (token.text === 'new') {
      c.pos++;
      const target = readPostfix(c, depth + 1);
      return target.kind === 'call'
        ? { kind: 'new', callee: target.callee, args: target.args, start, end: c.lastEnd }
        : { kind: 'unknown', start, end: c.lastEnd };
    }
    c.pos++;
    const words: Record<string, boolean | null | undefined> = { true: true, false: false, null: null, undefined: undefined };
    if (token.text in words) return { kind: 'literal', value: words[token.text], start, end };
    return { kind: 'identifier', name: token.text, start, end };
  }
  const at = c.pos;
  c.skipToExpressionEnd();
  if (c.pos === at && !endsExpression(token)) c.pos++;
  return { kind: 'unknown', start, end: c.lastEnd };
}

/** Reads the comma-separated items between the bracket at the cursor and its match, then steps past the match. */
function readList<T>(c: TokenCursor, depth: number, readItem: (depth: number) => T | undefined): T[] {
  const close = c.closerOf(c.pos);
  c.pos++;
  const items: T[] = [];
  while (c.pos < close) {
    if (c.is(',')) {
      c.pos++;
      continue;
    }
    const before = c.pos;
    const item = readItem(depth + 1);
    if (item !== undefined) items.push(item);
    if (c.pos === before) c.pos++;
    // Whatever an item left unread before the next comma (a stray token in broken code) is stepped over.
    while (c.pos < close && !c.is(',')) c.skipOne();
  }
  c.pos = close + 1;
  return items;
}

function readElement(c: TokenCursor, depth: number): Expr {
  const start = c.nextStart;
  if (!c.is('...')) return readExpression(c, depth);
  c.pos++;
  const argument = readExpression(c, depth);
  return { kind: 'spread', argument, start, end: c.lastEnd };
}

function readEntry(c: TokenCursor, depth: number): ObjectEntry {
  const start = c.nextStart;
  const token = c.peek()!;
  if (c.is('...')) {
    c.pos++;
    return { kind: 'spread', argument: readExpression(c, depth), start, end: c.lastEnd };
  }
  const named = token.kind === 'identifier' || token.kind === 'number' || ((token.kind === 'string' || token.kind === 'template') && token.value !== undefined);
  if (named) {
    const key = token.kind === 'identifier' ? token.text : String(token.value);
    if (c.is(':', 1)) {
      c.pos += 2;
      return { kind: 'property', key, value: readExpression(c, depth), start, end: c.lastEnd };
    }
    if (token.kind === 'identifier' && (c.is(',', 1) || c.is('}', 1))) {
      c.pos++;
      return { kind: 'property', key, value: { kind: 'identifier', name: key, start, end: token.end }, start, end: token.end };
    }
  }
  // A computed key, a method, an accessor or a pattern default: stepped over to the next comma.
  while (!c.done && !c.is(',') && !c.is('}')) c.skipOne();
  return { kind: 'unreadable', start, end: c.lastEnd };
}

/** Whether the parenthesised group at the cursor is an arrow function's parameters (`(…) =>` or `(…): T =>`). */
function arrowAfterParens(c: TokenCursor): boolean {
  const after = c.closerOf(c.pos) + 1;
  if (c.tokens[after]?.text === '=>') return true;
  if (c.tokens[after]?.text !== ':') return false;
  const probe = new TokenCursor(c.tokens);
  probe.pos = after + 1;
  probe.skipType();
  return probe.is('=>');
}

function readArrow(c: TokenCursor, depth: number): Expr {
  const start = c.nextStart;
  let params: Param[];
  if (c.is('(')) {
    params = readParams(c);
    if (c.is(':')) {
      c.pos++;
      c.skipType(); // a return type annotation
    }
  } else {
    params = [{ kind: 'name', name: c.peek()!.text }];
    c.pos++;
  }
  c.pos++; // =>
  const body = c.is('{') ? readBlockReturn(c, depth) : readExpression(c, depth + 1);
  return { kind: 'function', params, body, start, end: c.lastEnd };
}

function readFunction(c: TokenCursor, depth: number): Expr {
  const start = c.nextStart;
  c.pos++;
  if (c.peek()?.kind === 'identifier') c.pos++;
  const params = c.is('(') ? readParams(c) : [];
  while (!c.done && !c.is('{')) c.skipOne();
  const body = c.done ? undefined : readBlockReturn(c, depth);
  return { kind: 'function', params, body, start, end: c.lastEnd };
}

/** The expression a function body's top-level `return` gives, reading past the block's other statements. */
function readBlockReturn(c: TokenCursor, depth: number): Expr | undefined {
  const close = c.closerOf(c.pos);
  c.pos++;
  let result: Expr | undefined;
  while (c.pos < close) {
    if (c.is('return') && result === undefined) {
      c.pos++;
      result = readExpression(c, depth + 1);
    } else {
      c.skipOne();
    }
  }
  c.pos = close + 1;
  return result;
}

function readParams(c: TokenCursor): Param[] {
  const close = c.closerOf(c.pos);
  c.pos++;
  const params: Param[] = [];
  while (c.pos < close) {
    const token = c.peek()!;
    if (c.is('{')) {
      params.push(readPattern(c));
    } else if (token.kind === 'identifier') {
      params.push({ kind: 'name', name: token.text });
      c.pos++;
    } else {
      params.push({ kind: 'other' });
    }
    // A type annotation or a default value: not needed.
    while (c.pos < close && !c.is(',')) c.skipOne();
    c.pos++;
  }
  c.pos = close + 1;
  return params;
}

function readPattern(c: TokenCursor): Param {
  const close = c.closerOf(c.pos);
  c.pos++;
  const bindings: Array<{ property: string; local: string }> = [];
  while (c.pos < close) {
    const token = c.peek()!;
    if (token.kind === 'identifier') {
      c.pos++;
      let local = token.text;
      if (c.is(':') && c.peek(1)?.kind === 'identifier') {
        local = c.peek(1)!.text;
        c.pos += 2;
      }
      bindings.push({ property: token.text, local });
    }
    while (c.pos < close && !c.is(',')) c.skipOne();
    c.pos++;
  }
  c.pos = close + 1;
  return { kind: 'pattern', bindings };
}
