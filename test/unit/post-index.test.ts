import { strict as assert } from 'node:assert';
import { PostIndex } from '../../src/core/index/post-index';
import { summarizeFrontmatter } from '../../src/core/index/summarize';

describe('the workspace index', () => {
  it('summarizes YAML, TOML and JSON frontmatter, and nothing for broken or missing frontmatter', () => {
    assert.deepEqual(summarizeFrontmatter('---\ntitle: A\ndate: 2025-01-02\ntags: [a, b]\n---\nBody'), { title: 'A', date: '2025-01-02', tags: ['a', 'b'] });
    assert.deepEqual(summarizeFrontmatter('+++\ntitle = "A"\ntags = ["x"]\n+++\n'), { title: 'A', tags: ['x'] });
    assert.deepEqual(summarizeFrontmatter('{\n"title": "A"\n}\n'), { title: 'A' });
    assert.equal(summarizeFrontmatter('---\ntitle: [\n---\n'), undefined);
    assert.equal(summarizeFrontmatter('# no frontmatter'), undefined);
    assert.equal(summarizeFrontmatter('---js\n{ title: "A" }\n---\n'), undefined);
  });

  it('counts the values posts use, list items one by one, most used first', () => {
    const index = new PostIndex();
    index.set('blog/a.md', { tags: ['astro', 'css'], author: 'Ana' });
    index.set('blog/b.md', { tags: ['astro'], author: 'Ana' });
    index.set('blog/c.md', { tags: ['hugo', 'astro', 'astro'], author: 'Lars' });
    assert.deepEqual(index.valuesOf('tags'), [
      { value: 'astro', count: 3 },
      { value: 'css', count: 1 },
      { value: 'hugo', count: 1 },
    ]);
    assert.deepEqual(index.valuesOf('author').map((v) => v.value), ['Ana', 'Lars']);
  });

  it('stays current through changes, deletes and renames', () => {
    const index = new PostIndex();
    index.set('blog/a.md', { tags: ['astro'] });
    assert.equal(index.valuesOf('tags')[0].count, 1);
    index.set('blog/b.md', { tags: ['astro'] });
    assert.equal(index.valuesOf('tags')[0].count, 2);
    index.rename('blog/b.md', 'notes/b.md');
    assert.deepEqual([...index.postsIn('notes')].map(([path]) => path), ['notes/b.md']);
    index.delete('blog/a.md');
    index.set('notes/b.md', undefined);
    assert.deepEqual(index.valuesOf('tags'), []);
    assert.equal(index.size, 0);
  });
});
