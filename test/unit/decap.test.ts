import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import type { PostSchema } from '../../src/core/schema/model';
import { readDecapConfig } from '../../src/core/schema/sources/decap';
import { expectedProblems, lineOf } from './helpers';

const SITE = join(__dirname, '..', 'fixtures', 'sites', 'decap');
const CONFIG = 'public/admin/config.yml';

function site(path: string): string {
  return readFileSync(join(SITE, path), 'utf8');
}

function problemsOf(text: string, schema: PostSchema): string[] {
  const problems = validatePost({ post: parsePost(text), schema, today: '2025-06-01', expectFrontmatter: true });
  return problems.map((p) => `${lineOf(text, p.start)} ${p.code}`).sort();
}

describe('a Decap CMS config as the post schema', () => {
  const reading = readDecapConfig(site(CONFIG), CONFIG);
  const blog = reading.collections.find((c) => c.name === 'blog')!;
  const authors = reading.collections.find((c) => c.name === 'authors')!;
  const field = (name: string) => blog.schema.fields.get(name);

  it('reads the folder collections and leaves out the file collection', () => {
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.collections.map((c) => [c.name, c.folder, c.extensions]), [
      ['blog', 'src/content/blog', ['md']],
      ['authors', 'src/content/authors', ['md']],
    ]);
    assert.equal(blog.slugTemplate, '{{year}}-{{month}}-{{day}}-{{slug}}');
    assert.equal(authors.slugTemplate, '{{slug}}');
  });

  it('resolves media folders: site-wide, and a collection’s own relative to its folder', () => {
    assert.equal(reading.mediaFolder, 'public/images/uploads');
    assert.equal(reading.publicFolder, '/images/uploads');
    assert.equal(blog.mediaFolder, 'src/assets/blog');
    assert.equal(blog.publicFolder, '../../assets/blog');
    assert.equal(authors.mediaFolder, 'public/images/uploads');
    assert.equal(authors.publicFolder, '/images/uploads');
  });

  it('names the source and knows the date and draft keys', () => {
    assert.deepEqual(blog.schema.source, { kind: 'decap', label: 'Decap collection `blog`, public/admin/config.yml', path: CONFIG });
    assert.equal(blog.schema.allowUnknownKeys, false);
    assert.equal(blog.schema.dateKey, 'pubDate');
    assert.equal(blog.schema.draftKey, 'draft');
    assert.equal(authors.schema.dateKey, undefined);
    assert.equal(authors.schema.draftKey, undefined);
  });

  it('requires every field but those with `required: false`, and leaves the body out', () => {
    assert.deepEqual(blog.schema.required, ['title', 'description', 'pubDate', 'category', 'author']);
    assert.equal(field('body'), undefined);
    assert.deepEqual([...authors.schema.fields.keys()], ['name', 'avatar', 'website']);
  });

  it('maps widgets to types', () => {
    assert.deepEqual(field('title')?.types, ['string']);
    assert.equal(field('title')?.pattern, '.{10,}');
    assert.equal(field('description')?.description, 'One or two sentences for search results and social cards.');
    assert.equal(field('title')?.description, 'The Decap `string` field “Title”.');
    assert.equal(field('title')?.label, 'Title');
    assert.deepEqual([field('pubDate')?.types, field('pubDate')?.format], [['date'], undefined]);
    assert.deepEqual([field('updatedDate')?.types, field('updatedDate')?.format], [['date'], 'date-time']);
    assert.deepEqual([field('draft')?.types, field('draft')?.default], [['boolean'], false]);
    assert.deepEqual([field('heroImage')?.types, field('heroImage')?.format], [['string'], 'image']);
    assert.deepEqual(field('readingTime'), {
      name: 'readingTime', label: 'Reading Time', description: 'Minutes.', types: ['integer'],
      default: undefined, minimum: 1, maximum: 120, pattern: undefined,
    });
    assert.deepEqual(field('seo')?.types, ['object']);
    assert.deepEqual([field('layout')?.types, field('layout')?.default], [['string'], 'post']);
  });

  it('reads select options, plain or labelled, and multiple selects as lists', () => {
    assert.deepEqual([field('category')?.enum, field('category')?.default], [['news', 'tutorial', 'release'], 'news']);
    assert.deepEqual(field('level')?.enum, ['beginner', 'advanced']);
    assert.deepEqual(field('platforms')?.types, ['array']);
    assert.deepEqual(field('platforms')?.items?.enum, ['web', 'ios', 'android']);
  });

  it('reads lists: a bare list holds text, a list of fields holds objects', () => {
    assert.deepEqual([field('tags')?.types, field('tags')?.items?.types, field('tags')?.default], [['array'], ['string'], []]);
    assert.deepEqual(field('links')?.items?.types, ['object']);
  });

  it('reads a relation with the collection it points to', () => {
    assert.deepEqual(field('author')?.types, ['string']);
    assert.deepEqual(field('author')?.relation, { collection: 'authors' });
  });

  it('drives the rules: the hand-edited post shows its planted mistakes, the others none', () => {
    for (const name of ['2025-03-14-hello-decap.md', '2025-04-02-relations-in-decap.md']) {
      assert.deepEqual(problemsOf(site(`src/content/blog/${name}`), blog.schema), [], name);
    }
    const text = site('src/content/blog/2025-05-20-edited-by-hand.md');
    assert.deepEqual(problemsOf(text, blog.schema), expectedProblems(text));
    const messages = validatePost({ post: parsePost(text), schema: blog.schema, today: '2025-06-01', expectFrontmatter: true }).map((p) => p.message);
    assert.ok(messages.some((m) => /`descripton`: did you mean `description`\?/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /did you mean `tutorial`\?/.test(m)), messages.join('\n'));
    for (const name of ['ada-lovelace.md', 'grace-hopper.md']) {
      assert.deepEqual(problemsOf(site(`src/content/authors/${name}`), authors.schema), [], name);
    }
  });
});

