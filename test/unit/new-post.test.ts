import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { DEFAULT_DATE_STYLE } from '../../src/core/posts/date-style';
import { planNewPost } from '../../src/core/posts/new-post-plan';
import type { PostSchema } from '../../src/core/schema/model';
import { slugFromTitle } from '../../src/core/posts/slug';
import { validatePost } from '../../src/core/rules/validate';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { schemaFromJsonSchema } from '../../src/core/schema/json-schema';

/** A new post in a folder with no posts yet, on a plain site, on 15 January 2026. */
function newPost({ title, schema, eol }: { title: string; schema: PostSchema; today: string; eol?: '\n' | '\r\n' }) {
  const plan = planNewPost({
    title, folder: 'posts', siteKind: 'generic', schema, otherPostPaths: [], now: new Date('2026-01-15T12:00:00Z'),
    timeZone: 'UTC', dateStyle: DEFAULT_DATE_STYLE, eol,
  });
  return 'error' in plan ? plan : { fileName: plan.path.replace(/^posts\//, ''), text: plan.text };
}

describe('new posts', () => {
  it('makes URL-safe slugs from any title', () => {
    assert.equal(slugFromTitle('What is Jamstack? What are the benefits?'), 'what-is-jamstack-what-are-the-benefits');
    assert.equal(slugFromTitle('Über Straße & Café — 2025'), 'ueber-strasse-and-cafe-2025');
    assert.equal(slugFromTitle('  ...  '), '');
    assert.ok(slugFromTitle('word '.repeat(40)).length <= 80);
  });

  it('writes frontmatter the built-in schema accepts, dated today, as a draft', () => {
    const post = newPost({ title: 'My "first": post', schema: BUILTIN_SCHEMA, today: '2026-01-15' });
    assert.ok(!('error' in post));
    assert.equal(post.fileName, 'my-first-post.md');
    assert.equal(post.text, '---\ntitle: "My \\"first\\": post"\ndescription: ""\ndate: 2026-01-15\ndraft: true\ntags: []\n---\n\n');
    const problems = validatePost({ post: parsePost(post.text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true });
    assert.deepEqual(problems.map((p) => p.code), []);
  });

  it("follows a JSON Schema's required keys, date key and defaults", () => {
    const { schema } = schemaFromJsonSchema(JSON.stringify({
      type: 'object',
      required: ['title', 'pubDate', 'author'],
      properties: {
        title: { type: 'string' },
        pubDate: { type: 'string', format: 'date' },
        author: { type: 'string', default: 'Team' },
        draft: { type: 'boolean', default: false },
      },
    }), 'test');
    const post = newPost({ title: 'Hello', schema: schema!, today: '2026-01-15', eol: '\r\n' });
    assert.ok(!('error' in post));
    assert.equal(post.text, '---\r\ntitle: Hello\r\npubDate: 2026-01-15\r\nauthor: Team\r\ndraft: true\r\n---\r\n\r\n');
  });

  it('refuses an empty title', () => {
    assert.ok('error' in newPost({ title: '   ', schema: BUILTIN_SCHEMA, today: '2026-01-15' }));
  });
});
