import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import { schemaFromJsonSchema } from '../../src/core/schema/json-schema';
import { fixture, lineOf } from './helpers';

describe('a JSON Schema as the post schema', () => {
  const { schema, error } = schemaFromJsonSchema(fixture('schemas', 'astro-blog.schema.json'), 'JSON Schema blog.schema.json');

  it('reads the shape Astro generates for a collection ($ref, anyOf dates, enums, defaults)', () => {
    assert.equal(error, undefined);
    assert.ok(schema);
    assert.deepEqual(schema.required, ['title', 'pubDate']);
    assert.deepEqual(schema.fields.get('pubDate')?.types, ['date']);
    assert.deepEqual(schema.fields.get('status')?.enum, ['draft', 'review', 'published']);
    assert.equal(schema.fields.get('draft')?.default, false);
    assert.equal(schema.allowUnknownKeys, false);
    assert.equal(schema.dateKey, 'pubDate');
  });

  it('drives the rules: required, enum with a suggestion, unknown keys', () => {
    const text = '---\ntitle: A\nstatus: publishd\nauthor: Me\n---\n';
    const problems = validatePost({ post: parsePost(text), schema: schema!, today: '2026-01-15', expectFrontmatter: true });
    assert.deepEqual(problems.map((p) => `${lineOf(text, p.start)} ${p.code}`), ['1 missing-required', '3 invalid-enum', '4 unknown-key']);
    assert.match(problems[1].message, /did you mean `published`\?/);
  });

  it('says what is wrong with a schema that cannot be used', () => {
    assert.match(schemaFromJsonSchema('{ nope', 'x.json').error ?? '', /x\.json is not valid JSON/);
    assert.match(schemaFromJsonSchema('{"type":"object"}', 'x.json').error ?? '', /no `properties`/);
  });
});
