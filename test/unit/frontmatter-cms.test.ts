import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import type { PostSchema } from '../../src/core/schema/model';
import { readFrontMatterCmsConfig } from '../../src/core/schema/sources/frontmatter-cms';
import { expectedProblems, lineOf } from './helpers';

const SITE = join(__dirname, '..', 'fixtures', 'sites', 'fmc');

function site(path: string): string {
  return readFileSync(join(SITE, path), 'utf8');
}

function problemsOf(text: string, schema: PostSchema): string[] {
  const problems = validatePost({ post: parsePost(text), schema, today: '2024-03-15', expectFrontmatter: true });
  return problems.map((p) => `${lineOf(text, p.start)} ${p.code}`).sort();
}

/** A `frontmatter.json` with one page folder `posts` of the given content types. */
function config(contentTypes: unknown[], extra: Record<string, unknown> = {}, folder: Record<string, unknown> = {}): string {
  return JSON.stringify({
    'frontMatter.content.pageFolders': [{ title: 'posts', path: '[[workspace]]/content/posts', ...folder }],
    'frontMatter.taxonomy.contentTypes': contentTypes,
    ...extra,
  });
}

function onlySchema(text: string): PostSchema {
  const reading = readFrontMatterCmsConfig(text, 'frontmatter.json');
  assert.equal(reading.collections.length, 1, reading.problems.join('\n'));
  return reading.collections[0].schema;
}

