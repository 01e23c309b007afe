import { isMap } from 'yaml';
import { insertKeyEdit } from '../frontmatter/insert-key';
import type { ParsedPost } from '../frontmatter/parse-post';
import { lineEndingOf, lineStartAt } from '../text/line-ending';
import type { TextEdit } from '../text/text-edit';

/**
 * An edit that adds a key with a value given as source text of the post's format (`true`, `'2025-01-02'`):
 * YAML and TOML as the last line of the root table (insert-key.ts), JSON as the last property. Undefined where the
 * block cannot take it.
 */
export function insertValueEdit(post: ParsedPost, key: string, source: string): TextEdit | undefined {
  const format = post.block?.format;
  if (format === 'json') return insertJsonProperty(post, key, source);
  if (format === 'yaml') return insertKeyEdit(post, key, source);
  if (format !== 'toml') return undefined;
  // insertKeyEdit rewrites a YAML value as TOML (so `'a'` would become `"a"`); give it a value it keeps and put
  // the source in its place.
  const edit = insertKeyEdit(post, key, 'true');
  const line = edit && /^([\s\S]* = )true(\r?\n)$/.exec(edit.newText);
  return edit && line ? { ...edit, newText: line[1] + source + line[2] } : undefined;
}

/**
 * `"key": value` after the last property, in the file's line ending and the last property's indentation and
 * `": "` spacing; the comma the previous last property now needs is the only other byte added.
 */
function insertJsonProperty(post: ParsedPost, key: string, source: string): TextEdit | undefined {
  const { block, document, text } = post;
  if (!block || !document || !isMap(document.contents) || !document.contents.range) return undefined;
  const open = block.contentStart + document.contents.range[0];
  const close = text.lastIndexOf('}', block.contentStart + document.contents.range[1]);
  const multiline = text.slice(open, close).includes('\n');
  const eol = lineEndingOf(text);
  const name = JSON.stringify(key);
  const last = post.entries[post.entries.length - 1];
  if (!last) {
    return { start: open + 1, end: open + 1, newText: multiline ? `${eol}  ${name}: ${source}` : `${name}: ${source}` };
  }
  const lineStart = lineStartAt(text, last.keyStart);
  const before = text.slice(lineStart, last.keyStart);
  const indent = /^[ \t]*$/.test(before) ? before : '  ';
  const separator = text.slice(last.keyEnd, last.valueStart) || ': ';
  const property = `${name}${separator}${source}`;
  // A trailing comma (which YAML's flow reading tolerates) is kept and followed.
  const after = /^\s*,/.exec(text.slice(last.valueEnd, close));
  const at = after ? last.valueEnd + after[0].length : last.valueEnd;
  const comma = after ? '' : ',';
  return { start: at, end: at, newText: comma + (multiline ? eol + indent : ' ') + property };
}
