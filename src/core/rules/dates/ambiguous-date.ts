import { isoDay, spokenDay, type CalendarDay } from '../../dates/calendar';
import { dateEntries } from '../../dates/date-entries';
import type { SiteKind } from '../../site/detect-site';
import { RULE_CODES } from '../codes';
import type { Fix, Problem, Rule } from '../problem';

/**
 * Dates a reader could take more than one way: day and month in unknown order (`03/04/2025`, `02.09.2025`) or a
 * two-digit year (`1/2/25`). One fix per reading writes it as an ISO date.
 */
export const ambiguousDate: Rule = (context) => {
  const siteKind = context.siteKind ?? 'generic';
  const problems: Problem[] = [];
  for (const { entry, written, date } of dateEntries(context)) {
    if (date.kind !== 'ambiguous') continue;
    const { readings } = date;
    const days = readings.map((r) => spokenDay(r.day, false));
    const value = `\`${written.text}\``;
    const subject = readings.length > 1
      ? `${value}${date.twoDigitYear ? ' has a two-digit year and' : ''} could be ${days.join(' or ')} ${readings[0].day.year}`
      : `${value} has a two-digit year, which readers complete to different centuries`;
    const what = readings.length > 1 ? 'Write it as YYYY-MM-DD to say which.' : `Write the full date: \`${isoDay(readings[0].day)}\`.`;
    const edit = written.edit;
    const fixes: Fix[] = edit
      ? readings.map((r, i) => ({ title: `Write as ${isoDay(r.day)} (${days[i]})`, edits: [{ ...edit, newText: isoDay(r.day) }] }))
      : [];
    problems.push({
      code: RULE_CODES.ambiguousDate,
      message: `${subject}; ${readerNote(siteKind, date.jsReading)}. ${what}`,
      severity: 'warning',
      start: entry.valueStart,
      end: entry.valueEnd,
      fixes,
    });
  }
  return problems;
};

function readerNote(siteKind: SiteKind, jsReading: CalendarDay | undefined): string {
  switch (siteKind) {
    case 'hugo': return 'Hugo cannot read it as a date';
    case 'eleventy': return 'Eleventy cannot read it as a date';
    case 'jekyll': return "Jekyll's Ruby parser picks a reading without a warning";
    default: return jsReading ? `JavaScript's \`Date\` reads ${spokenDay(jsReading)}` : "JavaScript's `Date` cannot read it";
  }
}
