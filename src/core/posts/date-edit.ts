import type { ParsedPost } from '../frontmatter/parse-post';
import type { TextEdit } from '../text/text-edit';
import { formatDate, styleOfWritten, type DateStyle } from './date-style';
import { dateSource, styleForFormat } from './date-value';
import { emptyValueEdit } from './flag-edit';
import { insertValueEdit } from './insert-value';

/**
 * The minimal edit that sets a date key to `date`. An existing date keeps its own look (its style and quotes:
 * only the characters between the quotes change); an empty or missing one is written in `style`, the site's.
 * The frontmatter must have been checked as editable.
 */
export function dateEdits(post: ParsedPost, key: string, date: Date, style: DateStyle, timeZone: string): TextEdit[] | { error: string } {
  const format = post.block?.format;
  if (format !== 'yaml' && format !== 'toml' && format !== 'json') return { error: 'The frontmatter could not be edited.' };
  const entries = post.entries.filter((e) => e.key === key);
  if (entries.length > 1) return { error: `\`${key}\` is set more than once; remove one first.` };
  const entry = entries[0];
  if (!entry) {
    const edit = insertValueEdit(post, key, dateSource(date, style, timeZone, format));
    return edit ? [edit] : { error: 'The frontmatter could not be edited.' };
  }
  const empty = emptyValueEdit(post, entry, dateSource(date, style, timeZone, format));
  if (empty) return [empty];

  const source = post.text.slice(entry.valueStart, entry.valueEnd);
  const isText = typeof entry.value === 'string' || entry.value instanceof Date;
  if (!isText || /^[|>!&*]/.test(source)) {
    return { error: `\`${key}\` is \`${source.split(/\r?\n/)[0]}\`, not a date this command can change; set it by hand.` };
  }
  const quote = source[0] === '"' || source[0] === "'" ? source[0] : '';
  const own = styleOfWritten(source);
  const fitted = styleForFormat({ ...(own ?? style), quote }, format);
  return [{ start: entry.valueStart + quote.length, end: entry.valueEnd - quote.length, newText: formatDate(date, fitted, timeZone) }];
}
