import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { draftConventionOf } from '../../src/core/posts/draft-convention';
import { dateStyleOf, formatDate } from '../../src/core/posts/date-style';
import { writtenDateOf } from '../../src/core/posts/post-date';
import { postState } from '../../src/core/posts/post-state';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import type { PostSchema } from '../../src/core/schema/model';
import type { SiteKind } from '../../src/core/site/detect-site';

const NOW = new Date('2025-03-10T15:00:00Z');

function stateOf(text: string, options: { path?: string; siteKind?: SiteKind; schema?: PostSchema; timeZone?: string } = {}) {
  const post = parsePost(text);
  const schema = options.schema ?? BUILTIN_SCHEMA;
  const postPath = options.path ?? 'content/posts/a.md';
  const convention = draftConventionOf({ siteKind: options.siteKind ?? 'generic', schema, postPath, data: post.data });
  const { state, date } = postState({ post, schema, convention, postPath, now: NOW, timeZone: options.timeZone });
  return { state, date: date?.toISOString() };
}

describe('post state', () => {
  it('is a draft when the flag says so, whatever the date', () => {
    assert.deepEqual(stateOf('---\ndraft: true\ndate: 2099-01-01\n---\n'), { state: 'draft', date: '2099-01-01T00:00:00.000Z' });
    assert.equal(stateOf('+++\ndraft = true\n+++\n').state, 'draft');
    assert.equal(stateOf('{\n  "draft": "true"\n}\n').state, 'draft');
    assert.equal(stateOf('---\npublished: false\n---\n', { siteKind: 'eleventy' }).state, 'draft');
    assert.equal(stateOf('---\npublished: true\ndraft: false\n---\n').state, 'published');
  });

  it('is a draft in Jekyll’s _drafts folder, and dated by the file name in _posts', () => {
    assert.equal(stateOf('---\ntitle: A\n---\n', { siteKind: 'jekyll', path: '_drafts/a.md' }).state, 'draft');
    assert.deepEqual(stateOf('---\ntitle: A\n---\n', { siteKind: 'jekyll', path: '_posts/2099-01-02-a.md' }), { state: 'scheduled', date: '2099-01-02T00:00:00.000Z' });
    assert.deepEqual(stateOf('---\ntitle: A\n---\n', { siteKind: 'jekyll', path: '_posts/2025-01-02-a.md' }), { state: 'published', date: '2025-01-02T00:00:00.000Z' });
    assert.deepEqual(stateOf('---\npublished: true\n---\n', { siteKind: 'jekyll', path: '_posts/2099-01-02-a.md' }), { state: 'scheduled', date: '2099-01-02T00:00:00.000Z' });
  });

  it('is scheduled while the date is after now, comparing instants', () => {
    assert.equal(stateOf('---\ndate: 2025-03-10T16:00:00Z\n---\n').state, 'scheduled');
    assert.equal(stateOf('---\ndate: 2025-03-10T14:59:59Z\n---\n').state, 'published');
    // 11:30 in New York is 15:30 UTC: after now.
    assert.equal(stateOf('---\ndate: 2025-03-10T11:30:00\n---\n', { timeZone: 'America/New_York' }).state, 'scheduled');
    assert.equal(stateOf('---\ndate: 2025-03-10T11:30:00\n---\n', { timeZone: 'UTC' }).state, 'published');
    // Midnight of 11 March in Kolkata is 18:30 UTC on the 10th.
    assert.equal(stateOf('---\ndate: 2025-03-11\n---\n', { timeZone: 'Asia/Kolkata' }).state, 'scheduled');
    assert.equal(stateOf('+++\ndate = 2025-03-10T15:00:00Z\n+++\n').state, 'published');
  });

  it('goes by the schema’s date key, else the first common one the post has', () => {
    const schema: PostSchema = { ...BUILTIN_SCHEMA, dateKey: 'publishDate' };
    assert.deepEqual(stateOf('---\ndate: 2020-01-01\npublishDate: 2099-01-01\n---\n', { schema }), { state: 'scheduled', date: '2099-01-01T00:00:00.000Z' });
    assert.deepEqual(stateOf('---\npubDate: 2099-01-01\n---\n'), { state: 'scheduled', date: '2099-01-01T00:00:00.000Z' });
    assert.deepEqual(stateOf('---\ntitle: A\n---\n'), { state: 'published', date: undefined });
    assert.deepEqual(stateOf('---\ndate: someday\n---\n'), { state: 'published', date: undefined });
  });
});

describe('the dates other posts are written with', () => {
  it('gives each post’s date as written, quotes included, for the site’s style', () => {
    const posts = ["---\ndate: '2025-01-02'\n---\n", '+++\ndate = 2025-01-02T10:00:00+01:00\n+++\n', "---\npubDate: '2025-02-03'\n---\n", '---\ntitle: A\n---\n', '---\ndate:\n---\n'];
    const written = posts.map((text) => writtenDateOf(parsePost(text), BUILTIN_SCHEMA));
    assert.deepEqual(written, ["'2025-01-02'", '2025-01-02T10:00:00+01:00', "'2025-02-03'", undefined, undefined]);
    assert.equal(formatDate(NOW, dateStyleOf(written), 'UTC'), '2025-03-10');
    assert.equal(dateStyleOf(written).quote, "'");
  });
});

describe('draft conventions', () => {
  const of = (siteKind: SiteKind, postPath: string, data: Record<string, unknown> = {}, schema: PostSchema = BUILTIN_SCHEMA) =>
    draftConventionOf({ siteKind, schema, postPath, data });
  const decap = (draftKey: string): PostSchema => ({ ...BUILTIN_SCHEMA, source: { kind: 'decap', label: 'Decap' }, draftKey });

  it('uses Jekyll’s folders for _posts and _drafts, and `published` elsewhere in Jekyll', () => {
    assert.deepEqual(of('jekyll', '_posts/2025-01-02-a.md'), { kind: 'folder' });
    assert.deepEqual(of('jekyll', 'blog/_drafts/a.md', { published: false }), { kind: 'folder' });
    assert.deepEqual(of('jekyll', '_posts/2025-01-02-a.md', { published: false }), { kind: 'flag', key: 'published' });
    assert.deepEqual(of('jekyll', '_posts/2025-01-02-a.md', {}, decap('published')), { kind: 'flag', key: 'published' });
    assert.deepEqual(of('jekyll', '_articles/a.md'), { kind: 'flag', key: 'published' });
  });

  it('keeps the flag a post already has, then the site schema’s, then `draft`', () => {
    assert.deepEqual(of('astro', 'src/content/blog/a.md', { published: true }), { kind: 'flag', key: 'published' });
    assert.deepEqual(of('eleventy', 'posts/a.md', { draft: false }), { kind: 'flag', key: 'draft' });
    assert.deepEqual(of('astro', 'src/content/blog/a.md', {}, decap('published')), { kind: 'flag', key: 'published' });
    assert.deepEqual(of('hugo', 'content/posts/a.md'), { kind: 'flag', key: 'draft' });
    assert.deepEqual(of('generic', '_drafts/a.md'), { kind: 'flag', key: 'draft' });
  });
});
