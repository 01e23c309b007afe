import { isoDay, pad, sameDay, spokenDay } from '../../dates/calendar';
import { buildReading, isoInstant, type IsoDate } from '../../dates/build-reading';
import { dateEntries } from '../../dates/date-entries';
import { offsetMinutesOfWallClock, offsetText, wallClockAt, zoneOrUtc } from '../../dates/time-zone';
import { RULE_CODES } from '../codes';
import type { Fix, Problem, Rule } from '../problem';

/**
 * A date without an offset that the build reads as an instant on another day in the author's zone: js-yaml reads
 * `2025-09-02` as midnight UTC, which is the evening of 1 September in New York. Offers the same wall-clock time
 * with the author's offset. One problem per field, and only when the day really changes.
 */
export const dateShiftsDay: Rule = (context) => {
  const zone = zoneOrUtc(context.timeZone);
  const problems: Problem[] = [];
  for (const { entry, written, date, writtenIn } of dateEntries(context)) {
    if (date.kind !== 'iso') continue;
    const reading = buildReading(date, writtenIn);
    if (!reading.assumption) continue;
    const local = wallClockAt(reading.instant, zone);
    if (sameDay(local, date.day)) continue;
    const pinned = withOffset(date, zone);
    const fixes: Fix[] = written.edit ? [{ title: `Write as ${pinned}`, edits: [{ ...written.edit, newText: pinned }] }] : [];
    problems.push({
      code: RULE_CODES.dateShiftsDay,
      message: `The build reads ${isoInstant(reading.instant)}, which is ${spokenDay(local)} in ${zone} (${reading.assumption}). `
        + `To keep ${spokenDay(date.day)}, write it with your offset: \`${pinned}\`.`,
      severity: reading.dependsOnSite ? 'information' : 'warning',
      start: entry.valueStart,
      end: entry.valueEnd,
      fixes,
    });
  }
  return problems;
};

/** The written day and time (midnight when none) with the zone's offset at that moment: `2025-09-02T00:00:00-04:00`. */
function withOffset(date: IsoDate, zone: string): string {
  const time = date.time ?? { hour: 0, minute: 0, second: 0, millisecond: 0 };
  const offset = offsetMinutesOfWallClock({ ...date.day, hour: time.hour, minute: time.minute, second: time.second }, zone);
  const millis = time.millisecond ? `.${String(time.millisecond).padStart(3, '0')}` : '';
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${millis}`;
  return `${isoDay(date.day)}T${clock}${offsetText(offset)}`;
}
