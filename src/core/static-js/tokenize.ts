/**
 * Splits JavaScript or TypeScript source into the tokens a static reading needs. It never throws and never runs
 * anything: an unterminated string or comment simply ends the text. Comments and whitespace are dropped, but each
 * token remembers whether a line break came before it, which is how the reader tells where a statement without a
 * semicolon ends.
 */
export type TokenKind = 'identifier' | 'string' | 'template' | 'number' | 'regex' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** The source text of the token. */
  readonly text: string;
  /** Strings and templates without `${}`: the text they stand for; numbers: their value. */
  readonly value?: string | number;
  readonly start: number;
  readonly end: number;
  readonly newlineBefore: boolean;
}

// Longest first, so `===` is not read as `==` then `=`.
const PUNCTUATORS = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '<<', '>>', '**',
];

// After these keywords a `/` starts a regular expression, not a division.
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

const IDENTIFIER_START = /[\p{ID_Start}$_]/u;
const IDENTIFIER_PART = /[\p{ID_Continue}$\u200c\u200d]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let newlineBefore = false;
  const push = (kind: TokenKind, start: number, end: number, value?: string | number) => {
    tokens.push({ kind, text: text.slice(start, end), value, start, end, newlineBefore });
    newlineBefore = false;
  };

  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      newlineBefore = true;
      pos++;
    } else if (/\s/.test(ch)) {
      pos++;
    } else if (text.startsWith('//', pos)) {
      pos = lineEnd(text, pos);
    } else if (text.startsWith('/*', pos)) {
      const close = text.indexOf('*/', pos + 2);
      const end = close < 0 ? text.length : close + 2;
      if (/[\n\r\u2028\u2029]/.test(text.slice(pos, end))) newlineBefore = true;
      pos = end;
    } else if (ch === '"' || ch === "'") {
      const end = stringEnd(text, pos);
      push('string', pos, end, cook(text.slice(pos + 1, text[end - 1] === ch && end - 1 > pos ? end - 1 : end)));
      pos = end;
    } else if (ch === '`') {
      const end = templateEnd(text, pos);
      const body = text.slice(pos + 1, text[end - 1] === '`' && end - 1 > pos ? end - 1 : end);
      push('template', pos, end, body.includes('${') ? undefined : cook(body));
      pos = end;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[pos + 1] ?? ''))) {
      const match = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)n?/.exec(text.slice(pos));
      const end = pos + Math.max(1, match ? match[0].length : 1);
      push('number', pos, end, Number(text.slice(pos, end).replace(/_/g, '').replace(/n$/, '')));
      pos = end;
    } else if (IDENTIFIER_START.test(ch) || ch === '#' || ch === '\\') {
      let end = pos + 1;
      while (end < text.length && IDENTIFIER_PART.test(text[end])) end++;
      push('identifier', pos, end);
      pos = end;
    } else if (ch === '/' && regexAllowed(tokens[tokens.length - 1])) {
      const end = regexEnd(text, pos);
      push('regex', pos, end);
      pos = end;
    } else {
      const punct = PUNCTUATORS.find((p) => text.startsWith(p, pos)) ?? ch;
      // `a?.5:b` is a conditional, not optional chaining.
      const length = punct === '?.' && /[0-9]/.test(text[pos + 2] ?? '') ? 1 : punct.length;
      push('punct', pos, pos + length);
      pos += length;
    }
  }
  return tokens;
}

function lineEnd(text: string, pos: number): number {
  const match = /[\n\r\u2028\u2029]/.exec(text.slice(pos));
  return match ? pos + match.index : text.length;
}

function stringEnd(text: string, start: number): number {
  const quote = text[start];
  let pos = start + 1;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\\') pos += 2;
    else if (ch === quote) return pos + 1;
    // A line break ends an unterminated string, so one stray quote does not swallow the rest of the file.
    else if (ch === '\n' || ch === '\r') return pos;
    else pos++;
  }
  return text.length;
}

/** The end of a template literal, stepping over `${ … }` parts, which may hold strings, templates and braces. */
function templateEnd(text: string, start: number): number {
  let pos = start + 1;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\\') pos += 2;
    else if (ch === '`') return pos + 1;
    else if (ch === '$' && text[pos + 1] === '{') pos = substitutionEnd(text, pos + 2);
    else pos++;
  }
  return text.length;
}

function substitutionEnd(text: string, start: number): number {
  let depth = 1;
  let pos = start;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '"' || ch === "'") pos = stringEnd(text, pos);
    else if (ch === '`') pos = templateEnd(text, pos);
    else if (text.startsWith('//', pos)) pos = lineEnd(text, pos);
    else if (text.startsWith('/*', pos)) pos = text.indexOf('*/', pos + 2) < 0 ? text.length : text.indexOf('*/', pos + 2) + 2;
    else if (ch === '{') { depth++; pos++; }
    else if (ch === '}') {
      depth--;
      pos++;
      if (depth === 0) return pos;
    } else pos++;
  }
  return text.length;
}

function regexAllowed(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.kind === 'punct') return previous.text !== ')' && previous.text !== ']' && previous.text !== '}';
  return previous.kind === 'identifier' && KEYWORDS_BEFORE_EXPRESSION.has(previous.text);
}

function regexEnd(text: string, start: number): number {
  let pos = start + 1;
  let inClass = false;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\\') pos += 2;
    else if (ch === '\n' || ch === '\r') return pos;
    else if (ch === '[') { inClass = true; pos++; }
    else if (ch === ']') { inClass = false; pos++; }
    else if (ch === '/' && !inClass) {
      pos++;
      while (pos < text.length && /[a-z]/i.test(text[pos])) pos++;
      return pos;
    } else pos++;
  }
  return text.length;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The text a string literal's body stands for. */
function cook(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, escape: string) => {
    if (escape[0] === 'u' || escape[0] === 'x') {
      const hex = escape[1] === '{' ? escape.slice(2, -1) : escape.slice(1);
      const code = parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    if (escape === '\n' || escape === '\r' || escape === '\r\n' || escape === '\u2028' || escape === '\u2029') return '';
    return ESCAPES[escape] ?? escape;
  });
}
