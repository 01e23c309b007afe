/**
 * Wall-clock time in an IANA time zone, with the zone's real offset at that instant (daylight saving included),
 * and the way back from a wall-clock time to an instant. Intl does the zone rules; nothing here knows a zone.
 */
export interface WallClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC: 60 for `+01:00`, -300 for `-05:00`, 330 for `+05:30`. */
  readonly offsetMinutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether Intl knows the zone (`Europe/Berlin`, `UTC`); an unknown one would throw in every function below. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `date`. Throws a RangeError for an unknown zone. */
export function wallClockAt(date: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const millisecond = ((date.getTime() % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offsetMinutes = Math.round((asUtc - (date.getTime() - millisecond)) / 60000);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second, millisecond, offsetMinutes };
}

export type WallTime = Omit<WallClock, 'offsetMinutes' | 'millisecond'> & { readonly millisecond?: number };

/**
 * The instant a wall-clock time stands for in `timeZone`. A time that falls in a spring-forward gap is read with
 * the offset before the change (02:30 on a skipped night becomes 03:30), as JavaScript and Go both do.
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond ?? 0);
  const first = wallClockAt(new Date(asUtc), timeZone).offsetMinutes;
  const guess = asUtc - first * 60000;
  const second = wallClockAt(new Date(guess), timeZone).offsetMinutes;
  if (second === first) return new Date(guess);
  const retry = asUtc - second * 60000;
  return wallClockAt(new Date(retry), timeZone).offsetMinutes === second ? new Date(retry) : new Date(guess);
}

/** The day (`YYYY-MM-DD`) it is in `timeZone` at `date`. */
export function dayIn(date: Date, timeZone: string): string {
  const wall = wallClockAt(date, timeZone);
  return `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}
