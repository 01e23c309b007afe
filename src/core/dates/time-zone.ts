import { isoDay, pad, type CalendarDay } from './calendar';

/**
 * Wall clocks in IANA time zones: what a clock in a zone shows at an instant (daylight saving included), and the
 * way back from a wall clock to an instant. Intl does the zone rules; nothing here knows a zone.
 */

/** A wall-clock reading without a zone: the calendar day and the time of day. */
export interface WallTime extends CalendarDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond?: number;
}

/** What a clock in a zone shows at an instant, and the zone's offset then. */
export interface WallClock extends WallTime {
  readonly millisecond: number;
  /** Minutes east of UTC: 60 for `+01:00`, -300 for `-05:00`, 330 for `+05:30`. */
  readonly offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether Intl knows the zone (`Europe/Berlin`, `UTC`); an unknown one makes the functions below throw a RangeError. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The author's zone when Intl knows it, UTC otherwise. */
export function zoneOrUtc(zone: string | undefined): string {
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/** What a clock in `zone` shows at `instant`, with the zone's offset at that instant. */
export function wallClockAt(instant: Date, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const millisecond = ((instant.getTime() % 1000) + 1000) % 1000;
  const wall = { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
  const offsetMinutes = Math.round((utcOf(wall) - (instant.getTime() - millisecond)) / 60000);
  return { ...wall, millisecond, offsetMinutes };
}

/** The zone's offset from UTC at `instant`, in minutes (New York in summer: -240). */
export function offsetMinutesAt(instant: Date, zone: string): number {
  return wallClockAt(instant, zone).offsetMinutes;
}

/**
 * The instant at which a clock in `zone` shows `wall`; in a repeated hour, the first one. No clock shows a time in a
 * skipped hour: west of UTC it is read with the offset before the change (New York's skipped 02:30 becomes 03:30,
 * as JavaScript reads it), at UTC and east of it with the offset after the change (Berlin's becomes 01:30).
 */
export function instantOfWallClock(wall: WallTime, zone: string): Date {
  const asUtc = utcOf(wall);
  const first = offsetMinutesAt(new Date(asUtc), zone);
  const guess = asUtc - first * 60000;
  const second = offsetMinutesAt(new Date(guess), zone);
  if (second === first) return new Date(guess);
  const retry = asUtc - second * 60000;
  return offsetMinutesAt(new Date(retry), zone) === second ? new Date(retry) : new Date(guess);
}

/**
 * The offset a clock in `zone` has when it shows `wall`, in minutes: the one to write after `wall`. In a skipped
 * hour, the offset instantOfWallClock reads it with.
 */
export function offsetMinutesOfWallClock(wall: WallTime, zone: string): number {
  return (utcOf(wall) - instantOfWallClock(wall, zone).getTime()) / 60000;
}

/** The day (`YYYY-MM-DD`) it is in `zone` at `instant`. */
export function dayIn(instant: Date, zone: string): string {
  return isoDay(wallClockAt(instant, zone));
}

/** `-04:00`, `+09:00`, `+05:30`. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The wall clock read as if it were UTC, in milliseconds since the epoch. */
function utcOf(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond ?? 0);
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      // Not `hour12: false`: with it, Intl writes midnight as hour 24.
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}
