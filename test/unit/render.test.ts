import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/frontmatter/parse-post';
import { resolveAssetUrl } from '../../src/core/render/asset-url';
import { postHeader } from '../../src/core/render/post-header';
import { createRenderer as markdownIt } from '../../src/core/render/profiles/markdown-it';
import { createRenderer as remarkGfm } from '../../src/core/render/profiles/remark-gfm';

const pasted = readFileSync(join(__dirname, '../../examples/astro-blog/src/content/blog/what-is-jamstack.md'), 'utf8');

describe('rendering a post body as the build does', () => {
  for (const create of [remarkGfm, markdownIt]) {
    const renderer = create();
    it(`${renderer.id}: keeps the literal ** that a CMS paste leaves on the page`, () => {
      const post = parsePost(pasted);
      const html = renderer.render(pasted.slice(post.bodyStart));
      assert.ok(!html.includes('title:'), 'frontmatter is not part of the body');
      assert.match(html, /<strong>JavaScript<\/strong>\*\*:<strong>Primarily/);
      assert.match(html, /<p>\u00a0<\/p>/, 'an &nbsp; paragraph renders as an empty-looking paragraph');
    });

    it(`${renderer.id}: renders GFM tables and keeps raw HTML for the webview to clean`, () => {
      const html = renderer.render('| a | b |\n| - | - |\n| 1 | 2 |\n\n<div class="note">Hi</div>\n');
      if (renderer.id === 'remark-gfm') assert.match(html, /<table>/);
      assert.match(html, /<div class="note">Hi<\/div>/);
    });
  }
});

describe('the preview header and assets', () => {
  it('takes title, date, author, tags and hero image from common keys', () => {
    const header = postHeader(parsePost(pasted).data);
    assert.equal(header.title, 'What is Jamstack? What are the benefits?');
    assert.equal(header.date, '2025-09-02');
    assert.deepEqual(header.authors, ['Vinod']);
    assert.deepEqual(header.tags, ['technology']);
    assert.equal(header.image, '/images/uploads/fbb0098e6c46f3ce0430c00abfbe7915.png');
    assert.equal(header.draft, true);
  });

  it('resolves site-root paths through the public folder and relative ones from the post', () => {
    const bases = { publicRoot: 'https://file+.vscode-resource.test/site/public', documentDir: 'https://file+.vscode-resource.test/site/src/content/blog' };
    assert.equal(resolveAssetUrl('/images/a b.png', bases), 'https://file+.vscode-resource.test/site/public/images/a%20b.png');
    assert.equal(resolveAssetUrl('./img/x.png?v=2', bases), 'https://file+.vscode-resource.test/site/src/content/blog/img/x.png?v=2');
    assert.equal(resolveAssetUrl('../../../../../etc/passwd', bases), 'https://file+.vscode-resource.test/site/src/content/blog/etc/passwd');
    assert.equal(resolveAssetUrl('https://tracker.example/pixel.gif', bases), undefined);
    assert.equal(resolveAssetUrl('javascript:alert(1)', bases), undefined);
    assert.equal(resolveAssetUrl('/images/a.png', { documentDir: bases.documentDir }), undefined);
  });
});
