import type { ParsedPost } from '../frontmatter/parse-post';

const CLOSING: Record<string, string> = { yaml: '---', toml: '+++', json: '}' };

/**
 * Why the frontmatter cannot be edited safely, or undefined when it can: a change is only made to a block that
 * was read completely, so nothing is written into a file that is already damaged.
 */
export function frontmatterProblem(post: ParsedPost): string | undefined {
  const block = post.block;
  if (!block) return 'This file has no frontmatter (a `---` block at its top), so there is nothing to change in it.';
  if (block.format === 'unsupported') return `The frontmatter is \`---${block.language}\`, which is code, not data; it is left alone.`;
  if (!block.closed) return `The frontmatter is never closed (no closing \`${CLOSING[block.format]}\`); fix that first.`;
  const repeat = post.syntaxProblems.find((p) => p.code === 'DUPLICATE_KEY');
  if (repeat) {
    const key = post.entries.find((e) => e.keyStart === repeat.start)?.key ?? post.text.slice(repeat.start, repeat.end);
    return `\`${key}\` is set more than once; remove one first.`;
  }
  if (post.syntaxProblems.length > 0) {
    const first = post.syntaxProblems[0];
    return `The frontmatter has ${block.format.toUpperCase()} errors (${first.message}); fix them first so the file is not damaged.`;
  }
  return undefined;
}
