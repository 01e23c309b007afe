/**
 * `npm run bench`: medians of the work done while typing, each beside a baseline measured in the same run, so the
 * figures read as ratios whatever the machine.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { PostIndex } from '../src/core/index/post-index';
import { summarizeFrontmatter } from '../src/core/index/summarize';
import { scanFolder } from '../src/vscode/index/scan-folder';
import { completeFrontmatter } from '../src/core/complete/frontmatter-completion';
import { parsePost } from '../src/core/frontmatter/parse-post';
import { createRenderer as markdownIt } from '../src/core/render/profiles/markdown-it';
import { createRenderer as remarkGfm } from '../src/core/render/profiles/remark-gfm';
import { validateBody, validateBodyStretch, type BodyCursor } from '../src/core/rules/body';
import { validatePost } from '../src/core/rules/validate';
import MarkdownIt from 'markdown-it';
import { BUILTIN_SCHEMA } from '../src/core/schema/builtin';
import { CORPUS, corpusPost, ensureCorpus, SIZES, type SizeName } from './corpus';
import { format, median, row } from './measure';

const ROOT = join(__dirname, '..');
const today = '2026-01-15';

function frontmatterSource(text: string): string {
  const post = parsePost(text);
  return text.slice(post.block!.contentStart, post.block!.contentEnd);
}

function validate(text: string) {
  return validatePost({ post: parsePost(text), schema: BUILTIN_SCHEMA, today, expectFrontmatter: true });
}

function frontmatterChecks(): void {
  console.log('\nFrontmatter parse + validate (per keystroke, before the debounce fires)');
  for (const name of Object.keys(SIZES) as SizeName[]) {
    const text = corpusPost(name);
    const yaml = frontmatterSource(text);
    console.log(row(`  ${name} post: parse + all rules`, median(() => validate(text)), 'bare YAML parse of its frontmatter', median(() => parseDocument(yaml))));
  }
}

function completion(): void {
  console.log('\nCompletion (parse included, as on a cache miss)');
  const text = corpusPost('8kb');
  const offset = text.indexOf('\nfeatured:') + 1;
  const yaml = frontmatterSource(text);
  const complete = () => completeFrontmatter({ post: parsePost(text), offset, schema: BUILTIN_SCHEMA, today, now: `${today}T10:00:00Z` });
  if (!complete()?.items.length) throw new Error('completion offered nothing at a key position');
  console.log(row('  8kb post: keys at a frontmatter line', median(complete), 'bare YAML parse of its frontmatter', median(() => parseDocument(yaml))));
}

/** The start-up scan in its worker thread, as the extension runs it, against plain reads of the same files. */
async function workspaceIndex(): Promise<void> {
  console.log('\nWorkspace index of the 10,000-post site');
  const root = join(CORPUS, 'site');
  const blog = join(root, 'src', 'content', 'blog');
  const files = readdirSync(blog).map((f) => join(blog, f));
  for (const f of files) readFileSync(f, 'utf8'); // warm the page cache for both measurements
  const t0 = performance.now();
  for (const f of files) readFileSync(f, 'utf8');
  const readMs = performance.now() - t0;

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = new PostIndex();
  const t1 = performance.now();
  const { files: scanned } = await scanFolder(join(ROOT, 'dist', 'index', 'worker.js'), { root, contentFolders: ['src/content/blog'], imageFolders: [] }, index);
  const scanMs = performance.now() - t1;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`${'  cold scan in a worker, results indexed'.padEnd(44)} ${format(scanMs).padStart(11)}   vs ${'plain reads of the same files'.padEnd(32)} ${format(readMs).padStart(11)}   ratio ${(scanMs / readMs).toFixed(2)}×   (${scanned} posts, heap +${heapMb.toFixed(1)} MB)`);

  const changed = readFileSync(files[42], 'utf8').replace('featured: false', 'featured: true');
  const update = () => index.set('src/content/blog/post-00043.md', summarizeFrontmatter(changed));
  const text8 = corpusPost('8kb');
  console.log(row('  incremental update of one changed post', median(update), 'bare YAML parse of its frontmatter', median(() => parseDocument(frontmatterSource(changed)))));

  const site = { valuesOf: (key: string) => index.valuesOf(key), images: index.images, postsOf: () => [] };
  const offset = text8.indexOf('tags: [') + 'tags: ['.length;
  const withIndex = () => completeFrontmatter({ post: parsePost(text8), offset, schema: BUILTIN_SCHEMA, today, now: `${today}T10:00:00Z`, site });
  const offered = withIndex()?.items.length ?? 0;
  if (offered < 5) throw new Error('completion offered too few tags from the index');
  console.log(row(`  8kb post: tag values from the index (${offered})`, median(withIndex), 'bare YAML parse of its frontmatter', median(() => parseDocument(frontmatterSource(text8)))));
}

