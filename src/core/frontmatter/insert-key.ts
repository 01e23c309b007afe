import type { ParsedPost } from './parse-post';
import type { FrontmatterBlock } from './locate';
import type { TextEdit } from '../text/text-edit';
import { lineEndingOf, lineStartAt } from '../text/line-ending';
import { tomlKey, tomlValueFromYaml } from './toml-value';
import { scanToml } from './toml-scan';

/**
 * An edit that adds `key: value` as the last line of a closed YAML frontmatter block (`key = value` in TOML, at
 * the end of the root table), in the file's own line ending, touching nothing else. The value is given as YAML
 * source and rewritten as TOML where needed. Undefined where the block is JSON, code or not closed.
 */
export function insertKeyEdit(post: ParsedPost, key: string, yamlValue: string): TextEdit | undefined {
  const block = post.block;
  if (!block || !block.closed || (block.format !== 'yaml' && block.format !== 'toml')) return undefined;
  const eol = lineEndingOf(post.text);
  const at = block.format === 'toml' ? tomlRootEnd(post.text, block) : block.contentEnd;
  const needsBreak = at > block.contentStart && post.text[at - 1] !== '\n';
  const line = block.format === 'toml'
    ? `${tomlKey(key)} = ${tomlValueFromYaml(yamlValue)}`
    : `${key}:${yamlValue === '' ? '' : ' ' + yamlValue}`;
  return { start: at, end: at, newText: (needsBreak ? eol : '') + line + eol };
}

/**
 * Where a new top-level key goes in TOML: anything after a `[table]` header belongs to that table, so before the
 * first header, just after the last root key; the end of the block when there is no header.
 */
function tomlRootEnd(text: string, block: FrontmatterBlock): number {
  const statements = scanToml(text, block.contentStart, block.contentEnd);
  const firstHeader = statements.find((s) => s.kind !== 'pair');
  if (!firstHeader) return block.contentEnd;
  const lastRootPair = statements.filter((s) => s.kind === 'pair' && s.root).pop();
  if (!lastRootPair) return lineStartAt(text, firstHeader.start);
  const lf = text.indexOf('\n', lastRootPair.end);
  return lf < 0 || lf >= block.contentEnd ? block.contentEnd : lf + 1;
}