describe('Decap field details', () => {
  function fieldOf(yaml: string) {
    const text = `media_folder: static/img\ncollections:\n  - name: posts\n    folder: ./content/posts/\n    fields:\n${yaml.replace(/^/gm, '      ')}\n`;
    const reading = readDecapConfig(text, 'static/admin/config.yml');
    assert.deepEqual(reading.problems, []);
    return [...reading.collections[0].schema.fields.values()][0];
  }

  it('tells ISO datetimes from custom storage formats and times of day', () => {
    assert.deepEqual(fieldOf('- { name: d, widget: datetime }').types, ['date']);
    assert.equal(fieldOf('- { name: d, widget: datetime }').format, 'date-time');
    assert.equal(fieldOf('- { name: d, widget: datetime, time_format: false }').format, undefined);
    assert.deepEqual(fieldOf('- { name: d, widget: datetime, format: "YYYY-MM-DD" }').types, ['date']);
    assert.deepEqual(fieldOf('- { name: d, widget: datetime, format: "LLL" }').types, ['string']);
    assert.deepEqual(fieldOf('- { name: d, widget: datetime, date_format: "DD.MM.YYYY", time_format: false }').types, ['string']);
    assert.deepEqual(fieldOf('- { name: d, widget: datetime, date_format: false, time_format: "HH:mm" }').types, ['string']);
    assert.deepEqual(fieldOf('- { name: d, widget: date }').types, ['date']);
    assert.equal(fieldOf('- { name: d, widget: datetime, default: "{{now}}" }').default, undefined);
  });

  it('keeps numbers saved as text unless `value_type` says otherwise', () => {
    assert.deepEqual(fieldOf('- { name: n, widget: number }').types, ['number', 'string']);
    assert.deepEqual(fieldOf('- { name: n, widget: number, value_type: float }').types, ['number']);
  });

  it('reads list items from `field` and `types`, and multiple relations as lists', () => {
    const list = fieldOf('- { name: l, widget: list, field: { name: tag, widget: select, options: [a, b] } }');
    assert.deepEqual([list.types, list.items?.types, list.items?.enum], [['array'], ['string'], ['a', 'b']]);
    assert.deepEqual(fieldOf('- { name: l, widget: list, types: [{ name: quote, fields: [] }] }').items?.types, ['object']);
    const related = fieldOf('- { name: r, widget: relation, collection: posts, multiple: true }');
    assert.deepEqual([related.types, related.items?.relation], [['array'], { collection: 'posts' }]);
  });

  it('defaults to the string widget, accepts anything from a custom one, and types hidden fields by their default', () => {
    assert.deepEqual(fieldOf('- { name: s }').types, ['string']);
    assert.deepEqual(fieldOf('- { name: c, widget: my-color-picker }').types, []);
    assert.deepEqual(fieldOf('- { name: h, widget: hidden, default: 3 }').types, ['integer']);
    assert.deepEqual(fieldOf('- { name: h, widget: hidden }').types, []);
    assert.deepEqual(fieldOf('- { name: c, widget: code }').types, ['object']);
    assert.deepEqual(fieldOf('- { name: c, widget: code, output_code_only: true }').types, ['string']);
  });

  it('trims the folder, takes extension and format, and resolves absolute and templated media folders', () => {
    const text = [
      'media_folder: static/img',
      'collections:',
      '  - { name: a, folder: ./content/a/, extension: .markdown, fields: [{ name: title }] }',
      '  - { name: b, folder: data/b, format: yml, fields: [{ name: title }, { name: body }] }',
      '  - { name: c, folder: content/c, media_folder: /static/c, fields: [{ name: title }] }',
      '  - { name: d, folder: content/d, path: "{{slug}}/index", fields: [{ name: title }] }',
      '  - { name: e, folder: content/e, media_folder: "/{{media_folder}}/e", public_folder: "{{public_folder}}/e", fields: [{ name: title }] }',
    ].join('\n');
    const reading = readDecapConfig(text, 'static/admin/config.yml');
    assert.deepEqual(reading.problems, []);
    const [a, b, c, d, e] = reading.collections;
    assert.deepEqual([a.folder, a.extensions], ['content/a', ['markdown']]);
    assert.deepEqual([b.extensions, [...b.schema.fields.keys()]], [['yml'], ['title', 'body']]);
    assert.deepEqual([c.mediaFolder, c.publicFolder], ['static/c', '/static/c']);
    assert.deepEqual([d.mediaFolder, d.publicFolder], ['content/d/{{slug}}', '']);
    assert.deepEqual([e.mediaFolder, e.publicFolder], ['static/img/e', '/static/img/e']);
    assert.equal(reading.publicFolder, '/static/img');
  });
});

