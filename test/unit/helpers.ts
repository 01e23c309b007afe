import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8');
}

export function fixtureNames(folder: string, suffix = '.md'): string[] {
  return readdirSync(join(FIXTURES, folder)).filter((name) => name.endsWith(suffix)).sort();
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * The problems a fixture post expects, from a block in its body:
 * `<!-- expect` then lines of `LINE code`, then `-->`.
 */
export function expectedProblems(text: string): string[] {
  const block = /<!-- expect\r?\n([\s\S]*?)-->/.exec(text);
  if (!block) return [];
  return block[1].split(/\r?\n/).map((l) => l.trim()).filter(Boolean).sort();
}

/** Splits a text with a `|` caret marker into the text and the caret's offset. */
export function caret(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no caret marker | in the fixture');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
