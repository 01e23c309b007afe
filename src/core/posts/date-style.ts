import { TomlDate } from 'smol-toml';
import { wallClockAt } from '../dates/time-zone';

/**
 * How a site writes its post dates, read from the posts it has so that a new or changed date looks like its
 * neighbours: `2025-01-02`, `2025-01-02T10:00:00+01:00`, Decap's `2025-01-02T09:00:00.000Z`, Jekyll's
 * `2025-01-02 10:00:00 +0100`, quoted or not.
 */
export interface DateStyle {
  /** Whether a time of day follows the date. */
  readonly time: boolean;
  /** Between the date and the time: `T` (ISO 8601) or a space. */
  readonly separator: 'T' | ' ';
  readonly seconds: boolean;
  /** Digits of a fraction of a second (`.000` from Decap); 0 for none. */
  readonly fractionDigits: number;
  /** `Z` (the time is written in UTC), the zone's own offset, or none (a local time the build reads in its zone). */
  readonly zone: 'Z' | 'offset' | 'none';
  /** `+01:00` rather than `+0100`. */
  readonly offsetColon: boolean;
  /** A space before the zone (Jekyll's `10:00:00 +0100`). */
  readonly zoneSpace: boolean;
  /** The quote around the value as written: none, `"` or `'`. */
  readonly quote: '' | '"' | "'";
}

/** A date alone, unquoted: what most starters write and what every build reads. */
export const DEFAULT_DATE_STYLE: DateStyle = {
  time: false, separator: 'T', seconds: true, fractionDigits: 0, zone: 'offset', offsetColon: true, zoneSpace: false, quote: '',
};

/**
 * Date, time, fraction and zone of an ISO 8601 or Jekyll date, in groups, with the separator and the space before
 * the zone kept so the style can be written back. Not the pattern of readWrittenDate
 * (dates/written-date.ts): that one takes any whitespace before the zone and captures neither.
 */
export const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:( ?)([Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/;

/**
 * The style most of the given values share. Strings are read as written, so pass the value's source text
 * (`post.text.slice(entry.valueStart, entry.valueEnd)`) to keep its quotes; Date objects (TOML) count as unquoted.
 * Values that are no date are ignored; with none left, DEFAULT_DATE_STYLE.
 */
export function dateStyleOf(values: readonly unknown[]): DateStyle {
  const counts = new Map<string, { style: DateStyle; count: number }>();
  for (const value of values) {
    const style = styleOfWritten(value);
    if (!style) continue;
    const key = JSON.stringify(style);
    const seen = counts.get(key);
    counts.set(key, { style, count: (seen?.count ?? 0) + 1 });
  }
  let best: { style: DateStyle; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.style ?? DEFAULT_DATE_STYLE;
}

/** The style of one value (source text or Date), or undefined when it is no date. */
export function styleOfWritten(value: unknown): DateStyle | undefined {
  if (value instanceof Date) return styleOfDate(value);
  if (typeof value !== 'string') return undefined;
  let text = value.trim();
  let quote: DateStyle['quote'] = '';
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])) {
    quote = text[0] as DateStyle['quote'];
    text = text.slice(1, -1);
  }
  const match = WRITTEN_DATE.exec(text);
  if (!match) return undefined;
  const [, , , , separator, hour, , second, fraction, space, zone] = match;
  if (hour === undefined) return { ...DEFAULT_DATE_STYLE, quote };
  return {
    time: true,
    separator: separator === ' ' ? ' ' : 'T',
    seconds: second !== undefined,
    fractionDigits: fraction?.length ?? 0,
    zone: zone === undefined ? 'none' : /z/i.test(zone) ? 'Z' : 'offset',
    offsetColon: zone === undefined || zone.length !== 5,
    zoneSpace: space === ' ',
    quote,
  };
}

function styleOfDate(date: Date): DateStyle | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date instanceof TomlDate ? date.toISOString() : undefined;
  const dateOnly = date instanceof TomlDate ? date.isDate() : date.getTime() % 86400000 === 0;
  if (dateOnly) return DEFAULT_DATE_STYLE;
  if (date instanceof TomlDate && date.isTime()) return undefined;
  const zone = iso === undefined || iso.endsWith('Z') ? 'Z' : date instanceof TomlDate && date.isLocal() ? 'none' : 'offset';
  return { ...DEFAULT_DATE_STYLE, time: true, zone, fractionDigits: date.getMilliseconds() === 0 ? 0 : 3 };
}

/**
 * The date as text in the style (no quotes): the wall clock of `timeZone` with that zone's offset on that day,
 * or UTC when the style writes `Z`. Throws a RangeError for an unknown zone.
 */
export function formatDate(date: Date, style: DateStyle, timeZone: string): string {
  const wall = wallClockAt(date, style.time && style.zone === 'Z' ? 'UTC' : timeZone);
  const day = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  if (!style.time) return day;
  let time = `${pad(wall.hour)}:${pad(wall.minute)}`;
  if (style.seconds) {
    time += `:${pad(wall.second)}`;
    if (style.fractionDigits > 0) time += '.' + pad(wall.millisecond, 3).padEnd(style.fractionDigits, '0').slice(0, style.fractionDigits);
  }
  const space = style.zoneSpace ? ' ' : '';
  const zone = style.zone === 'Z' ? space + 'Z' : style.zone === 'offset' ? space + offset(wall.offsetMinutes, style.offsetColon) : '';
  return `${day}${style.separator}${time}${zone}`;
}

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
