import { TomlDate } from 'smol-toml';
import { instantOfWallClock } from '../dates/time-zone';
import type { ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
import { WRITTEN_DATE } from './date-style';

/** Keys that date a post when the schema names none the post has (Hugo/Jekyll/Eleventy, Astro, CMS templates). */
export const COMMON_DATE_KEYS: readonly string[] = ['date', 'pubDate', 'publishDate'];

/** The key that dates this post: the schema's date key if the post has it, else the first common one it has. */
export function dateKeyOf(data: Readonly<Record<string, unknown>>, schema: PostSchema): string | undefined {
  if (schema.dateKey !== undefined && Object.hasOwn(data, schema.dateKey)) return schema.dateKey;
  return COMMON_DATE_KEYS.find((key) => Object.hasOwn(data, key));
}

/** The key a date is written to: the one the post already has, else the schema's, else `date`. */
export function dateKeyFor(data: Readonly<Record<string, unknown>>, schema: PostSchema): string {
  return dateKeyOf(data, schema) ?? schema.dateKey ?? 'date';
}

/**
 * A post's date as written, quotes included (`'2025-01-02'`, a bare TOML date), for dateStyleOf; undefined when
 * it has none.
 */
export function writtenDateOf(post: ParsedPost, schema: PostSchema): string | undefined {
  const key = dateKeyOf(post.data, schema);
  const entry = key === undefined ? undefined : post.entries.find((e) => e.key === key);
  return entry && entry.valueEnd > entry.valueStart ? post.text.slice(entry.valueStart, entry.valueEnd) : undefined;
}

/**
 * The instant a frontmatter date value stands for. A date or time without a zone (`2025-01-02`,
 * `2025-01-02T10:00:00`, a local TOML date) is read in `timeZone`, as Hugo and Jekyll read it in the site's zone.
 * Undefined for anything that is no date.
 */
export function readDate(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof TomlDate) {
    if (value.isTime() || !value.isValid()) return undefined;
    return value.isLocal() ? readDate(value.toISOString(), timeZone) : new Date(value.getTime());
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime());
  if (typeof value !== 'string') return undefined;
  const match = WRITTEN_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, , hour, minute, second, fraction, , zone] = match.map((part) => part as string | undefined);
  const wall = {
    year: Number(year), month: Number(month), day: Number(day),
    hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0),
    millisecond: Number(((fraction ?? '') + '000').slice(0, 3)),
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (check.getUTCMonth() !== wall.month - 1 || wall.hour > 23 || wall.minute > 59 || wall.second > 60) return undefined;
  if (zone === undefined) return instantOfWallClock(wall, timeZone);
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return new Date(utc - offsetMinutes(zone) * 60000);
}

/** The day (`YYYY-MM-DD`) a Jekyll file name starts with. */
export function fileNameDate(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^(\d{4}-\d{2}-\d{2})-/.exec(name)?.[1];
}

function offsetMinutes(zone: string): number {
  if (/z/i.test(zone)) return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}
