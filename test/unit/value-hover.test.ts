import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { valueHover, type ValueHoverContext } from '../../src/core/hover/value-hover';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { caret } from './helpers';

function hover(marked: string, context: ValueHoverContext = {}): { text: string; hovered: string; contents: string } | undefined {
  const { text, offset } = caret(marked);
  const result = valueHover(parsePost(text), offset, BUILTIN_SCHEMA, context);
  return result && { text, hovered: text.slice(result.start, result.end), contents: result.contents };
}

describe('hover on a frontmatter value', () => {
  it('gives the type and the normalised value the build reads', () => {
    assert.equal(hover('---\ndraft: tr|ue\n---\n')!.contents, '**boolean** `true`');
    assert.equal(hover('---\nreadTime: 1.1|0\n---\n')!.contents, '**number** `1.1`');
    assert.equal(hover('---\nweight: 0x1|F\n---\n')!.contents, '**number** `31`');
    assert.equal(hover('---\ntitle: "Hello, |world"\n---\n')!.contents, '**text** `"Hello, world"`');
    assert.equal(hover('---\ncover: {src: a.png, al|t: A}\n---\n')!.contents, '**object** with keys `src`, `alt`');
  });

  it('says how YAML 1.1 and 1.2 readers differ on yes and no', () => {
    assert.deepEqual(hover('---\nfeatured: N|O\n---\n', { siteKind: 'astro' })!.contents.split('\n'), [
      '**text** `"NO"`', '', '_YAML 1.2 readers keep `NO` as text; YAML 1.1 readers (Jekyll) take it as `false`._',
    ]);
    assert.deepEqual(hover('---\nfeatured: N|O\n---\n', { siteKind: 'jekyll' })!.contents.split('\n'), [
      '**boolean** `false`', '', "_Jekyll's YAML 1.1 reader takes `NO` as `false`._",
    ]);
    assert.equal(hover('---\nfeatured: "N|O"\n---\n', { siteKind: 'jekyll' })!.contents, '**text** `"NO"`');
  });

  it('gives a date the exact instant and the author\'s clock, and why when no offset was written', () => {
    const result = hover('---\ndate: 2025-09-0|2\n---\n', { siteKind: 'astro', timeZone: 'America/New_York' })!;
    assert.equal(result.hovered, '2025-09-02');
    assert.deepEqual(result.contents.split('\n'), [
      '**date** `2025-09-02T00:00:00Z`', '', '1 September 2025, 20:00 in America/New_York (UTC-04:00)', '',
      '_No offset written: js-yaml reads a date without a time as UTC._',
    ]);
  });

  it('reads a TOML offset date-time exactly, in Tokyo', () => {
    const result = hover('+++\ntitle = "A"\ndate = 2025-08-14T10:|00:00+02:00\n+++\n', { siteKind: 'hugo', timeZone: 'Asia/Tokyo' })!;
    assert.deepEqual(result.contents.split('\n'), ['**date** `2025-08-14T08:00:00Z`', '', '14 August 2025, 17:00 in Asia/Tokyo (UTC+09:00)']);
  });

  it('reads a TOML local date in the Hugo site\'s zone, UTC by default', () => {
    const result = hover('+++\nlastmod = 2025-08-2|0\n+++\n', { siteKind: 'hugo' })!;
    assert.deepEqual(result.contents.split('\n'), [
      '**date** `2025-08-20T00:00:00Z`', '', '20 August 2025, 00:00 in UTC', '',
      "_No offset written: Hugo reads a date without a time in the site's `timeZone`, UTC unless the site config sets one._",
    ]);
  });

  it('reads quoted text in a date field as the build\'s date handling does', () => {
    const result = hover('---\npubDate: "2025-09-02T10:|00"\n---\n', { siteKind: 'astro', timeZone: 'UTC' })!;
    assert.equal(result.hovered, '"2025-09-02T10:00"');
    assert.deepEqual(result.contents.split('\n'), [
      '**date** `2025-09-02T10:00:00Z`', '', '2 September 2025, 10:00 in UTC', '',
      "_No offset written: JavaScript's `Date` reads a date-time without an offset in the build machine's zone, UTC on most CI._",
    ]);
  });

  it('shows that js-yaml makes a date of a bare date in a text field, which Hugo does not', () => {
    assert.match(hover('---\nslug: 2025-10-0|1\n---\n', { siteKind: 'eleventy' })!.contents, /^\*\*date\*\* `2025-10-01T00:00:00Z`/);
    assert.equal(hover('---\nslug: 2025-10-0|1\n---\n', { siteKind: 'hugo' })!.contents, '**text** `"2025-10-01"`');
    assert.equal(hover('---\ndate: "Sep |2, 2025"\n---\n')!.contents, '**text** `"Sep 2, 2025"`');
  });

  it('hovers the list item under the cursor', () => {
    const result = hover('---\ntags: [news, 4|2]\n---\n')!;
    assert.equal(result.hovered, '42');
    assert.equal(result.contents, '**number** `42`');
    assert.equal(hover('---\ntags: [news, 42|]\n---\n')!.hovered, '42');
  });

  it('says nothing over keys and empty values', () => {
    assert.equal(hover('---\nda|te: 2025-09-02\n---\n'), undefined);
    assert.equal(hover('---\ndraft:|\n---\n'), undefined);
  });
});
