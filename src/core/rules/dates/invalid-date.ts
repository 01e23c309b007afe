import { isoDay, spokenDay } from '../../dates/calendar';
import { dateEntries, type DateEntry } from '../../dates/date-entries';
import type { SiteKind } from '../../site/detect-site';
import { RULE_CODES } from '../codes';
import type { Fix, Problem, Rule } from '../problem';

const FORMATS = 'Write dates as YYYY-MM-DD (`2025-09-02`), with a time and offset if needed (`2025-09-02T10:00:00+02:00`).';

/**
 * Date fields whose value is no date (`last week`), no real day (`2025-02-30`), or a form the site's build cannot
 * read (`Sep 2, 2025`); the last gets a fix that writes the same day as `2025-09-02`.
 */
export const invalidDate: Rule = (context) => {
  const siteKind = context.siteKind ?? 'generic';
  const problems: Problem[] = [];
  for (const dateEntry of dateEntries(context)) {
    const { date, written } = dateEntry;
    const value = written.text;
    if (date.kind === 'not-a-date') {
      const fixes = date.today ? fixesFor(dateEntry, context.today, `Write today's date, ${context.today}`) : [];
      const what = date.timeOfDay ? 'is a time of day without a date' : 'is not a date';
      problems.push(problem(dateEntry, `\`${value}\` ${what}. ${FORMATS}`, 'error', fixes));
    } else if (date.kind === 'impossible') {
      const rollover = date.rollover && readsWithJavaScript(siteKind, written.bare)
        ? ` js-yaml 4 and JavaScript's \`Date\` silently read it as ${spokenDay(date.rollover)}.` : '';
      const what = date.part === 'day' ? 'Write a day that exists, as YYYY-MM-DD.' : 'Correct the time.';
      problems.push(problem(dateEntry, `\`${value}\` is not a real date: ${date.reason}.${rollover} ${what}`, 'error', []));
    } else if (date.kind === 'other-format' && !(siteKind === 'hugo' && date.hugoReads)) {
      const iso = isoDay(date.day);
      const message = `${unreadable(siteKind, value)} Write it as YYYY-MM-DD: \`${iso}\`.`;
      problems.push(problem(dateEntry, message, siteKind === 'jekyll' ? 'warning' : 'error', fixesFor(dateEntry, iso, `Write as ${iso}`)));
    }
  }
  return problems;
};

function unreadable(siteKind: SiteKind, value: string): string {
  switch (siteKind) {
    case 'hugo': return `Hugo cannot read \`${value}\` as a date.`;
    case 'eleventy': return `Eleventy cannot read \`${value}\` as a date: it reads YAML dates and ISO 8601 text.`;
    case 'jekyll': return `Jekyll guesses at \`${value}\` with Ruby's lenient date parser; feeds, CMSs and other builds will not.`;
    case 'astro': return `\`${value}\` is text to the YAML reader: \`z.date()\` rejects it and \`z.coerce.date()\` guesses at it in the build machine's zone.`;
    case 'nextjs': return `\`${value}\` is text to the YAML reader, and JavaScript's \`Date\` guesses at it in the build machine's zone.`;
    case 'generic': return `\`${value}\` is not a date every build reads: Hugo and Eleventy cannot, and JavaScript's \`Date\` guesses at it in the build machine's zone.`;
  }
}

/** Builds that hand an impossible day to js-yaml (4 and older) or JavaScript's `Date`, which roll it over into the next month. */
function readsWithJavaScript(siteKind: SiteKind, bare: boolean): boolean {
  return siteKind === 'astro' || siteKind === 'nextjs' || siteKind === 'generic' || (siteKind === 'eleventy' && bare);
}

function fixesFor({ written }: DateEntry, newText: string, title: string): Fix[] {
  return written.edit ? [{ title, edits: [{ ...written.edit, newText }] }] : [];
}

function problem({ entry }: DateEntry, message: string, severity: Problem['severity'], fixes: Fix[]): Problem {
  return { code: RULE_CODES.invalidDate, message, severity, start: entry.valueStart, end: entry.valueEnd, fixes };
}

