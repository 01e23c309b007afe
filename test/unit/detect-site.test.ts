import { strict as assert } from 'node:assert';
import { detectSite } from '../../src/core/site/detect-site';

function detect(...paths: string[]) {
  const existing = new Set(paths);
  return detectSite((path) => existing.has(path));
}

describe('site detection', () => {
  it('recognises an Astro blog and prefers the collection folder over src/content', () => {
    assert.deepEqual(detect('astro.config.mjs', 'src/content', 'src/content/blog', 'public'), {
      kind: 'astro', contentFolders: ['src/content/blog'], publicFolder: 'public',
    });
  });

  it('recognises Hugo, Jekyll and Eleventy with their folders', () => {
    assert.deepEqual(detect('hugo.toml', 'content', 'content/posts', 'static'), { kind: 'hugo', contentFolders: ['content/posts'], publicFolder: 'static' });
    assert.deepEqual(detect('_config.yml', '_posts', '_drafts'), { kind: 'jekyll', contentFolders: ['_posts', '_drafts'], publicFolder: '' });
    assert.equal(detect('.eleventy.js', 'posts').kind, 'eleventy');
  });

  it('falls back to a generic site', () => {
    assert.deepEqual(detect('posts'), { kind: 'generic', contentFolders: ['posts'], publicFolder: undefined });
  });
});