describe('a Front Matter CMS frontmatter.json as the post schema', () => {
  const reading = readFrontMatterCmsConfig(site('frontmatter.json'), 'frontmatter.json');
  const blog = reading.collections.find((c) => c.name === 'blog')!;
  const notes = reading.collections.find((c) => c.name === 'notes')!;
  const field = (name: string) => blog.schema.fields.get(name);

  it('makes a collection of each page folder, with the content type FMC applies there', () => {
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.collections.map((c) => [c.name, c.folder, c.schema.source.label]), [
      ['blog', 'content/blog', 'Front Matter CMS content type `article`, frontmatter.json'],
      ['notes', 'content/notes', 'Front Matter CMS content type `default`, frontmatter.json'],
    ]);
    assert.deepEqual(blog.schema.source, { kind: 'frontmatter-cms', label: 'Front Matter CMS content type `article`, frontmatter.json', path: 'frontmatter.json' });
    assert.equal(blog.extensions, undefined);
    assert.equal(blog.mediaFolder, 'public');
    assert.equal(blog.publicFolder, '/');
  });

  it('maps the content type’s fields: types, labels, enums, defaults, required, date and draft keys', () => {
    assert.deepEqual([...blog.schema.fields.keys()], [
      'title', 'description', 'date', 'lastmod', 'category', 'level', 'cover', 'readingTime', 'draft', 'tags', 'slug',
    ]);
    assert.deepEqual(field('title')?.types, ['string']);
    assert.equal(field('title')?.label, 'Title');
    assert.deepEqual(field('date')?.types, ['date']);
    assert.deepEqual(field('lastmod')?.types, ['date']);
    assert.deepEqual(field('category')?.enum, ['news', 'tutorial', 'opinion']);
    assert.deepEqual(field('level')?.enum, ['intro', 'deep']);
    assert.equal(field('level')?.default, 'intro');
    assert.match(field('level')?.description ?? '', /`deep` \(Deep dive\)/);
    assert.equal(field('cover')?.format, 'image');
    assert.deepEqual(field('readingTime')?.types, ['number']);
    assert.equal(field('readingTime')?.minimum, 1);
    assert.deepEqual(field('draft')?.types, ['boolean']);
    assert.deepEqual(field('tags')?.types, ['array']);
    assert.deepEqual(field('tags')?.items?.types, ['string']);
    // `{{now}}` and `{{slug}}` are filled in by FMC when it creates a post: no literal default.
    assert.equal(field('date')?.default, undefined);
    assert.equal(field('slug')?.default, undefined);
    assert.equal(blog.schema.fields.has('seo'), false, 'a divider writes no key');
    assert.deepEqual(blog.schema.required, ['title', 'category']);
    assert.deepEqual(blog.schema.requiredOneOf, []);
    assert.equal(blog.schema.dateKey, 'date');
    assert.equal(blog.schema.draftKey, 'draft');
    assert.equal(blog.schema.allowUnknownKeys, true);
  });

  it('gives a folder without content types FMC’s built-in `default` type', () => {
    assert.deepEqual([...notes.schema.fields.keys()], ['title', 'description', 'date', 'preview', 'draft', 'tags', 'categories']);
    assert.equal(notes.schema.fields.get('preview')?.format, 'image');
    assert.deepEqual(notes.schema.fields.get('categories')?.items?.types, ['string']);
    assert.equal(notes.schema.dateKey, 'date');
    assert.equal(notes.schema.draftKey, 'draft');
  });

  it('uses the built-in `default` type when the settings define no content types at all', () => {
    const text = JSON.stringify({ 'frontMatter.content.pageFolders': [{ title: 'posts', path: '[[workspace]]/content/posts' }] });
    const schema = onlySchema(text);
    assert.equal(schema.source.label, 'Front Matter CMS content type `default`, frontmatter.json');
    assert.deepEqual([...schema.fields.keys()], ['title', 'description', 'date', 'preview', 'draft', 'tags', 'categories']);
    assert.deepEqual(schema.required, []);
  });

  it('drives the rules: a choice outside the list is reported, posts written by FMC are clean', () => {
    const planted = site('content/blog/2024-03-08-choosing-a-theme.md');
    assert.deepEqual(problemsOf(planted, blog.schema), expectedProblems(planted));
    const message = validatePost({ post: parsePost(planted), schema: blog.schema, today: '2024-03-15', expectFrontmatter: true })[0].message;
    assert.match(message, /did you mean `tutorial`\?/);
    assert.deepEqual(problemsOf(site('content/blog/2024-03-01-hello-front-matter.md'), blog.schema), []);
    assert.deepEqual(problemsOf(site('content/notes/2024-03-10-a-quick-note.md'), notes.schema), []);
  });

  it('reports a missing required field and a wrong type', () => {
    const text = '---\ntitle: Hi\ndate: yesterday\ndraft: "no"\n---\n';
    assert.deepEqual(problemsOf(text, blog.schema), ['1 missing-required', '3 invalid-date', '4 wrong-type']);
  });
});

