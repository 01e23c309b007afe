import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { cleanSegment } from '../../src/core/posts/decap-slug';
import { DEFAULT_DATE_STYLE, styleOfWritten } from '../../src/core/posts/date-style';
import { planNewPost, type NewPostPlanInput } from '../../src/core/posts/new-post-plan';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import type { PostSchema } from '../../src/core/schema/model';
import { readDecapConfig } from '../../src/core/schema/sources/decap';
import { readHugoArchetypes } from '../../src/core/schema/sources/hugo-archetypes';
import type { Collection } from '../../src/core/site/collection';

const SITES = join(__dirname, '..', 'fixtures', 'sites');
const site = (...path: string[]) => readFileSync(join(SITES, ...path), 'utf8');
/** 19:30 in New York (summer time since 9 March), 01:00 the next day in Kolkata. */
const NOW = new Date('2025-03-10T23:30:00Z');

function plan(input: Partial<NewPostPlanInput> & Pick<NewPostPlanInput, 'title' | 'folder'>) {
  const result = planNewPost({
    siteKind: 'generic', schema: input.collection?.schema ?? BUILTIN_SCHEMA, otherPostPaths: [], now: NOW,
    timeZone: 'America/New_York', dateStyle: DEFAULT_DATE_STYLE, ...input,
  });
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('planning a new post: Decap CMS slug templates', () => {
  const blog = readDecapConfig(site('decap', 'public', 'admin', 'config.yml'), 'public/admin/config.yml').collections.find((c) => c.name === 'blog')!;
  const title = 'Über Straße & Café — 2025';

  it('names the file by the collection’s template, cleaned as Decap cleans it, and writes the schema’s keys', () => {
    const post = plan({ title, folder: blog.folder, collection: blog, siteKind: 'astro' });
    assert.equal(post.path, 'src/content/blog/2025-03-10-über-straße-café-—-2025.md');
    assert.equal(post.text, [
      '---', `title: ${title}`, 'description: ""', 'pubDate: 2025-03-10', 'draft: true', 'category: news', 'tags: []', 'author: ""', 'layout: post', '---', '', '',
    ].join('\n'));
  });

  it('follows the site’s slug options: ASCII without accents', () => {
    const post = plan({ title, folder: blog.folder, collection: blog, decapSlug: { encoding: 'ascii', cleanAccents: true } });
    assert.equal(post.path, 'src/content/blog/2025-03-10-uber-strasse-cafe-2025.md');
  });

  it('dates the name in UTC from the date the post is given, as Decap reads it back', () => {
    // In Kolkata it is already 11 March: the post says so, and Decap reads that day's midnight, 10 March in UTC.
    const post = plan({ title: 'Hello', folder: blog.folder, collection: blog, timeZone: 'Asia/Kolkata' });
    assert.equal(post.path, 'src/content/blog/2025-03-10-hello.md');
    assert.match(post.text, /^pubDate: 2025-03-11$/m);
  });

  it('fills fields, the title and the time of day; refuses what it cannot fill', () => {
    const custom: Collection = { ...blog, slugTemplate: '{{fields.category}}_{{ title }}-{{hour}}{{minute}}{{second}}' };
    const dateTime = styleOfWritten('2025-01-02T10:00:00.000Z')!;
    assert.equal(plan({ title: "It's v1.2", folder: 'posts', collection: custom, dateStyle: dateTime }).path, 'posts/news_its-v1-2-233000.md');
    const result = planNewPost({
      title: 'Hello', folder: 'posts', collection: { ...blog, slugTemplate: '{{uuid}}' }, siteKind: 'generic', schema: blog.schema,
      otherPostPaths: [], now: NOW, timeZone: 'UTC', dateStyle: DEFAULT_DATE_STYLE,
    });
    assert.ok('error' in result && result.error.includes('{{uuid}}'), JSON.stringify(result));
  });

  it('cleans each value alone as Decap does', () => {
    assert.equal(cleanSegment("  Don't.Stop / now?  "), 'dont-stop-now');
    assert.equal(cleanSegment('日本語 タイトル'), '日本語-タイトル');
    assert.equal(cleanSegment('日本語', { encoding: 'ascii' }), '');
    assert.equal(cleanSegment('a b', { replacement: '_' }), 'a_b');
  });
});

describe('planning a new post: Jekyll, bundles, formats', () => {
  const jekyllStyle = styleOfWritten('2025-01-02 10:00:00 -0500')!;

  it('puts a new Jekyll post in _drafts without a date in its name, dated in the site’s style', () => {
    const post = plan({ title: 'My Post', folder: '_posts', siteKind: 'jekyll', dateStyle: jekyllStyle });
    assert.equal(post.path, '_drafts/my-post.md');
    assert.equal(post.text, '---\ntitle: My Post\ndescription: ""\ndate: 2025-03-10 19:30:00 -0400\ntags: []\n---\n\n');
    assert.equal(plan({ title: 'My Post', folder: 'blog/_drafts', siteKind: 'jekyll' }).path, 'blog/_drafts/my-post.md');
  });

  it('names it _posts/YYYY-MM-DD-slug.md where the site marks drafts with `published: false`', () => {
    const schema: PostSchema = { ...BUILTIN_SCHEMA, source: { kind: 'decap', label: 'Decap' }, draftKey: 'published' };
    const post = plan({ title: 'My Post', folder: '_posts', siteKind: 'jekyll', schema, eol: '\r\n' });
    assert.equal(post.path, '_posts/2025-03-10-my-post.md');
    assert.equal(post.text, '---\r\ntitle: My Post\r\ndescription: ""\r\ndate: 2025-03-10\r\npublished: false\r\ntags: []\r\n---\r\n\r\n');
  });

  it('makes a page bundle when most of the folder’s posts are bundles', () => {
    const bundles = ['content/blog/a/index.md', 'content/blog/b/index.mdx', 'content/blog/c.md', 'content/blog/_index.md'];
    assert.equal(plan({ title: 'My Post', folder: 'content/blog/', otherPostPaths: bundles }).path, 'content/blog/my-post/index.md');
    const flat = ['content/blog/a/index.md', 'content/blog/b.mdx', 'content/blog/c.mdx'];
    assert.equal(plan({ title: 'My Post', folder: 'content/blog', otherPostPaths: flat }).path, 'content/blog/my-post.mdx');
    assert.equal(plan({ title: 'My Post', folder: 'content/blog', otherPostPaths: ['a/index.mdx', 'b/index.mdx'] }).path, 'content/blog/my-post/index.mdx');
  });

  it('writes TOML frontmatter when asked', () => {
    const post = plan({ title: 'My "Post"', folder: 'content/posts', frontmatterFormat: 'toml', dateStyle: { ...DEFAULT_DATE_STYLE, quote: "'" } });
    assert.equal(post.text, "+++\ntitle = \"My \\\"Post\\\"\"\ndescription = \"\"\ndate = '2025-03-10'\ndraft = true\ntags = []\n+++\n\n");
    assert.deepEqual(parsePost(post.text).syntaxProblems, []);
  });

  it('refuses an empty title, a title without letters, and an unknown zone', () => {
    const base = { folder: 'posts', siteKind: 'generic' as const, schema: BUILTIN_SCHEMA, otherPostPaths: [], now: NOW, dateStyle: DEFAULT_DATE_STYLE };
    assert.ok('error' in planNewPost({ ...base, title: '  ', timeZone: 'UTC' }));
    assert.ok('error' in planNewPost({ ...base, title: '...', timeZone: 'UTC' }));
    assert.ok('error' in planNewPost({ ...base, title: 'A', timeZone: 'Mars/Olympus' }));
  });
});

describe('planning a new post: Hugo archetypes', () => {
  const reading = readHugoArchetypes(['archetypes/default.md', 'archetypes/posts.md'].map((path) => ({ path, text: site('hugo', path) })));
  const posts = reading.collections.find((c) => c.name === 'posts')!;
  const fallback = reading.collections.find((c) => c.name === 'default')!;

  it('fills the section’s archetype: the title escaped in its quotes, the date bare with its offset, the rest as written', () => {
    const post = plan({ title: 'Don\'t "Panic": A Guide', folder: posts.folder, collection: posts, siteKind: 'hugo', timeZone: 'Europe/Berlin' });
    assert.equal(post.path, 'content/posts/dont-panic-a-guide.md');
    assert.equal(post.text, [
      '+++', 'title = "Don\'t \\"Panic\\": A Guide"', 'date = 2025-03-11T00:30:00+01:00', 'draft = true', 'description = ""', 'tags = []',
      'categories = ["notes"]', 'images = []', 'weight = 0', '+++', '', 'Write the post here.', '',
    ].join('\n'));
    assert.equal(post.unfilled, undefined);
    assert.equal(parsePost(post.text).data.title, 'Don\'t "Panic": A Guide');
  });

  it('keeps the default archetype’s single quotes, and makes a basic string only where the title has an apostrophe', () => {
    const plain = plan({ title: 'Hello World', folder: fallback.folder, collection: fallback, siteKind: 'hugo', timeZone: 'UTC' });
    assert.equal(plain.text, "+++\ndate = '2025-03-10T23:30:00Z'\ndraft = true\ntitle = 'Hello World'\n+++\n");
    const apostrophe = plan({ title: "It's Here", folder: fallback.folder, collection: fallback, siteKind: 'hugo', timeZone: 'UTC' });
    assert.equal(apostrophe.text, "+++\ndate = '2025-03-10T23:30:00Z'\ndraft = true\ntitle = \"It's Here\"\n+++\n");
    assert.deepEqual(parsePost(apostrophe.text).syntaxProblems, []);
  });

  it('makes a bundle from a bundle archetype', () => {
    const bundle = readHugoArchetypes([{ path: 'archetypes/posts/index.md', text: site('hugo', 'archetypes/posts.md') }]).collections[0];
    assert.equal(plan({ title: 'My Post', folder: bundle.folder, collection: bundle, siteKind: 'hugo' }).path, 'content/posts/my-post/index.md');
  });

  it('fills YAML archetypes: date layouts, the name, the section, and leaves what it cannot know empty', () => {
    const text = [
      '---',
      'title: \'{{ replace .File.ContentBaseName "-" " " | title }}\'',
      'date: {{ .Date }}',
      'day: {{ .Date | dateFormat "2006-01-02" }}',
      'slug: {{ .Name }}',
      'author: "{{ .Site.Params.author }}"',
      'section: {{ .Section }}',
      'draft: true',
      '---',
      '{{ .Name }} is about {{ .Title }}. {{< figure src="x.png" >}}',
      '',
    ].join('\n');
    const collection = readHugoArchetypes([{ path: 'archetypes/posts.md', text }]).collections[0];
    const post = plan({ title: "It's a Test", folder: collection.folder, collection, siteKind: 'hugo', timeZone: 'Asia/Kolkata' });
    assert.equal(post.text, [
      '---',
      "title: 'It''s a Test'",
      'date: 2025-03-11T05:00:00+05:30',
      'day: 2025-03-11',
      'slug: its-a-test',
      'author: ""',
      'section: posts',
      'draft: true',
      '---',
      'its-a-test is about It\'s a Test. {{< figure src="x.png" >}}',
      '',
    ].join('\n'));
    assert.deepEqual(post.unfilled, ['{{ .Site.Params.author }}']);
    assert.deepEqual(parsePost(post.text).syntaxProblems, []);
  });
});
