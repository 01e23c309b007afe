import type { FrontmatterEntry, ParsedPost } from '../frontmatter/parse-post';
import type { TextEdit } from '../text/text-edit';
import { insertValueEdit } from './insert-value';

/** The spellings read as booleans, each paired with its opposite in the same style. */
const OPPOSITES: Record<string, string> = {
  true: 'false', false: 'true',
  True: 'False', False: 'True',
  TRUE: 'FALSE', FALSE: 'TRUE',
};

/**
 * The minimal edits that make a boolean key (`draft`, `published`) say `value`: only the value's characters
 * change, in their own spelling and quotes. A missing key is added only when its absence means the other value
 * (`draft` missing is false, `published` missing is true). The frontmatter must have been checked as editable.
 */
export function flagEdits(post: ParsedPost, key: string, value: boolean, missingMeans: boolean): TextEdit[] | { error: string } {
  const entries = post.entries.filter((e) => e.key === key);
  if (entries.length > 1) return { error: `\`${key}\` is set more than once; remove one first.` };
  const entry = entries[0];
  if (!entry) {
    if (value === missingMeans) return [];
    const edit = insertValueEdit(post, key, String(value));
    return edit ? [edit] : { error: 'The frontmatter could not be edited.' };
  }
  if (entry.value === null && value === missingMeans) return [];
  const empty = emptyValueEdit(post, entry, String(value));
  if (empty) return [empty];
  const source = post.text.slice(entry.valueStart, entry.valueEnd);
  const quote = source[0] === '"' || source[0] === "'" ? source[0] : '';
  const inner = quote ? source.slice(1, -1) : source;
  const opposite = OPPOSITES[inner];
  if (!opposite || typeof entry.value !== (quote ? 'string' : 'boolean')) {
    return { error: `\`${key}\` is \`${source}\`, not \`true\` or \`false\`; set it by hand.` };
  }
  if ((inner.toLowerCase() === 'true') === value) return [];
  return [{ start: entry.valueStart + quote.length, end: entry.valueEnd - quote.length, newText: opposite }];
}

/**
 * For an empty value (`draft:`, `"draft": null`, `draft: ~`), the edit that writes `source` there; undefined when
 * the value is not empty.
 */
export function emptyValueEdit(post: ParsedPost, entry: FrontmatterEntry, source: string): TextEdit | undefined {
  if (entry.value !== null) return undefined;
  if (entry.valueEnd > entry.valueStart) return { start: entry.valueStart, end: entry.valueEnd, newText: source };
  const colon = post.text.indexOf(':', entry.keyEnd);
  return { start: colon + 1, end: colon + 1, newText: ' ' + source };
}