describe('Front Matter CMS field types', () => {
  const types = (fields: unknown[], extra?: Record<string, unknown>) => onlySchema(config([{ name: 'default', fields }], extra)).fields;

  it('maps lists, multiple choices, images and files to arrays', () => {
    const fields = types([
      { name: 'aliases', type: 'list' },
      { name: 'topics', type: 'choice', choices: ['a', 'b'], multiple: true },
      { name: 'gallery', type: 'image', multiple: true },
      { name: 'attachments', type: 'file', multiple: true, fileExtensions: ['pdf'] },
      { name: 'download', type: 'file' },
      { name: 'series', type: 'taxonomy', taxonomyId: 'series', singleValueAsString: true },
    ]);
    assert.deepEqual(fields.get('aliases')?.items?.types, ['string']);
    assert.deepEqual(fields.get('topics')?.types, ['array']);
    assert.deepEqual(fields.get('topics')?.items?.enum, ['a', 'b']);
    assert.equal(fields.get('topics')?.enum, undefined);
    assert.equal(fields.get('gallery')?.items?.format, 'image');
    assert.deepEqual(fields.get('attachments')?.types, ['array']);
    assert.deepEqual(fields.get('download')?.types, ['string']);
    assert.deepEqual(fields.get('series')?.types, ['array', 'string']);
  });

  it('maps nested fields and blocks to objects, spreads a field collection, leaves custom fields unchecked', () => {
    const fields = types([
      { name: 'photo', type: 'fields', fields: [{ name: 'url', type: 'image' }] },
      { name: 'authors', type: 'block', fieldGroup: ['author'] },
      { name: 'general', type: 'fieldCollection', fieldGroup: 'seo' },
      { name: 'rating', type: 'customField', customType: 'stars' },
      { name: 'mystery', type: 'someday' },
      { name: 'author', type: 'dataFile', dataFileId: 'authors', dataFileKey: 'slug' },
    ], { 'frontMatter.taxonomy.fieldGroups': [{ id: 'seo', fields: [{ name: 'canonical', type: 'string' }, { name: 'noindex', type: 'boolean' }] }] });
    assert.deepEqual(fields.get('photo')?.types, ['object']);
    assert.deepEqual(fields.get('authors')?.types, ['array']);
    assert.deepEqual(fields.get('authors')?.items?.types, ['object']);
    assert.equal(fields.has('general'), false);
    assert.deepEqual(fields.get('canonical')?.types, ['string']);
    assert.deepEqual(fields.get('noindex')?.types, ['boolean']);
    assert.deepEqual(fields.get('rating')?.types, []);
    assert.deepEqual(fields.get('mystery')?.types, []);
    assert.deepEqual(fields.get('author')?.types, ['string']);
  });

  it('points a content relationship at the collection whose posts are of that type', () => {
    const text = JSON.stringify({
      'frontMatter.content.pageFolders': [
        { title: 'posts', path: '[[workspace]]/content/posts', contentTypes: ['post'] },
        { title: 'people', path: '[[workspace]]/content/people', contentTypes: ['person'] },
      ],
      'frontMatter.taxonomy.contentTypes': [
        { name: 'post', fields: [{ name: 'author', type: 'contentRelationship', contentTypeName: 'person', contentTypeValue: 'slug' }] },
        { name: 'person', fields: [{ name: 'name', type: 'string' }] },
      ],
    });
    const posts = readFrontMatterCmsConfig(text, 'frontmatter.json').collections[0];
    assert.deepEqual(posts.schema.fields.get('author')?.relation, { collection: 'people' });
    assert.deepEqual(posts.schema.fields.get('author')?.types, ['string']);
  });

  it('follows the draft field setting: a choice of statuses is an enum and no true/false draft key', () => {
    const schema = onlySchema(config([{ name: 'default', fields: [{ name: 'status', type: 'draft' }] }], {
      'frontMatter.content.draftField': { name: 'status', type: 'choice', choices: ['draft', 'in progress', 'published'] },
    }));
    assert.deepEqual(schema.fields.get('status')?.enum, ['draft', 'in progress', 'published']);
    assert.equal(schema.draftKey, undefined);
  });

  it('keeps dates in an ISO format as dates and treats other date formats as text', () => {
    const fields = types([
      { name: 'date', type: 'datetime', dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX" },
      { name: 'day', type: 'datetime', dateFormat: 'yyyy-MM-dd' },
      { name: 'shown', type: 'datetime', dateFormat: 'dd/MM/yyyy' },
    ]);
    assert.deepEqual(fields.get('date')?.types, ['date']);
    assert.deepEqual(fields.get('day')?.types, ['date']);
    assert.deepEqual(fields.get('shown')?.types, ['string']);
    assert.match(fields.get('shown')?.description ?? '', /dd\/MM\/yyyy/);
    assert.deepEqual(types([{ name: 'date', type: 'datetime' }], { 'frontMatter.taxonomy.dateFormat': 'MMM d, yyyy' }).get('date')?.types, ['string']);
  });

  it('takes the publish date as the date key, else a datetime named `date`', () => {
    const published = onlySchema(config([{ name: 'default', fields: [{ name: 'date', type: 'datetime' }, { name: 'pubDate', type: 'datetime', isPublishDate: true }] }]));
    assert.equal(published.dateKey, 'pubDate');
    const named = onlySchema(config([{ name: 'default', fields: [{ name: 'updated', type: 'datetime', isModifiedDate: true }, { name: 'date', type: 'datetime' }] }]));
    assert.equal(named.dateKey, 'date');
  });
});

describe('Front Matter CMS page folders and broken settings', () => {
  it('uses `default` for a folder that allows several content types, and says so in the label', () => {
    const schema = onlySchema(config([{ name: 'default', fields: [] }, { name: 'doc', fields: [] }, { name: 'note', fields: [] }], {}, { contentTypes: ['doc', 'note'] }));
    assert.equal(schema.source.label, 'Front Matter CMS content type `default` (posts may pick `doc`, `note` with `type`), frontmatter.json');
  });

  it('accepts comments and trailing commas, as FMC does, and reads supported file types', () => {
    const text = `{
      // registered by the setup wizard
      "frontMatter.content.supportedFileTypes": [".md", "mdx",],
      "frontMatter.content.pageFolders": [
        { "title": "docs", "path": "[[workspace]]/docs", /* all of it */ },
      ],
    }`;
    const reading = readFrontMatterCmsConfig(text, 'frontmatter.json');
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.collections.map((c) => [c.name, c.folder, c.extensions]), [['docs', 'docs', ['md', 'mdx']]]);
  });

  it('says what is wrong instead of throwing', () => {
    const problems = (text: string) => readFrontMatterCmsConfig(text, 'frontmatter.json').problems;
    assert.match(problems('{ "frontMatter.content.pageFolders": [ }')[0], /frontmatter\.json is not valid JSON/);
    assert.match(problems('[]')[0], /must contain a JSON object/);
    assert.match(problems('{}')[0], /registers no page folders/);
    assert.match(problems(config({} as unknown as unknown[]))[0], /contentTypes` in frontmatter\.json must be a list/);
    assert.match(problems(config([{ fields: [] }]))[0], /Every content type in frontmatter\.json needs a `name`/);
    assert.match(problems(config([{ name: 'default', fields: [{ title: 'No name', type: 'string' }] }]))[0], /Every field of content type `default`/);
    assert.match(problems(config([{ name: 'default', fields: [{ name: 'kind', type: 'choice' }] }]))[0], /choice field `kind` .* has no `choices`/);
    assert.match(problems(config([{ name: 'default', fields: [{ name: 'g', type: 'fieldCollection', fieldGroup: 'nope' }] }]))[0], /field group `nope`/);
    assert.match(problems(config([], {}, { contentTypes: ['blog'] }))[0], /content type `blog`, which .* does not define/);
    assert.deepEqual(readFrontMatterCmsConfig(config([], {}, { contentTypes: ['blog'] }), 'frontmatter.json').collections[0].schema.fields.has('preview'), true);
  });

  it('skips page folders that name no single workspace folder', () => {
    const text = JSON.stringify({
      'frontMatter.content.pageFolders': [
        { title: 'glob', path: '[[workspace]]/content/**/docs' },
        { title: 'absolute', path: '/home/me/site/content' },
        { title: 'outside', path: '[[workspace]]/../elsewhere' },
        { title: 'pathless' },
        null,
        { path: '[[workspace]]\\content\\blog\\' },
      ],
    });
    const reading = readFrontMatterCmsConfig(text, 'frontmatter.json');
    assert.deepEqual(reading.collections.map((c) => [c.name, c.folder]), [['blog', 'content/blog']]);
    assert.equal(reading.problems.length, 5);
    assert.match(reading.problems[0], /`glob` .* glob pattern/);
    assert.match(reading.problems[1], /`absolute` .* absolute path/);
    assert.match(reading.problems[2], /`outside` .* outside the workspace/);
    assert.match(reading.problems[3], /`pathless` .* no `path`/);
  });
});
