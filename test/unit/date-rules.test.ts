import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import type { Problem } from '../../src/core/rules/problem';
import { validatePost } from '../../src/core/rules/validate';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import type { SiteKind } from '../../src/core/site/detect-site';
import { applyEdits } from '../../src/core/text/text-edit';

const DATE_CODES = new Set(['invalid-date', 'ambiguous-date', 'date-shifts-day', 'scheduled']);
const NOW = new Date('2026-01-15T12:00:00Z');

interface Setting {
  readonly siteKind?: SiteKind;
  readonly timeZone?: string;
  readonly now?: Date;
}

/** The date problems of a post, as `code: message`. */
function dateProblems(text: string, setting: Setting = {}): Problem[] {
  const context = { post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, now: NOW, ...setting };
  return validatePost(context).filter((p) => DATE_CODES.has(p.code));
}

function only(text: string, setting: Setting = {}): Problem {
  const problems = dateProblems(text, setting);
  assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
  return problems[0];
}

function fixed(text: string, problem: Problem, index = 0): string {
  return applyEdits(text, problem.fixes![index].edits);
}

describe('date-shifts-day', () => {
  const post = '---\ntitle: A\ndate: 2025-09-02\n---\n';

  it('names the instant js-yaml reads and the day it is west of UTC, and offers the offset', () => {
    const problem = only(post, { siteKind: 'astro', timeZone: 'America/New_York' });
    assert.equal(problem.code, 'date-shifts-day');
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, 'The build reads 2025-09-02T00:00:00Z, which is 1 September 2025 in America/New_York '
      + '(js-yaml reads a date without a time as UTC). To keep 2 September 2025, write it with your offset: `2025-09-02T00:00:00-04:00`.');
    assert.equal(problem.fixes![0].title, 'Write as 2025-09-02T00:00:00-04:00');
    assert.equal(fixed(post, problem), '---\ntitle: A\ndate: 2025-09-02T00:00:00-04:00\n---\n');
  });

  it('says nothing where the day does not change: east of UTC and in UTC', () => {
    assert.deepEqual(dateProblems(post, { siteKind: 'astro', timeZone: 'Asia/Tokyo' }), []);
    assert.deepEqual(dateProblems(post, { siteKind: 'astro', timeZone: 'UTC' }), []);
    assert.deepEqual(dateProblems(post, { siteKind: 'astro' }), []);
  });

  it('pins a day that starts in a skipped hour with the offset before the change, so it stays that day', () => {
    // São Paulo skipped from 00:00 to 01:00 on 4 November 2018.
    const text = '---\ntitle: A\ndate: 2018-11-04\n---\n';
    const problem = only(text, { siteKind: 'astro', timeZone: 'America/Sao_Paulo' });
    assert.equal(fixed(text, problem), '---\ntitle: A\ndate: 2018-11-04T00:00:00-03:00\n---\n');
  });

  it('says nothing for a value with its own offset', () => {
    const text = '---\ntitle: A\ndate: 2025-09-02T00:00:00-04:00\npubDate: 2025-09-02T02:00:00Z\n---\n';
    assert.deepEqual(dateProblems(text, { siteKind: 'astro', timeZone: 'America/New_York' }), []);
  });

  it('moves a late time without an offset to the next day east of UTC, and keeps the quotes in the fix', () => {
    const text = "---\ntitle: A\ndate: '2025-09-02 23:30:00'\n---\n";
    const problem = only(text, { siteKind: 'eleventy', timeZone: 'Asia/Tokyo' });
    assert.equal(problem.message, 'The build reads 2025-09-02T23:30:00Z, which is 3 September 2025 in Asia/Tokyo '
      + '(Eleventy reads a date-time without an offset as UTC). To keep 2 September 2025, write it with your offset: `2025-09-02T23:30:00+09:00`.');
    assert.equal(fixed(text, problem), "---\ntitle: A\ndate: '2025-09-02T23:30:00+09:00'\n---\n");
  });

  it('uses the offset of the day written, winter or summer', () => {
    const text = '---\ntitle: A\npubDate: "2025-01-15"\n---\n';
    const problem = only(text, { siteKind: 'astro', timeZone: 'America/New_York' });
    assert.match(problem.message, /^The build reads 2025-01-15T00:00:00Z, which is 14 January 2025 in America\/New_York \(JavaScript's `Date` reads a date without a time as UTC\)/);
    assert.equal(fixed(text, problem), '---\ntitle: A\npubDate: "2025-01-15T00:00:00-05:00"\n---\n');
  });

  it('reports Hugo and Jekyll as information, since the site may set its own zone', () => {
    const hugo = only(post, { siteKind: 'hugo', timeZone: 'America/Los_Angeles' });
    assert.equal(hugo.severity, 'information');
    assert.equal(hugo.message, 'The build reads 2025-09-02T00:00:00Z, which is 1 September 2025 in America/Los_Angeles '
      + "(Hugo reads a date without a time in the site's `timeZone`, UTC unless the site config sets one). "
      + 'To keep 2 September 2025, write it with your offset: `2025-09-02T00:00:00-07:00`.');
    const jekyll = only(post, { siteKind: 'jekyll', timeZone: 'America/Los_Angeles' });
    assert.equal(jekyll.severity, 'information');
    assert.match(jekyll.message, /\(Jekyll reads a date without a time in the site's `timezone` \(_config\.yml\), else in the build machine's zone, UTC on most CI\)/);
  });

  it('reports each shifted field once, and only those', () => {
    const text = '---\ntitle: A\ndate: 2025-09-02\npubDate: 2025-09-02T12:00:00\nupdatedDate: 2025-09-03\n---\n';
    const problems = dateProblems(text, { siteKind: 'astro', timeZone: 'America/New_York' });
    assert.deepEqual(problems.map((p) => text.slice(p.start, p.end)), ['2025-09-02', '2025-09-03']);
  });

  it('pins a TOML local date of a Hugo post with a bare offset date-time', () => {
    const text = '+++\ntitle = "A"\ndate = 2025-08-14T10:00:00+02:00\nlastmod = 2025-08-20 # revised\n+++\n';
    const problem = only(text, { siteKind: 'hugo', timeZone: 'America/New_York' });
    assert.equal(text.slice(problem.start, problem.end), '2025-08-20');
    assert.equal(fixed(text, problem), '+++\ntitle = "A"\ndate = 2025-08-14T10:00:00+02:00\nlastmod = 2025-08-20T00:00:00-04:00 # revised\n+++\n');
  });

  it('keeps CRLF line endings and everything outside the value', () => {
    const text = '---\r\ntitle: A\r\ndate: 2025-12-01 # first of the month\r\n---\r\n';
    const problem = only(text, { siteKind: 'nextjs', timeZone: 'America/Chicago' });
    assert.equal(fixed(text, problem), '---\r\ntitle: A\r\ndate: 2025-12-01T00:00:00-06:00 # first of the month\r\n---\r\n');
  });
});

describe('invalid-date', () => {
  it('writes a readable non-ISO date as YYYY-MM-DD, keeping the quotes', () => {
    const text = '---\ntitle: A\ndate: Sep 2, 2025\npubDate: "2025/09/02"\nupdatedDate: \'13.09.2025\'\n---\n';
    const problems = dateProblems(text);
    assert.deepEqual(problems.map((p) => p.fixes![0].title), ['Write as 2025-09-02', 'Write as 2025-09-02', 'Write as 2025-09-13']);
    const all = applyEdits(text, problems.flatMap((p) => p.fixes![0].edits));
    assert.equal(all, '---\ntitle: A\ndate: 2025-09-02\npubDate: "2025-09-02"\nupdatedDate: \'2025-09-13\'\n---\n');
    assert.equal(problems[0].message, '`Sep 2, 2025` is not a date every build reads: Hugo and Eleventy cannot, and JavaScript\'s `Date` '
      + "guesses at it in the build machine's zone. Write it as YYYY-MM-DD: `2025-09-02`.");
    assert.equal(problems[0].severity, 'error');
  });

  it('words the reason for the site that reads the post', () => {
    const text = '---\ntitle: A\ndate: Tuesday, September 2nd, 2025\n---\n';
    assert.equal(only(text, { siteKind: 'eleventy' }).message,
      'Eleventy cannot read `Tuesday, September 2nd, 2025` as a date: it reads YAML dates and ISO 8601 text. Write it as YYYY-MM-DD: `2025-09-02`.');
    assert.equal(only(text, { siteKind: 'astro' }).message,
      "`Tuesday, September 2nd, 2025` is text to the YAML reader: `z.date()` rejects it and `z.coerce.date()` guesses at it in the build machine's zone. "
      + 'Write it as YYYY-MM-DD: `2025-09-02`.');
    const jekyll = only(text, { siteKind: 'jekyll' });
    assert.equal(jekyll.severity, 'warning');
    assert.equal(jekyll.message, "Jekyll guesses at `Tuesday, September 2nd, 2025` with Ruby's lenient date parser; feeds, CMSs and other builds will not. "
      + 'Write it as YYYY-MM-DD: `2025-09-02`.');
  });

  it('accepts the one non-ISO layout Hugo reads, on Hugo sites only', () => {
    const text = '---\ntitle: A\ndate: 02 Sep 2025\n---\n';
    assert.deepEqual(dateProblems(text, { siteKind: 'hugo' }), []);
    assert.equal(only(text, { siteKind: 'eleventy' }).code, 'invalid-date');
  });

  it('says which part of an impossible date is wrong, and what JavaScript builds make of it', () => {
    const text = '---\ntitle: A\ndate: 2025-02-30\n---\n';
    assert.equal(only(text, { siteKind: 'astro' }).message, '`2025-02-30` is not a real date: February 2025 has 28 days. '
      + "js-yaml 4 and JavaScript's `Date` silently read it as 2 March 2025. Write a day that exists, as YYYY-MM-DD.");
    assert.equal(only(text, { siteKind: 'hugo' }).message, '`2025-02-30` is not a real date: February 2025 has 28 days. Write a day that exists, as YYYY-MM-DD.');
    assert.deepEqual(only(text).fixes, []);
    assert.equal(only('---\ntitle: A\ndate: 2025-13-01\n---\n').message, '`2025-13-01` is not a real date: there is no month 13. Write a day that exists, as YYYY-MM-DD.');
    assert.equal(only('---\ntitle: A\ndate: 2025-09-02T24:00:00Z\n---\n').message, '`2025-09-02T24:00:00Z` is not a real date: hours run from 00 to 23. Correct the time.');
  });

  it('names words that are no date, and offers today for `today`', () => {
    assert.equal(only('---\ntitle: A\ndate: last week\n---\n').message,
      '`last week` is not a date. Write dates as YYYY-MM-DD (`2025-09-02`), with a time and offset if needed (`2025-09-02T10:00:00+02:00`).');
    const text = '---\ntitle: A\ndate: "today"\n---\n';
    const problem = only(text);
    assert.equal(problem.fixes![0].title, "Write today's date, 2026-01-15");
    assert.equal(fixed(text, problem), '---\ntitle: A\ndate: "2026-01-15"\n---\n');
  });

  it('judges TOML strings the same way, and leaves TOML dates alone', () => {
    const text = '+++\ntitle = "A"\ndate = 2025-09-02\npublishDate = "Sep 2, 2025"\nlastmod = "2025-02-30"\n+++\n';
    const problems = dateProblems(text, { siteKind: 'hugo' });
    assert.deepEqual(problems.map((p) => `${text.slice(p.start, p.end)} ${p.code}`), ['"Sep 2, 2025" invalid-date', '"2025-02-30" invalid-date']);
    assert.equal(fixed(text, problems[0]), text.replace('"Sep 2, 2025"', '"2025-09-02"'));
  });

  it('takes over text in date fields from wrong-type, which still reports other values', () => {
    const problems = validatePost({
      post: parsePost('---\ntitle: A\ndate: 2025\npubDate: soon\n---\n'), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, now: NOW,
    });
    assert.deepEqual(problems.map((p) => p.code), ['wrong-type', 'invalid-date']);
  });

  it('accepts the forms builds write: Jekyll\'s space and offset, fractions, lowercase t and z', () => {
    const text = '---\ntitle: A\ndate: 2025-09-02 10:00:00 +0200\npubDate: 2025-09-02t10:00:00.5z\nupdatedDate: 2025-09-02T10:00+02\n---\n';
    for (const siteKind of ['astro', 'hugo', 'jekyll', 'eleventy', 'nextjs', 'generic'] as const) {
      assert.deepEqual(dateProblems(text, { siteKind, timeZone: 'Europe/Berlin' }), [], siteKind);
    }
  });
});

describe('ambiguous-date', () => {
  it('offers each reading of day and month', () => {
    const text = '---\ntitle: A\ndate: 03/04/2025\n---\n';
    const problem = only(text);
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, "`03/04/2025` could be 3 April or 4 March 2025; JavaScript's `Date` reads 4 March 2025. Write it as YYYY-MM-DD to say which.");
    assert.deepEqual(problem.fixes!.map((f) => f.title), ['Write as 2025-04-03 (3 April)', 'Write as 2025-03-04 (4 March)']);
    assert.equal(fixed(text, problem, 0), '---\ntitle: A\ndate: 2025-04-03\n---\n');
    assert.equal(fixed(text, problem, 1), '---\ntitle: A\ndate: 2025-03-04\n---\n');
  });

  it('says when JavaScript reads a dotted date month first', () => {
    const problem = only('---\ntitle: A\ndate: 02.09.2025\n---\n', { siteKind: 'nextjs' });
    assert.equal(problem.message, "`02.09.2025` could be 2 September or 9 February 2025; JavaScript's `Date` reads 9 February 2025. Write it as YYYY-MM-DD to say which.");
  });

  it('names two-digit years, with one reading or two', () => {
    const two = only("---\ntitle: A\ndate: '1/2/25'\n---\n", { siteKind: 'hugo' });
    assert.equal(two.message, '`1/2/25` has a two-digit year and could be 1 February or 2 January 2025; Hugo cannot read it as a date. Write it as YYYY-MM-DD to say which.');
    assert.deepEqual(two.fixes!.map((f) => f.title), ['Write as 2025-02-01 (1 February)', 'Write as 2025-01-02 (2 January)']);
    const one = only('---\ntitle: A\ndate: 25.12.99\n---\n');
    assert.equal(one.message, "`25.12.99` has a two-digit year, which readers complete to different centuries; JavaScript's `Date` cannot read it. Write the full date: `1999-12-25`.");
    assert.equal(fixed('---\ntitle: A\ndate: 25.12.99\n---\n', one), '---\ntitle: A\ndate: 1999-12-25\n---\n');
  });
});

