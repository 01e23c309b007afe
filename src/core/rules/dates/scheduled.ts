import { pad, spokenDay } from '../../dates/calendar';
import { buildReading } from '../../dates/build-reading';
import { dateEntries, type DateEntry } from '../../dates/date-entries';
import type { SiteKind } from '../../site/detect-site';
import { RULE_CODES } from '../codes';
import type { Problem, Rule, RuleContext } from '../problem';

/** The keys builds publish by, most decisive first: Hugo takes `publishDate` over `date`. Unreadable ones are skipped. */
const PUBLISH_KEYS = ['publishDate', 'publish_date', 'pubDate'];

/**
 * A post that is not a draft but dated in the future. What happens then depends on the build: Hugo and Jekyll
 * leave it out until a build on or after that day, Astro, Eleventy and Next.js publish it at once.
 */
export const scheduled: Rule = (context) => {
  if (isDraft(context)) return [];
  const entry = publicationDate(context);
  if (!entry || entry.date.kind !== 'iso') return [];
  const now = context.now ?? new Date();
  const { instant } = buildReading(entry.date, entry.writtenIn);
  if (instant.getTime() <= now.getTime()) return [];
  const { day, time } = entry.date;
  const when = time ? `${spokenDay(day)}, ${pad(time.hour)}:${pad(time.minute)}` : spokenDay(day);
  return [{
    code: RULE_CODES.scheduled,
    message: `Scheduled: this post is published but dated ${when}. ${whatTheBuildDoes(context.siteKind ?? 'generic')}`,
    severity: 'information',
    start: entry.entry.valueStart,
    end: entry.entry.valueEnd,
  } satisfies Problem];
};

function isDraft({ post, schema }: RuleContext): boolean {
  const data = post.data;
  return data[schema.draftKey ?? 'draft'] === true || data.draft === true || data.published === false;
}

function publicationDate(context: RuleContext): DateEntry | undefined {
  const entries = dateEntries(context).filter((e) => e.date.kind === 'iso');
  const keys = [...PUBLISH_KEYS, context.schema.dateKey, 'date'];
  for (const key of keys) {
    const found = entries.find((e) => e.entry.key === key);
    if (found) return found;
  }
  return undefined;
}

function whatTheBuildDoes(siteKind: SiteKind): string {
  const rebuild = 'and a static site shows it only after a rebuild on or after that day';
  switch (siteKind) {
    case 'hugo': return `Hugo leaves it out until then (\`buildFuture\` is off by default), ${rebuild}.`;
    case 'jekyll': return `Jekyll leaves it out until then (\`future\` is off by default), ${rebuild}.`;
    case 'astro': return 'Astro publishes it now: `getCollection()` returns future-dated entries unless the site filters them out.';
    case 'eleventy': return 'Eleventy publishes it now: collections include future-dated posts unless the site filters them out.';
    case 'nextjs': return "Next.js publishes it now unless the site's code filters out future dates.";
    case 'generic': return 'Hugo and Jekyll leave it out until a build on or after that day; Astro, Eleventy and Next.js publish it now unless the site filters future dates.';
  }
}
