import type { ParsedPost } from './parse-post';
import type { TextEdit } from '../text/text-edit';
import { lineEndingOf } from '../text/line-ending';

/**
 * An edit that adds `key: value` as the last line of a closed YAML frontmatter block, in the file's own
 * line ending, touching nothing else. Undefined where the block is not YAML or not closed.
 */
export function insertKeyEdit(post: ParsedPost, key: string, yamlValue: string): TextEdit | undefined {
  const block = post.block;
  if (!block || !block.closed || block.format !== 'yaml') return undefined;
  const eol = lineEndingOf(post.text);
  const at = block.contentEnd;
  const needsBreak = at > block.contentStart && post.text[at - 1] !== '\n';
  const line = `${key}:${yamlValue === '' ? '' : ' ' + yamlValue}`;
  return { start: at, end: at, newText: (needsBreak ? eol : '') + line + eol };
}
