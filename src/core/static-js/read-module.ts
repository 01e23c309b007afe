import { readExpression } from './read-expression';
import { TokenCursor } from './token-cursor';
import type { Expr, ModuleReading } from './syntax';
import { tokenize } from './tokenize';

/**
 * Reads what a JavaScript or TypeScript module binds at its top level (`const blog = defineCollection(…)`) and
 * what it imports, without running it. Statements of any other kind, and everything inside function bodies and
 * blocks, are stepped over.
 */
export function readModule(text: string): ModuleReading {
  const c = new TokenCursor(tokenize(text));
  const bindings = new Map<string, Expr>();
  const imports = new Map<string, { imported: string; from: string }>();

  while (!c.done) {
    const before = c.pos;
    if (c.is('import') && !c.is('(', 1) && !c.is('.', 1)) {
      readImport(c, imports);
    } else if (c.is('export')) {
      c.pos++;
      if (c.is('default')) c.pos++;
    } else if (c.is('const') || c.is('let') || c.is('var')) {
      c.pos++;
      readDeclarators(c, bindings);
    } else {
      c.skipOne();
    }
    if (c.pos === before) c.pos++;
  }
  return { bindings, imports };
}

function readDeclarators(c: TokenCursor, bindings: Map<string, Expr>): void {
  for (;;) {
    const name = c.peek()?.kind === 'identifier' ? c.peek()!.text : undefined;
    c.skipOne(); // the name, or a destructuring pattern
    if (c.is(':')) {
      c.pos++;
      c.skipType();
    }
    if (!c.is('=')) return;
    c.pos++;
    const value = readExpression(c);
    if (name !== undefined) bindings.set(name, value);
    if (!c.is(',')) return;
    c.pos++;
  }
}

/** `import a, { b, c as d, type e } from 'm'`, `import * as ns from 'm'`; side-effect imports bind nothing. */
function readImport(c: TokenCursor, imports: Map<string, { imported: string; from: string }>): void {
  c.pos++;
  if (c.is('type') && !c.is(',', 1) && !c.is('from', 1)) return; // type-only: nothing at run time
  const names: Array<{ local: string; imported: string }> = [];
  while (!c.done && !c.is('from') && c.peek()!.kind !== 'string' && !c.is(';')) {
    const token = c.peek()!;
    if (c.is('*') && c.is('as', 1) && c.peek(2)?.kind === 'identifier') {
      names.push({ local: c.peek(2)!.text, imported: '*' });
      c.pos += 3;
    } else if (c.is('{')) {
      readSpecifiers(c, names);
    } else if (token.kind === 'identifier') {
      names.push({ local: token.text, imported: 'default' });
      c.pos++;
    } else {
      c.pos++;
    }
  }
  if (c.is('from')) c.pos++;
  const source = c.peek();
  if (source?.kind !== 'string') return;
  c.pos++;
  for (const { local, imported } of names) imports.set(local, { imported, from: String(source.value) });
}

function readSpecifiers(c: TokenCursor, names: Array<{ local: string; imported: string }>): void {
  const close = c.closerOf(c.pos);
  c.pos++;
  while (c.pos < close) {
    if (c.is('type') && c.peek(1)?.kind === 'identifier' && !c.is('as', 1)) {
      // `type X` imports only a type; step over it.
      while (c.pos < close && !c.is(',')) c.pos++;
    } else if (c.peek()!.kind === 'identifier' || c.peek()!.kind === 'string') {
      const token = c.peek()!;
      const imported = token.kind === 'string' ? String(token.value) : token.text;
      c.pos++;
      let local = imported;
      if (c.is('as') && c.peek(1)?.kind === 'identifier') {
        local = c.peek(1)!.text;
        c.pos += 2;
      }
      names.push({ local, imported });
    }
    while (c.pos < close && !c.is(',')) c.pos++;
    c.pos++;
  }
  c.pos = close + 1;
}
