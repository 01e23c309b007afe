import type { Token } from './tokenize';

/**
 * A position in a token list, with the moves a forgiving reader needs: peeking, finding the bracket that closes a
 * group, and stepping over a group, a type annotation or the rest of an expression without reading it.
 */
export class TokenCursor {
  pos = 0;
  private readonly closers = new Map<number, number>();

  constructor(readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  /** Whether the token at `offset` is the punctuator or word `text`. */
  is(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && (token.kind === 'punct' || token.kind === 'identifier') && token.text === text;
  }

  get done(): boolean {
    return this.pos >= this.tokens.length;
  }

  /** Offset just after the last token read. */
  get lastEnd(): number {
    return this.tokens[Math.min(this.pos, this.tokens.length) - 1]?.end ?? 0;
  }

  get nextStart(): number {
    return this.peek()?.start ?? this.lastEnd;
  }

  /** The index of the bracket closing the one at `index`; the last token when it is never closed. */
  closerOf(index: number): number {
    const cached = this.closers.get(index);
    if (cached !== undefined) return cached;
    let depth = 0;
    let i = index;
    for (; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (token.kind !== 'punct') continue;
      if (token.text === '(' || token.text === '[' || token.text === '{') depth++;
      else if (token.text === ')' || token.text === ']' || token.text === '}') depth--;
      if (depth === 0) break;
    }
    const closer = Math.min(i, this.tokens.length - 1);
    this.closers.set(index, closer);
    return closer;
  }

  /** Steps over one token, or over a whole bracketed group. */
  skipOne(): void {
    this.pos = isOpener(this.peek()) ? this.closerOf(this.pos) + 1 : this.pos + 1;
  }

  /** Steps over a TypeScript type (`Record<string, X>`), whose angle brackets may hold commas, up to what follows it. */
  skipType(): void {
    const from = this.pos;
    let angles = 0;
    while (!this.done && !(this.pos > from && startsStatement(this.peek()!))) {
      const token = this.peek()!;
      if (token.kind === 'punct' && /^>+$/.test(token.text)) angles -= token.text.length;
      else if (token.kind === 'punct' && token.text === '<') angles++;
      else if (angles <= 0 && (endsExpression(token) || token.text === '=' || token.text === '=>')) break;
      this.skipOne();
    }
  }

  /** Steps to the end of the current expression: a `,`, a closing bracket or `;` at this depth, or a new statement. */
  skipToExpressionEnd(): void {
    const from = this.pos;
    while (!this.done && !endsExpression(this.peek()!) && !(this.pos > from && startsStatement(this.peek()!))) this.skipOne();
  }
}

const STATEMENT_WORDS = new Set(['const', 'let', 'var', 'export', 'import', 'function', 'class', 'type', 'interface', 'declare', 'enum', 'if', 'for', 'while', 'return']);

function isOpener(token: Token | undefined): boolean {
  return token?.kind === 'punct' && (token.text === '(' || token.text === '[' || token.text === '{');
}

export function endsExpression(token: Token): boolean {
  return token.kind === 'punct' && [',', ')', ']', '}', ';'].includes(token.text);
}

/** A word on a new line that can only begin a statement: where a file without semicolons ends the last one. */
export function startsStatement(token: Token): boolean {
  return token.newlineBefore && token.kind === 'identifier' && STATEMENT_WORDS.has(token.text);
}

