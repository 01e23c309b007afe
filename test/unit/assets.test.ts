import { strict as assert } from 'node:assert';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import type { SiteFacts } from '../../src/core/rules/problem';
import { validatePost } from '../../src/core/rules/validate';
import { BUILTIN_SCHEMA } from '../../src/core/schema/builtin';
import { resolveSitePath } from '../../src/core/site/site-path';

function site(files: string[]): SiteFacts {
  return { postPath: 'src/content/blog/post.md', publicFolder: 'public', otherPosts: () => [], exists: (path) => files.includes(path) };
}

describe('paths to site files', () => {
  it('resolves site-root paths through the public folder and relative ones from the post', () => {
    assert.equal(resolveSitePath('/images/a%20b.png?v=1', 'src/content/blog/post.md', 'public'), 'public/images/a b.png');
    assert.equal(resolveSitePath('./img/x.png', 'src/content/blog/post.md', 'public'), 'src/content/blog/img/x.png');
    assert.equal(resolveSitePath('../other/index.md#part', 'src/content/blog/post.md', 'public'), 'src/content/other/index.md');
    assert.equal(resolveSitePath('/images/a.png', 'content/post.md', ''), 'images/a.png');
    assert.equal(resolveSitePath('https://cdn.example/a.png', 'p.md', 'public'), undefined);
    assert.equal(resolveSitePath('/images/a.png', 'p.md', undefined), undefined);
    assert.equal(resolveSitePath('../../x.png', 'p.md', 'public'), undefined);
  });

  it('reports an image field pointing to a missing file, and nothing when it exists or cannot be told', () => {
    const text = '---\ntitle: A\ndate: 2025-01-01\nimage: /images/missing.png\nheroImage: /images/here.png\n---\n';
    const problems = (files: string[]) => validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, site: site(files) })
      .filter((p) => p.code === 'missing-image');
    const found = problems(['public/images/here.png']);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '/images/missing.png');
    assert.match(found[0].message, /looked for public\/images\/missing\.png/);
    assert.deepEqual(problems(['public/images/here.png', 'public/images/missing.png']), []);
    const unknown = validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today: '2026-01-15', expectFrontmatter: true, site: { ...site([]), exists: () => undefined } });
    assert.deepEqual(unknown.filter((p) => p.code === 'missing-image'), []);
  });
});
