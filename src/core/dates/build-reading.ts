import type { SiteKind } from '../site/detect-site';
import type { FrontmatterFormat } from '../frontmatter/locate';
import type { TimeOfDay } from './written-date';
import type { CalendarDay } from './calendar';

/** How a value was written: which build reads it, in which frontmatter format, and whether it was quoted. */
export interface WrittenIn {
  readonly siteKind: SiteKind;
  readonly format: FrontmatterFormat;
  /** Unquoted: a YAML plain scalar or a TOML date literal, which the reader itself types as a date. */
  readonly bare: boolean;
}

/** An ISO date as written: the day, maybe a time, maybe an offset. */
export interface IsoDate {
  readonly day: CalendarDay;
  readonly time?: TimeOfDay;
  readonly offsetMinutes?: number;
}

/** The exact instant a build takes a date for, and, when the author gave no offset, who filled one in. */
export interface BuildReading {
  readonly instant: Date;
  /**
   * Why the instant is what it is, when the value has no offset of its own (undefined when it has):
   * a sentence naming the reader, e.g. "js-yaml reads a date without an offset as UTC".
   */
  readonly assumption?: string;
  /** Whether the assumption depends on what the file does not say: a site setting or the build machine's zone. */
  readonly dependsOnSite: boolean;
}

/**
 * What the site's build reads for an ISO date. Without an offset every build fills in one of its own:
 * js-yaml (Astro, Eleventy, Next.js, gray-matter) takes a YAML date as UTC, and so do Eleventy's date parser and
 * JavaScript's `Date` for a date without a time; JavaScript's `Date` reads a date-time without an offset in the
 * build machine's zone; Hugo uses the site's `timeZone` and Jekyll the site's `timezone`. The instant assumes UTC
 * wherever it depends on a machine or a setting that is not in the file (UTC is the default of Hugo and of CI).
 */
export function buildReading(date: IsoDate, written: WrittenIn): BuildReading {
  const { day, time } = date;
  const utc = Date.UTC(day.year, day.month - 1, day.day, time?.hour ?? 0, time?.minute ?? 0, time?.second ?? 0, time?.millisecond ?? 0);
  const instant = new Date(utc);
  if (day.year < 100) instant.setUTCFullYear(day.year);
  if (date.offsetMinutes !== undefined) {
    return { instant: new Date(instant.getTime() - date.offsetMinutes * 60000), dependsOnSite: false };
  }
  return { instant, ...assumptionOf(date, written) };
}

function assumptionOf(date: IsoDate, { siteKind, format, bare }: WrittenIn): { assumption: string; dependsOnSite: boolean } {
  const what = date.time ? 'a date-time without an offset' : 'a date without a time';
  if (siteKind === 'hugo') {
    return { assumption: `Hugo reads ${what} in the site's \`timeZone\`, UTC unless the site config sets one`, dependsOnSite: true };
  }
  if (siteKind === 'jekyll') {
    return {
      assumption: `Jekyll reads ${what} in the site's \`timezone\` (_config.yml), else in the build machine's zone, UTC on most CI`,
      dependsOnSite: true,
    };
  }
  if (format === 'toml') return { assumption: `TOML gives ${what} no zone; the build's TOML reader takes it as UTC`, dependsOnSite: false };
  const yamlDate = format === 'yaml' && bare && (!date.time || date.time.hasSeconds);
  if (yamlDate) return { assumption: `js-yaml reads ${what} as UTC`, dependsOnSite: false };
  if (siteKind === 'eleventy') return { assumption: `Eleventy reads ${what} as UTC`, dependsOnSite: false };
  if (!date.time) return { assumption: `JavaScript's \`Date\` reads ${what} as UTC`, dependsOnSite: false };
  return {
    assumption: `JavaScript's \`Date\` reads ${what} in the build machine's zone, UTC on most CI`,
    dependsOnSite: true,
  };
}

/** `2025-09-02T00:00:00Z`; milliseconds only when there are some. */
export function isoInstant(instant: Date): string {
  return instant.toISOString().replace('.000Z', 'Z');
}
