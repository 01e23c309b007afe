import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import type { PostSchema } from '../../src/core/schema/model';
import { readHugoArchetypes } from '../../src/core/schema/sources/hugo-archetypes';
import { fillTemplateActions } from '../../src/core/schema/sources/hugo-template-actions';
import { lineOf } from './helpers';

const SITE = join(__dirname, '..', 'fixtures', 'sites', 'hugo');
const ARCHETYPES = ['archetypes/default.md', 'archetypes/posts.md'];

function site(path: string): string {
  return readFileSync(join(SITE, path), 'utf8');
}

function problemsOf(text: string, schema: PostSchema): string[] {
  const problems = validatePost({ post: parsePost(text), schema, today: '2025-03-01', expectFrontmatter: true });
  return problems.map((p) => `${lineOf(text, p.start)} ${p.code}`).sort();
}

/** The schema of a single archetype given as text. */
function schemaOf(text: string, path = 'archetypes/posts.md'): PostSchema {
  const reading = readHugoArchetypes([{ path, text }]);
  assert.deepEqual(reading.problems, []);
  return reading.collections[0].schema;
}

describe('Hugo archetypes as post schemas', () => {
  const reading = readHugoArchetypes(ARCHETYPES.map((path) => ({ path, text: site(path) })));
  const fallback = reading.collections.find((c) => c.name === 'default')!;
  const posts = reading.collections.find((c) => c.name === 'posts')!;
  const field = (name: string) => posts.schema.fields.get(name);

  it('makes a collection of each archetype: a section’s for its folder, default.md for the content folder', () => {
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.collections.map((c) => [c.name, c.folder, c.schema.source.label]), [
      ['default', 'content', 'Hugo archetype archetypes/default.md'],
      ['posts', 'content/posts', 'Hugo archetype archetypes/posts.md'],
    ]);
    assert.deepEqual(posts.schema.source, { kind: 'hugo-archetype', label: 'Hugo archetype archetypes/posts.md', path: 'archetypes/posts.md' });
    assert.equal(posts.template, site('archetypes/posts.md'));
    assert.equal(fallback.template, site('archetypes/default.md'));
  });

  it('types the keys by the values `hugo new` writes, with literal values as defaults', () => {
    assert.deepEqual([...posts.schema.fields.keys()], ['title', 'date', 'draft', 'description', 'tags', 'categories', 'images', 'weight']);
    assert.deepEqual(field('title')?.types, ['string']);
    assert.equal(field('title')?.default, undefined, 'a title made by an action differs in every post');
    assert.deepEqual(field('date')?.types, ['date']);
    assert.deepEqual(field('draft')?.types, ['boolean']);
    assert.equal(field('draft')?.default, true);
    assert.equal(field('description')?.default, '');
    assert.deepEqual(field('tags')?.types, ['array']);
    assert.deepEqual(field('tags')?.items?.types, ['string']);
    assert.deepEqual(field('tags')?.default, []);
    assert.deepEqual(field('categories')?.default, ['notes']);
    assert.deepEqual(field('weight')?.types, ['number']);
    assert.match(field('date')?.description ?? '', /`\{\{ \.Date \}\}`/);
    assert.match(field('title')?.description ?? '', /`\{\{ replace \.Name "-" " " \| title \}\}`/);
  });

  it('requires nothing, warns about a missing title or date, and accepts any other key, as Hugo does', () => {
    for (const { schema } of reading.collections) {
      assert.deepEqual(schema.required, []);
      assert.deepEqual(schema.requiredOneOf, [['title'], ['date', 'publishDate', 'lastmod']]);
      assert.equal(schema.allowUnknownKeys, true);
      assert.equal(schema.dateKey, 'date');
      assert.equal(schema.draftKey, 'draft');
    }
    assert.deepEqual([...fallback.schema.fields].map(([name, f]) => [name, f.types]), [['date', ['date']], ['draft', ['boolean']], ['title', ['string']]]);
  });

  it('drives the rules on a YAML post: clean as written, a wrong draft flag and a missing title reported', () => {
    const clean = site('content/posts/an-older-post.md');
    assert.deepEqual(problemsOf(clean, posts.schema), []);
    const broken = clean.replace('draft: false', 'draft: "no"').replace('title: An Older Post\n', '');
    assert.deepEqual(problemsOf(broken, posts.schema), ['1 missing-required', '3 wrong-type']);
    const problems = validatePost({ post: parsePost(broken), schema: posts.schema, today: '2025-03-01', expectFrontmatter: true });
    assert.equal(problems.find((p) => p.code === 'missing-required')?.severity, 'warning');
  });

  for (const name of ['first-light.md', 'sharpening-chisels.md']) {
    it(`finds nothing wrong in the TOML post ${name} once TOML frontmatter is parsed`, function () {
      const text = site(`content/posts/${name}`);
      if (parsePost(text).entries.length === 0) this.skip();
      assert.deepEqual(problemsOf(text, posts.schema), []);
    });
  }
});

