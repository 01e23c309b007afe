import type { FrontmatterEntry, ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
import type { SiteKind } from '../site/detect-site';
import type { WrittenIn } from './build-reading';
import { readWrittenDate, type WrittenDate } from './written-date';
import { writtenValue, type WrittenValue } from './written-value';

/** A frontmatter entry whose value should be a date: the value as written, and how a person reads it. */
export interface DateEntry {
  readonly entry: FrontmatterEntry;
  readonly written: WrittenValue;
  readonly date: WrittenDate;
  readonly writtenIn: WrittenIn;
}

export interface DateEntryContext {
  readonly post: ParsedPost;
  readonly schema: PostSchema;
  readonly siteKind?: SiteKind;
  readonly now?: Date;
}

/**
 * The entries of date fields: fields whose types include `date` (but not text, which accepts any words), and the
 * schema's date key unless the schema says it holds something else. Values that are neither text nor dates
 * (numbers, lists, empty) are left to the type rules.
 */
export function dateEntries({ post, schema, siteKind, now }: DateEntryContext): DateEntry[] {
  const thisYear = (now ?? new Date()).getUTCFullYear();
  const format = post.block?.format ?? 'yaml';
  const result: DateEntry[] = [];
  for (const entry of post.entries) {
    if (!isDateField(schema, entry.key)) continue;
    const written = writtenValue(post.text, entry.valueStart, entry.valueEnd, entry.value);
    if (!written) continue;
    const date = readWrittenDate(written.text, thisYear);
    result.push({ entry, written, date, writtenIn: { siteKind: siteKind ?? 'generic', format, bare: written.bare } });
  }
  return result;
}

export function isDateField(schema: PostSchema, key: string): boolean {
  const field = schema.fields.get(key);
  if (field && field.types.includes('string')) return false;
  if (field?.types.includes('date')) return true;
  return key === schema.dateKey && (!field || field.types.length === 0);
}