describe('scheduled', () => {
  const future = '---\ntitle: A\ndate: 2026-12-12\n---\n';

  it('words what each build does with a future date', () => {
    const messages = (['hugo', 'jekyll', 'astro', 'eleventy', 'nextjs', 'generic'] as const).map((siteKind) => only(future, { siteKind }).message);
    const lead = 'Scheduled: this post is published but dated 12 December 2026. ';
    assert.deepEqual(messages, [
      lead + 'Hugo leaves it out until then (`buildFuture` is off by default), and a static site shows it only after a rebuild on or after that day.',
      lead + 'Jekyll leaves it out until then (`future` is off by default), and a static site shows it only after a rebuild on or after that day.',
      lead + 'Astro publishes it now: `getCollection()` returns future-dated entries unless the site filters them out.',
      lead + 'Eleventy publishes it now: collections include future-dated posts unless the site filters them out.',
      lead + "Next.js publishes it now unless the site's code filters out future dates.",
      lead + 'Hugo and Jekyll leave it out until a build on or after that day; Astro, Eleventy and Next.js publish it now unless the site filters future dates.',
    ]);
    assert.equal(only(future).severity, 'information');
  });

  it('says nothing for drafts, unpublished posts and past dates', () => {
    assert.deepEqual(dateProblems('---\ntitle: A\ndate: 2026-12-12\ndraft: true\n---\n'), []);
    assert.deepEqual(dateProblems('---\ntitle: A\ndate: 2026-12-12\npublished: false\n---\n'), []);
    assert.deepEqual(dateProblems('---\ntitle: A\ndate: 2026-01-15\n---\n'), []);
  });

  it('compares the instant the build reads with now, and names the time when there is one', () => {
    const text = '---\ntitle: A\ndate: 2026-01-15T18:30:00+01:00\n---\n';
    assert.equal(only(text, { siteKind: 'astro' }).message,
      'Scheduled: this post is published but dated 15 January 2026, 18:30. Astro publishes it now: `getCollection()` returns future-dated entries unless the site filters them out.');
    assert.deepEqual(dateProblems(text, { now: new Date('2026-01-15T17:30:00Z') }), []);
  });

  it('goes by publishDate before date, as Hugo does, in TOML too', () => {
    const text = '+++\ntitle = "A"\ndate = 2025-01-01\npublishDate = 2026-03-01T09:00:00+09:00\n+++\n';
    const problem = only(text, { siteKind: 'hugo', timeZone: 'Asia/Tokyo' });
    assert.equal(text.slice(problem.start, problem.end), '2026-03-01T09:00:00+09:00');
    assert.match(problem.message, /^Scheduled: this post is published but dated 1 March 2026, 09:00\. Hugo leaves it out/);
    assert.deepEqual(dateProblems('+++\ntitle = "A"\ndate = 2027-01-01\npublishDate = 2025-01-01\n+++\n', { siteKind: 'hugo' }), []);
  });
});
