// Bundles the extension host code, the lazily loaded renderers, the webview script and the test suites.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
};

const integrationTests = readdirSync('test/integration')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test/integration', f));

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/vscode/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    // Worker threads: the Markdown engines (started when a preview first opens) and the start-up scan of posts.
    ...common,
    entryPoints: {
      'render/worker': 'src/vscode/preview/render-worker.ts',
      'index/worker': 'src/vscode/index/index-worker.ts',
    },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: { 'media/preview': 'media/preview.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (!production) {
  builds.push({
    ...common,
    entryPoints: ['test/integration/index.ts', ...integrationTests],
    outdir: 'dist/test/integration',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
