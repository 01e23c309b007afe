import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import type { Problem } from '../../src/core/rules/problem';
import { validatePost } from '../../src/core/rules/validate';
import { schemaFromJsonSchema } from '../../src/core/schema/json-schema';
import type { PostSchema } from '../../src/core/schema/model';
import { applyEdits } from '../../src/core/text/text-edit';
import { lineOf } from './helpers';

const SCHEMA: PostSchema = schemaFromJsonSchema(JSON.stringify({
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 10, maxLength: 20 },
    summary: { type: 'string', maxLength: 5 },
    slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    code: { type: 'string', pattern: '[' },
    handle: { type: 'string', pattern: '^\\w+$' },
    rating: { type: 'number', minimum: 1, maximum: 5 },
    priority: { type: 'integer', minimum: 0 },
    tags: { type: 'array', items: { type: 'string', enum: ['astro', 'hugo', 'jekyll'] } },
    labels: { type: 'array', items: { type: 'string', maxLength: 8, pattern: '^[a-z]+$' } },
    scores: { type: 'array', items: { type: 'number', maximum: 10 } },
  },
}), 'blog.schema.json').schema!;

const CODES = new Set(['string-length', 'number-range', 'pattern-mismatch', 'invalid-enum']);

function problems(text: string, schema: PostSchema = SCHEMA): Problem[] {
  return validatePost({ post: parsePost(text), schema, today: '2026-01-15', expectFrontmatter: true }).filter((p) => CODES.has(p.code));
}

function at(text: string, found: readonly Problem[]): string[] {
  return found.map((p) => `${lineOf(text, p.start)} ${p.code} ${text.slice(p.start, p.end)}`);
}

describe('string-length', () => {
  it('says the limit and the length, counting characters as code points', () => {
    const text = '---\ntitle: Short\nsummary: 🎉🎉🎉🎉🎉\n---\n';
    const found = problems(text);
    assert.deepEqual(at(text, found), ['2 string-length Short']);
    assert.equal(found[0].message, '`title` must be between 10 and 20 characters long; it has 5. Add to it.');
    assert.equal(found[0].severity, 'error');
    assert.deepEqual(found[0].fixes, undefined);
  });

  it('reports text over the maximum', () => {
    const text = '---\nsummary: "Too long"\n---\n';
    assert.deepEqual(problems(text).map((p) => p.message), ['`summary` must be at most 5 characters long; it has 8. Shorten it.']);
  });

  it('checks each item of a list', () => {
    const text = '---\nlabels: [news, announcements]\n---\n';
    const found = problems(text);
    assert.deepEqual(at(text, found), ['2 string-length announcements']);
    assert.equal(found[0].message, 'Each item of `labels` must be at most 8 characters long; this one has 13. Shorten it.');
  });
});

describe('number-range', () => {
  it('says the range and the value', () => {
    const text = '---\nrating: 7\npriority: -1\n---\n';
    assert.deepEqual(problems(text).map((p) => p.message), [
      '`rating` must be between 1 and 5; it is 7.',
      '`priority` must be at least 0; it is -1.',
    ]);
  });

  it('accepts the bounds themselves and checks list items', () => {
    const text = '---\nrating: 5\npriority: 0\nscores:\n  - 10\n  - 10.5\n---\n';
    const found = problems(text);
    assert.deepEqual(at(text, found), ['6 number-range 10.5']);
    assert.equal(found[0].message, 'Each item of `scores` must be at most 10; this one is 10.5.');
  });

  it('leaves values of the wrong type to wrong-type', () => {
    assert.deepEqual(problems('---\nrating: "9"\ntitle: 12\n---\n'), []);
  });
});

describe('pattern-mismatch', () => {
  it('says the pattern and the value', () => {
    const text = '---\nslug: Hello World\n---\n';
    const found = problems(text);
    assert.deepEqual(at(text, found), ['2 pattern-mismatch Hello World']);
    assert.equal(found[0].message, '`slug` must match the pattern `^[a-z0-9]+(?:-[a-z0-9]+)*$`; `Hello World` does not. Change the value to fit it.');
    assert.deepEqual(problems('---\nslug: hello-world\n---\n'), []);
  });

  it('ignores a pattern that is not a valid regular expression', () => {
    assert.deepEqual(problems('---\ncode: anything\n---\n'), []);
  });

  it('uses a pattern written for non-Unicode regular expressions', () => {
    const schema = schemaFromJsonSchema(JSON.stringify({ properties: { id: { type: 'string', pattern: '^[a-z\\_]+$' } } }), 's.json').schema!;
    assert.deepEqual(problems('---\nid: ok_id\n---\n', schema), []);
    assert.deepEqual(problems('---\nid: Not OK\n---\n', schema).map((p) => p.code), ['pattern-mismatch']);
  });

  it('checks each item of a list', () => {
    const text = '---\nlabels:\n  - news\n  - Big News\n---\n';
    assert.deepEqual(at(text, problems(text)), ['4 pattern-mismatch Big News']);
  });
});

describe('item enum', () => {
  it('reports a list item outside the allowed values and offers the nearest one, keeping the quotes', () => {
    const text = '---\ntags:\n  - astro\n  - "Hgo"\n  - jekyl\n  - rails\n---\n';
    const found = problems(text);
    assert.deepEqual(at(text, found), ['4 invalid-enum "Hgo"', '5 invalid-enum jekyl', '6 invalid-enum rails']);
    assert.equal(found[0].message, 'Each item of `tags` must be one of `astro`, `hugo`, `jekyll`: did you mean `hugo`?');
    assert.equal(found[2].message, 'Each item of `tags` must be one of `astro`, `hugo`, `jekyll`.');
    assert.equal(found[0].severity, 'error');
    assert.equal(applyEdits(text, found[0].fixes![0].edits), text.replace('"Hgo"', '"hugo"'));
    assert.equal(applyEdits(text, found[1].fixes![0].edits), text.replace('jekyl\n', 'jekyll\n'));
    assert.deepEqual(found[2].fixes, []);
  });

  it('works in a flow list and in TOML', () => {
    const yaml = "---\ntags: [astro, 'jekyl']\n---\n";
    const [problem] = problems(yaml);
    assert.equal(applyEdits(yaml, problem.fixes![0].edits), "---\ntags: [astro, 'jekyll']\n---\n");
    const toml = '+++\ntags = ["astro", "hugp"]\n+++\n';
    const [tomlProblem] = problems(toml);
    assert.equal(applyEdits(toml, tomlProblem.fixes![0].edits), '+++\ntags = ["astro", "hugo"]\n+++\n');
  });

  it('is a warning worded as a convention when the schema was inferred from other posts', () => {
    const inferred: PostSchema = { ...SCHEMA, source: { kind: 'inferred', label: 'the other posts' } };
    const [problem] = problems('---\ntags: [hugp]\n---\n', inferred);
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, 'Other posts here use only `astro`, `hugo`, `jekyll` in `tags`: did you mean `hugo`?');
  });
});
