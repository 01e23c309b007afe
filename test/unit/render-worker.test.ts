import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { RenderWorkerClient } from '../../src/vscode/preview/render-worker-client';

describe('rendering off the extension host thread', function () {
  this.timeout(20_000);
  let root: string;
  let client: RenderWorkerClient;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'jamstack-posts-worker-'));
    await build({
      entryPoints: [join(__dirname, '../../src/vscode/preview/render-worker.ts')],
      outfile: join(root, 'dist', 'render', 'worker.js'),
      bundle: true, platform: 'node', format: 'cjs', logLevel: 'error',
    });
    client = new RenderWorkerClient(root);
  });

  after(() => {
    client.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('renders with the chosen profile', async () => {
    const outcome = await client.render('remark-gfm', '# Hi\n\n| a |\n| - |\n| 1 |\n');
    assert.ok(typeof outcome === 'object' && 'html' in outcome);
    assert.match(outcome.html, /<h1>Hi<\/h1>/);
    assert.match(outcome.html, /<table>/);
    assert.equal(outcome.describes, 'remark + GFM (Astro, Next.js, Gatsby)');
  });

  it('lets the latest request win: a request replaced while waiting is dropped', async () => {
    const first = client.render('markdown-it', 'first');
    const second = client.render('markdown-it', 'second');
    const third = client.render('markdown-it', 'third');
    const outcomes = await Promise.all([first, second, third]);
    assert.equal(outcomes[1], 'superseded');
    assert.ok(typeof outcomes[2] === 'object' && 'html' in outcomes[2] && outcomes[2].html.includes('third'));
  });

  it('cancels a long render that a newer request replaced, and renders the newer one', async () => {
    const huge = '- item with **bold** and [a link](x)\n'.repeat(150_000);
    const long = client.render('remark-gfm', huge);
    await new Promise((done) => setTimeout(done, 100));
    const quick = await client.render('markdown-it', 'after the long one');
    assert.equal(await long, 'superseded');
    assert.ok(typeof quick === 'object' && 'html' in quick && quick.html.includes('after the long one'));
  });
});