describe('Hugo archetypes in other shapes', () => {
  it('reads YAML and JSON archetypes, quoted actions and unquoted ones', () => {
    const yaml = schemaOf("---\ntitle: '{{ replace .File.ContentBaseName `-` ` ` | title }}'\ndate: {{ .Date }}\nauthor: {{ .Site.Params.author }}\ndraft: true\n---\n");
    assert.deepEqual([...yaml.fields].map(([name, f]) => [name, f.types]), [['title', ['string']], ['date', ['date']], ['author', ['string']], ['draft', ['boolean']]]);
    const json = schemaOf('{\n  "title": "{{ .Name | humanize }}",\n  "date": "{{ .Date }}",\n  "tags": [],\n  "draft": true\n}\n');
    assert.deepEqual([...json.fields].map(([name, f]) => [name, f.types]), [['title', ['string']], ['date', ['date']], ['tags', ['array']], ['draft', ['boolean']]]);
  });

  it('knows date actions from text actions wherever the key is', () => {
    const schema = schemaOf('+++\ntitle = "{{ .Name }}"\nreleased = {{ now.Format "2006-01-02" }}\nshot = "{{ .Date }}"\nyear = "{{ now.Year }}"\n+++\n');
    assert.deepEqual(schema.fields.get('released')?.types, ['date']);
    assert.deepEqual(schema.fields.get('shot')?.types, ['date']);
    assert.deepEqual(schema.fields.get('year')?.types, ['string']);
    assert.equal(schema.dateKey, undefined);
    assert.deepEqual(schema.requiredOneOf, [['title']]);
  });

  it('reads page-bundle archetypes, prefers the project’s archetypes over a theme’s, and takes the content folder', () => {
    const reading = readHugoArchetypes([
      { path: 'themes/ananke/archetypes/posts.md', text: '+++\ntheme = true\n+++\n' },
      { path: 'archetypes/gallery/index.md', text: '+++\ntitle = "{{ .Name }}"\n+++\n' },
      { path: 'archetypes/gallery/images/readme.md', text: 'a resource of the bundle' },
      { path: 'archetypes/posts.md', text: '+++\nmine = true\n+++\n' },
    ], 'site/content/');
    assert.deepEqual(reading.collections.map((c) => [c.name, c.folder, [...c.schema.fields.keys()]]), [
      ['gallery', 'site/content/gallery', ['title']],
      ['posts', 'site/content/posts', ['mine']],
    ]);
  });

  it('reports archetypes it cannot read, and still offers their text as a template', () => {
    const reading = readHugoArchetypes([
      { path: 'archetypes/a.md', text: '+++\ntitle = "{{ .Name }}"\ndraft = \n+++\n' },
      { path: 'archetypes/b.md', text: '---\ntitle: x\n' },
      { path: 'archetypes/c.md', text: 'Just a body.\n' },
      { path: 'archetypes/d.md', text: '---js\n{ title: "x" }\n---\n' },
      { path: 'archetypes/e.md', text: '---\n- a list\n---\n' },
    ]);
    assert.equal(reading.problems.length, 5);
    assert.match(reading.problems[0], /^archetypes\/a\.md: its TOML frontmatter cannot be read \(line 3\)/);
    assert.match(reading.problems[1], /^archetypes\/b\.md: the frontmatter is not closed; end it with a `---` line/);
    assert.match(reading.problems[2], /^archetypes\/c\.md has no frontmatter/);
    assert.match(reading.problems[3], /`---js` frontmatter, which is code/);
    assert.match(reading.problems[4], /^archetypes\/e\.md: its YAML frontmatter cannot be read: it must be a set of keys/);
    assert.deepEqual(reading.collections.map((c) => [c.name, c.schema.fields.size, c.template !== undefined]), [
      ['a', 0, true], ['b', 0, true], ['c', 0, true], ['d', 0, true], ['e', 0, true],
    ]);
  });
});

describe('filling in Go template actions', () => {
  it('replaces each action with a sample of its type, quoted only where the syntax needs it', () => {
    const toml = fillTemplateActions('date = {{ .Date }}\ntitle = "{{ replace .Name "-" " " | title }}"\nslug = {{ .File.ContentBaseName }}\n', 'toml');
    assert.equal(toml.text, 'date = 2000-01-01T00:00:00Z\ntitle = "hugo-action-1"\nslug = "hugo-action-2"\n');
    assert.deepEqual(toml.actions.map((a) => [a.kind, a.source]), [
      ['date', '{{ .Date }}'],
      ['text', '{{ replace .Name "-" " " | title }}'],
      ['text', '{{ .File.ContentBaseName }}'],
    ]);
    assert.deepEqual(Object.keys(parseToml(toml.text)), ['date', 'title', 'slug']);

    const yaml = fillTemplateActions("date: '{{ .Date }}'\ntitle: {{ .Name | humanize }}\nnote: it's {{ .Name }}\n", 'yaml');
    assert.equal(yaml.text, "date: '2000-01-01T00:00:00Z'\ntitle: hugo-action-1\nnote: it's hugo-action-2\n");
    assert.deepEqual(parseYaml(yaml.text), { date: '2000-01-01T00:00:00Z', title: 'hugo-action-1', note: "it's hugo-action-2" });

    assert.equal(fillTemplateActions('{ "a": {{ .Date }}, "b": "{{ .Title }}" }', 'json').text, '{ "a": "2000-01-01T00:00:00Z", "b": "hugo-action-1" }');
  });

  it('drops comments, control actions and assignments, and honours trim markers', () => {
    const filled = fillTemplateActions('{{/* a comment */}}\n{{ $t := .Name }}draft = true\n{{- if .Site.Params.x }}\nx = 1\n{{ end -}}\n\ny = 2', 'toml');
    assert.equal(filled.text, '\ndraft = true\nx = 1\ny = 2');
    assert.deepEqual(filled.actions, []);
  });

  it('leaves an action that is never closed as it is', () => {
    assert.equal(fillTemplateActions('title = "{{ .Name "\n', 'toml').text, 'title = "{{ .Name "\n');
  });
});
