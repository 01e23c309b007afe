import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { applyEdits } from '../../src/core/text/text-edit';
import { expectedProblems, fixture, fixtureNames, lineOf } from './helpers';

function problemsOf(text: string, expectFrontmatter = true) {
  return validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter });
}

describe('validation with the built-in schema', () => {
  for (const name of fixtureNames('rules')) {
    it(`reports what ${name} expects`, () => {
      const text = fixture('rules', name);
      const actual = problemsOf(text).map((p) => `${lineOf(text, p.start)} ${p.code}`).sort();
      assert.deepEqual(actual, expectedProblems(text));
    });
  }

  it('finds only the short description in the frontmatter of a real CMS-pasted post', () => {
    const text = readFileSync(join(__dirname, '../../examples/astro-blog/src/content/blog/what-is-jamstack.md'), 'utf8');
    assert.deepEqual(problemsOf(text).map((p) => `${lineOf(text, p.start)} ${p.code}`), ['3 description-length']);
  });

  it('underlines exactly the misspelt key and suggests the right one', () => {
    const text = fixture('rules', 'typos-and-types.md');
    const problem = problemsOf(text).find((p) => p.code === 'unknown-key');
    assert.ok(problem);
    assert.equal(text.slice(problem.start, problem.end), 'pubdate');
    assert.match(problem.message, /did you mean `pubDate`\?/);
    assert.equal(applyEdits(text, problem.fixes![0].edits), text.replace('pubdate:', 'pubDate:'));
  });

  it('explains YAML 1.1 booleans and offers `true`', () => {
    const text = fixture('rules', 'typos-and-types.md');
    const problem = problemsOf(text).find((p) => p.code === 'wrong-type' && text.slice(p.start, p.end) === 'yes');
    assert.ok(problem);
    assert.match(problem.message, /`draft` should be `true` or `false`, but this is the text `yes`/);
    assert.equal(applyEdits(text, problem.fixes![0].edits), text.replace('draft: yes', 'draft: true'));
  });

  it('names the list item that has the wrong type', () => {
    const text = fixture('rules', 'typos-and-types.md');
    const problem = problemsOf(text).find((p) => p.code === 'wrong-type' && text.slice(p.start, p.end) === '42');
    assert.ok(problem);
    assert.equal(problem.message, 'Each item of `tags` should be text, but this is the number 42. Put it in quotes to keep it as text.');
    assert.equal(applyEdits(text, problem.fixes![0].edits), text.replace('- 42', '- "42"'));
  });

  it('adds a missing title just before the closing fence, keeping CRLF', () => {
    const text = '---\r\ndate: 2025-01-01 # kept\r\n---\r\nBody\r\n';
    const problem = problemsOf(text).find((p) => p.code === 'missing-required');
    assert.ok(problem);
    assert.equal(applyEdits(text, problem.fixes![0].edits), '---\r\ndate: 2025-01-01 # kept\r\ntitle: ""\r\n---\r\nBody\r\n');
  });

  it('points a syntax error at the exact place the YAML reader stops', () => {
    const text = fixture('rules', 'yaml-syntax.md');
    const problem = problemsOf(text).find((p) => p.code === 'yaml-syntax');
    assert.ok(problem);
    assert.equal(lineOf(text, problem.start), 2);
    assert.ok(problem.end > problem.start);
  });

  it('reports a post in a content folder that has no frontmatter, and nothing for other Markdown', () => {
    assert.deepEqual(problemsOf('# Just a README\n', true).map((p) => p.code), ['missing-frontmatter']);
    assert.deepEqual(problemsOf('# Just a README\n', false), []);
  });
});

describe('validation while a key is being typed', () => {
  it('keeps the problems above the line being typed', () => {
    const text = '---\ntitle: A\ndraft: yes\nfea\n---\n';
    const problems = validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true });
    assert.deepEqual(problems.map((p) => `${lineOf(text, p.start)} ${p.code}`), ['3 wrong-type', '4 yaml-syntax']);
    assert.match(problems[1].message, /Finish the line as `key: value`/);
  });
});

describe('types as the site reads them', () => {
  it('accepts draft: yes on a Jekyll site, whose YAML 1.1 reader takes it as true', () => {
    const text = '---\ntitle: A\ndate: 2025-01-01\ndraft: yes\n---\n';
    const codes = (siteKind: 'jekyll' | 'astro') => validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, siteKind })
      .map((p) => p.code);
    assert.ok(!codes('jekyll').includes('wrong-type'));
    assert.ok(codes('astro').includes('wrong-type'));
  });
});
