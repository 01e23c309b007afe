import type { ParsedPost } from '../../frontmatter/parse-post';
import { yamlValue } from '../../frontmatter/yaml-value';
import type { TextEdit } from '../../text/text-edit';
import type { TextItem } from './text-items';

/** Characters a plain scalar cannot hold inside a flow list (`[a, b]`). */
const FLOW_INDICATOR = /[,[\]{}]/;

/**
 * An edit that puts `value` in place of a text value, written the way the value already was: double quotes stay
 * double, single stay single, plain stays plain unless the new text needs quotes.
 */
export function textValueEdit(post: ParsedPost, item: TextItem, value: string): TextEdit {
  const first = post.text[item.start];
  const format = post.block?.format;
  let newText: string;
  if (format === 'toml') {
    newText = first === "'" && !/['\r\n]/.test(value) ? `'${value}'` : basicString(value);
  } else if (first === '"' || format === 'json') {
    newText = basicString(value);
  } else if (first === "'") {
    newText = `'${value.replace(/'/g, "''")}'`;
  } else if (first === '|' || first === '>') {
    // A block scalar's source ends with its line break, which the next key needs.
    newText = basicString(value) + (/\r?\n$/.exec(post.text.slice(item.start, item.end))?.[0] ?? '');
  } else {
    newText = FLOW_INDICATOR.test(value) ? basicString(value) : yamlValue(value);
  }
  return { start: item.start, end: item.end, newText };
}

/** JSON's escapes are valid in YAML double quotes and TOML basic strings; DEL is the one control JSON leaves raw. */
function basicString(value: string): string {
  return JSON.stringify(value).replace(/\u007f/g, '\\u007F');
}
