import { impossibility, MONTH_NAMES, type CalendarDay } from './calendar';

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Whether the seconds were written: js-yaml reads a time without them as text. */
  readonly hasSeconds: boolean;
}

/** One way to read an ambiguous date. */
export interface Reading {
  readonly day: CalendarDay;
  /** Which order the reading takes: day first (`3/4` is 3 April) or month first (4 March). */
  readonly order: 'day-first' | 'month-first' | 'only';
}

/**
 * What an author wrote in a date field, read as a person would:
 * - `iso`: ISO 8601 / RFC 3339, the one form every build reads (`2025-09-02`, `2025-09-02T10:00:00+02:00`, and
 *   Jekyll's `2025-09-02 10:00:00 +0200`);
 * - `impossible`: ISO-shaped but no such day or time (`2025-02-30`, `2025-13-01`);
 * - `other-format`: a real day in a form some builds cannot read (`Sep 2, 2025`, `2025/09/02`, `13.09.2025`);
 * - `ambiguous`: more than one reading (`03/04/2025`, two-digit years);
 * - `not-a-date`: anything else (`last week`).
 */
export type WrittenDate =
  | { readonly kind: 'iso'; readonly day: CalendarDay; readonly time?: TimeOfDay; readonly offsetMinutes?: number }
  | { readonly kind: 'impossible'; readonly part: 'day' | 'time'; readonly reason: string; readonly rollover?: CalendarDay }
  | { readonly kind: 'other-format'; readonly day: CalendarDay; readonly hugoReads: boolean }
  | {
    readonly kind: 'ambiguous';
    readonly readings: readonly Reading[];
    readonly twoDigitYear: boolean;
    /** What JavaScript's `Date` makes of it (month first; years below 50 are 20xx). */
    readonly jsReading?: CalendarDay;
  }
  | { readonly kind: 'not-a-date'; readonly today: boolean; readonly timeOfDay: boolean };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:\s*([Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/;
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday)?\\.?,?\\s+)?';
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
/** Go's `02 Jan 2006`, one of the few non-ISO layouts Hugo reads. */
const GO_LAYOUT = /^\d{2} [A-Za-z]{3} \d{4}$/;

export function readWrittenDate(text: string, thisYear: number): WrittenDate {
  const trimmed = text.trim();
  return iso(trimmed) ?? numeric(trimmed, thisYear) ?? named(trimmed)
    ?? { kind: 'not-a-date', today: /^(today|now)$/i.test(trimmed), timeOfDay: /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed) };
}

function iso(text: string): WrittenDate | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const reason = impossibility(day);
  if (reason) return { kind: 'impossible', part: 'day', reason, rollover: rollover(day) };
  if (m[4] === undefined) return { kind: 'iso', day };
  const time: TimeOfDay = {
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0),
    millisecond: Number((m[7] ?? '').slice(0, 3).padEnd(3, '0')), hasSeconds: m[6] !== undefined,
  };
  if (time.hour > 23) return { kind: 'impossible', part: 'time', reason: 'hours run from 00 to 23' };
  if (time.minute > 59 || time.second > 59) return { kind: 'impossible', part: 'time', reason: 'minutes and seconds run from 00 to 59' };
  if (m[8] === undefined) return { kind: 'iso', day, time };
  const offsetMinutes = offset(m[8]);
  if (offsetMinutes === undefined) return { kind: 'impossible', part: 'time', reason: `\`${m[8]}\` is no time zone offset` };
  return { kind: 'iso', day, time, offsetMinutes };
}

function offset(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** The day JavaScript's `Date` rolls an impossible day over to (`2025-02-30` → 2 March), when it does. */
function rollover(day: { year: number; month: number; day: number }): CalendarDay | undefined {
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return undefined;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function numeric(text: string, thisYear: number): WrittenDate | undefined {
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const [first, second, third] = [m[1], m[3], m[4]];
  if (first.length === 4) {
    const day = { year: Number(first), month: Number(second), day: Number(third) };
    if (third.length > 2) return undefined;
    const reason = impossibility(day);
    return reason ? { kind: 'impossible', part: 'day', reason } : { kind: 'other-format', day, hugoReads: false };
  }
  if (first.length > 2 || (third.length !== 4 && third.length !== 2)) return undefined;
  const a = Number(first);
  const b = Number(second);
  const twoDigitYear = third.length === 2;
  const year = twoDigitYear ? centuryOf(Number(third), thisYear) : Number(third);
  const candidates: Reading[] = [
    { day: { year, month: b, day: a }, order: 'day-first' },
    { day: { year, month: a, day: b }, order: 'month-first' },
  ];
  const real = candidates.filter((r) => !impossibility(r.day));
  const readings = a === b ? real.slice(0, 1).map((r) => ({ ...r, order: 'only' as const })) : real;
  if (readings.length === 0) {
    return { kind: 'impossible', part: 'day', reason: impossibility(candidates[0].day) ?? 'there is no such day' };
  }
  if (readings.length === 1 && !twoDigitYear) return { kind: 'other-format', day: readings[0].day, hugoReads: false };
  const single = readings.length === 1 ? [{ ...readings[0], order: 'only' as const }] : readings;
  return { kind: 'ambiguous', readings: single, twoDigitYear, jsReading: jsReading(a, b, third) };
}

/** JavaScript's `Date` reads `a/b/y`, `a-b-y` and `a.b.y` month first; two-digit years below 50 are 20xx. */
function jsReading(a: number, b: number, year: string): CalendarDay | undefined {
  const y = year.length === 2 ? (Number(year) < 50 ? 2000 : 1900) + Number(year) : Number(year);
  const day = { year: y, month: a, day: b };
  return impossibility(day) ? undefined : day;
}

/** The century an author most likely means: this one, unless that puts the date more than a decade ahead. */
function centuryOf(twoDigits: number, thisYear: number): number {
  const century = Math.floor(thisYear / 100) * 100;
  return century + twoDigits > thisYear + 10 ? century - 100 + twoDigits : century + twoDigits;
}

function named(text: string): WrittenDate | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = dmy ? undefined : MONTH_DAY_YEAR.exec(text);
  if (!dmy && !mdy) return undefined;
  const [dayText, monthText, yearText] = dmy ? [dmy[1], dmy[2], dmy[3]] : [mdy![2], mdy![1], mdy![3]];
  const month = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(monthText.toLowerCase().slice(0, 3))) + 1;
  const day = { year: Number(yearText), month, day: Number(dayText) };
  const reason = impossibility(day);
  if (reason) return { kind: 'impossible', part: 'day', reason };
  return { kind: 'other-format', day, hugoReads: GO_LAYOUT.test(text) };
}
