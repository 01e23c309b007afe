import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { validatePost } from '../../src/core/rules/validate';
import { inferCollection } from '../../src/core/schema/sources/inferred';
import { lineOf } from './helpers';

const posts = Array.from({ length: 12 }, (_, i) => ({
  title: `Post ${i}`,
  date: `2025-01-${String(i + 1).padStart(2, '0')}`,
  section: i % 3 === 0 ? 'guides' : 'news',
  tags: ['static', `t${i}`],
  ...(i % 2 === 0 ? { hero: `/img/${i}.png` } : {}),
}));

describe('a schema inferred from the posts of a folder', () => {
  const collection = inferCollection('content/posts', posts)!;

  it('reads types, how often keys occur, and small sets of values', () => {
    const { schema } = collection;
    assert.equal(schema.source.kind, 'inferred');
    assert.match(schema.source.label, /12 posts in content\/posts/);
    assert.deepEqual(schema.fields.get('date')?.types, ['date']);
    assert.deepEqual(schema.fields.get('section')?.enum, ['guides', 'news']);
    assert.deepEqual(schema.fields.get('tags')?.items?.types, ['string']);
    assert.match(schema.fields.get('hero')?.description ?? '', /Used in 6 of 12 posts/);
    assert.deepEqual([...schema.required].sort(), ['date', 'section', 'tags', 'title']);
  });

  it('flags what departs from the folder, gently', () => {
    const text = '---\ntitle: New\ndate: 2025-02-01\nsection: newz\ntags: [x]\nhreo: /img/x.png\nbrand_new: ok\n---\n';
    const problems = validatePost({ post: parsePost(text), schema: collection.schema, today: '2026-01-15', expectFrontmatter: true });
    assert.deepEqual(problems.map((p) => `${lineOf(text, p.start)} ${p.code} ${p.severity}`), [
      '4 invalid-enum warning',
      '6 unknown-key warning',
    ]);
    assert.match(problems[0].message, /Other posts here use only `guides`, `news` for `section`: did you mean `news`\?/);
  });

  it('says nothing for a folder with too few posts', () => {
    assert.equal(inferCollection('x', posts.slice(0, 2)), undefined);
  });
});