describe('a Decap config that cannot be read whole', () => {
  const read = (text: string) => readDecapConfig(text, 'public/admin/config.yml');

  it('says where the YAML is broken, and nothing that follows from it', () => {
    const { collections, problems } = read('media_folder: img\ncollections:\n  - name: blog\n    folder: src/content/blog\n    fields: [{ name: title }\n');
    assert.deepEqual(problems.map((p) => p.replace(/line \d+: .+\. Decap/, 'line N: … Decap')), [
      'public/admin/config.yml is not valid YAML at line N: … Decap CMS will not load until this is fixed.',
    ]);
    assert.match(problems[0], /at line 6: /);
    // What could be read still serves while the config is being typed.
    assert.deepEqual(collections.map((c) => c.folder), ['src/content/blog']);
  });

  it('reports collections and fields it cannot use, and keeps what it can', () => {
    const { collections, problems } = read([
      'media_folder: img',
      'collections:',
      '  - { name: pages }',
      '  - { folder: src/content/x, fields: [] }',
      '  - name: blog',
      '    folder: src/content/blog',
      '    fields:',
      '      - { label: Title, widget: string }',
      '      - { name: title }',
      '      - { name: author, widget: relation, collection: people }',
      '      - { name: title, widget: text }',
      '  - { name: notes, folder: notes }',
    ].join('\n'));
    assert.deepEqual(problems, [
      'Collection `pages` in public/admin/config.yml has neither `folder` nor `files`: give it the `folder` its posts live in, or a `files` list of single pages.',
      'Collection 2 in public/admin/config.yml has no `name`: give it one, e.g. `name: blog`.',
      'Field 1 of collection `blog` in public/admin/config.yml has no `name`: add the key it is stored under, e.g. `name: title`.',
      'Collection `blog` in public/admin/config.yml lists the field `title` twice: Decap CMS needs field names to be unique, so rename or remove one.',
      'Collection `notes` in public/admin/config.yml has no `fields` list: list the keys its posts have.',
      'The `author` field of collection `blog` in public/admin/config.yml points to the collection `people`, which the file does not define: correct the name or add that collection.',
    ]);
    assert.deepEqual(collections.map((c) => [c.name, [...c.schema.fields.keys()], c.schema.allowUnknownKeys]), [
      ['blog', ['title', 'author'], false],
      ['notes', [], true],
    ]);
  });

  it('says what is missing at the top level', () => {
    assert.deepEqual(read('').problems, ['public/admin/config.yml is empty: Decap CMS needs at least `backend`, `media_folder` and `collections`.']);
    assert.match(read('- a\n- b').problems[0], /must be a set of keys/);
    assert.deepEqual(read('backend: { name: git-gateway }\nmedia_folder: img').problems, [
      'public/admin/config.yml has no `collections` list: add one, with a folder collection for the posts.',
    ]);
    assert.match(read('collections: []').problems[0], /has no `media_folder`/);
    assert.deepEqual(read('media_library: { name: uploadcare }\ncollections: []').problems, []);
  });

  it('never throws on odd shapes', () => {
    const odd = [
      'null', '42', '"text"', 'collections: 5', 'collections: [5, null, [], { name: 3 }]', 'collections: [{ name: a, folder: 7 }]',
      'collections: [{ name: a, folder: a, fields: "x" }]', 'collections: [{ name: a, folder: a, fields: [null, 3, { name: [] }] }]',
      'collections: [{ name: a, folder: a, fields: [{ name: b, widget: list, field: 3, default: {} }] }]',
      'collections: [{ name: a, folder: a, fields: [{ name: b, widget: select, options: [null, {}, { value: [] }] }] }]',
      'collections: [{ name: a, folder: a, fields: [{ name: b, widget: relation, collection: [] }] }]',
      'collections: [{ name: a, folder: a, media_folder: 3, path: 4, slug: [], extension: {} }]',
      'a: &a [*a]', 'x: !!binary abc', '? [a]\n: b', '{', ': :', '\t- x',
    ];
    for (const text of odd) assert.doesNotThrow(() => read(text), text);
  });
});