function rendering(): void {
  console.log('\nPreview render of the body (full render)');
  const remark = remarkGfm();
  const mdIt = markdownIt();
  for (const name of Object.keys(SIZES) as SizeName[]) {
    const text = corpusPost(name);
    const body = text.slice(parsePost(text).bodyStart);
    // Large bodies take seconds with remark: one measured run (after one warm-up for 200 KB) keeps the bench short.
    const options = name === '2mb' ? { runs: 1, minMs: 0, warmup: 0 } : name === '200kb' ? { runs: 3, minMs: 0, warmup: 1 } : {};
    console.log(row(`  ${name} post: remark-gfm profile`, median(() => remark.render(body), options), 'markdown-it render of the body', median(() => mdIt.render(body), options)));
  }
}

function site(): void {
  console.log('\nA site of 10,000 posts (one pass, as a cold start would)');
  const blog = join(CORPUS, 'site', 'src', 'content', 'blog');
  const files = readdirSync(blog).map((f) => join(blog, f));
  const readAll = () => files.map((f) => readFileSync(f, 'utf8'));
  readAll(); // the first pass warms the page cache for both measurements
  const t0 = performance.now();
  readAll();
  const readMs = performance.now() - t0;
  const t1 = performance.now();
  let problems = 0;
  for (const f of files) problems += validate(readFileSync(f, 'utf8')).length;
  const parseMs = performance.now() - t1;
  console.log(`${'  read + parse + validate every post'.padEnd(44)} ${format(parseMs).padStart(11)}   vs ${'plain reads of the same files'.padEnd(32)} ${format(readMs).padStart(11)}   ratio ${(parseMs / readMs).toFixed(2)}×   (${problems} problems)`);
}

function bundle(): void {
  console.log('\nBundle (development build: not minified, source maps beside)');
  for (const file of ['dist/extension.js', 'dist/render/worker.js', 'dist/media/preview.js']) {
    const path = join(ROOT, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    console.log(`  ${file.padEnd(42)} ${(statSync(path).size / 1024).toFixed(0).padStart(6)} KB   gzip ${(gzipSync(bytes).length / 1024).toFixed(0).padStart(5)} KB`);
  }
  const activation = join(ROOT, '.cache', 'bench', 'activation.json');
  if (existsSync(activation)) {
    const { activationMs, measuredAt } = JSON.parse(readFileSync(activation, 'utf8'));
    console.log(`  activation in the real VS Code (last integration run, ${measuredAt}): ${format(activationMs)}`);
  } else {
    console.log('  activation: run `npm run test:integration` once to measure it in the real VS Code');
  }
}

/** The body checks on every keystroke's debounce, and the longest the 2 MB post holds the thread at once. */
function bodyChecks(): void {
  console.log('\nBody checks (content that renders wrongly, links and images)');
  const md = new MarkdownIt({ html: true });
  const text = corpusPost('8kb');
  const context = { post: parsePost(text), schema: BUILTIN_SCHEMA, today, expectFrontmatter: true };
  const body = text.slice(context.post.bodyStart);
  console.log(row('  8kb post: all body checks', median(() => validateBody(context)), 'markdown-it parse of the body', median(() => md.parse(body, {}))));
  const big = corpusPost('2mb');
  const bigContext = { post: parsePost(big), schema: BUILTIN_SCHEMA, today, expectFrontmatter: true };
  let longest = 0;
  let total = 0;
  let stretches = 0;
  let cursor: BodyCursor | undefined;
  do {
    const t0 = performance.now();
    cursor = validateBodyStretch(bigContext, cursor).next;
    const ms = performance.now() - t0;
    longest = Math.max(longest, ms);
    total += ms;
    stretches++;
  } while (cursor);
  console.log(`  2mb post: ${stretches} stretches, longest ${format(longest)}, all ${format(total)} (the host yields between stretches)`);
}

async function main(): Promise<void> {
  ensureCorpus();
  frontmatterChecks();
  completion();
  bodyChecks();
  await workspaceIndex();
  // The full-render figures take minutes for the 2 MB post; `--quick` leaves them out.
  if (!process.argv.includes('--quick')) rendering();
  site();
  bundle();
}

void main();
