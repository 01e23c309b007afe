/**
 * Writes the benchmark corpus into bench/.corpus (git-ignored): single posts of about 2 KB, 8 KB, 200 KB and
 * 2 MB, and a site of 10,000 posts. Posts mix the constructs real posts use, CMS paste artifacts included.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(__dirname, '.corpus');
export const SITE_POSTS = 10_000;
export const SIZES = { '2kb': 2 * 1024, '8kb': 8 * 1024, '200kb': 200 * 1024, '2mb': 2 * 1024 * 1024 } as const;
export type SizeName = keyof typeof SIZES;

const TAGS = ['astro', 'hugo', 'jekyll', 'eleventy', 'nextjs', 'markdown', 'css', 'performance', 'seo', 'javascript', 'deploy', 'cms'];
const AUTHORS = ['Vinod', 'Ana', 'Kenji', 'Fatima', 'Lars'];

const BLOCKS = [
  (i: number) => `## Section ${i}: building pages that load fast\n`,
  () => 'Static builds render **every page** ahead of time, so a visitor gets HTML straight from the CDN. Links like [the docs](https://docs.example/guide) and `inline code` are common, as are _emphasis_ and ~~strikes~~.\n',
  () => '- Pre-rendering at build time\n- Decoupling content from code\n  - nested item with a [link](../other-post.md)\n- Serving assets from the edge\n',
  () => '```ts\nexport function slugify(title: string): string {\n  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-");\n}\n```\n',
  () => '| Build | Engine | Raw HTML |\n| ----- | ------ | -------- |\n| Astro | remark | yes |\n| Hugo | Goldmark | no |\n',
  () => '> A quote from a reader, with a footnote.[^note]\n\n[^note]: Footnotes are GFM.\n',
  () => '**JavaScript****:**Primarily used on the client side.&nbsp;**APIs****:**Reusable APIs for dynamic data.&nbsp;\n\n&nbsp;\n',
  (i: number) => `![Figure ${i}](/images/figure-${i % 7}.png)\n\n1. First step\n2. Second step\n3. Third step with <kbd>Ctrl</kbd>\n`,
];

export function frontmatter(i: number): string {
  const tags = [TAGS[i % TAGS.length], TAGS[(i * 7 + 3) % TAGS.length]];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return [
    '---',
    `title: "Post number ${i}: notes on static sites"`,
    `description: "A generated post used to measure frontmatter checks, completion and rendering (${i})."`,
    `author: "${AUTHORS[i % AUTHORS.length]}"`,
    `publishDate: 20${20 + (i % 6)}-${month}-${day}`,
    `category: "${i % 3 === 0 ? 'guides' : 'news'}"`,
    `tags: [${tags.join(', ')}]`,
    `featured: ${i % 10 === 0}`,
    `image: "/images/uploads/cover-${i % 50}.png"`,
    `readTime: ${(i % 9) + 1}`,
    `draft: ${i % 17 === 0}`,
    '---',
    '',
  ].join('\n');
}

export function post(bytes: number, seed = 1): string {
  const parts = [frontmatter(seed)];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const block = BLOCKS[i % BLOCKS.length](i) + '\n';
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

export function ensureCorpus(): void {
  const stamp = join(CORPUS, 'complete');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(SITE_POSTS)) return;
  mkdirSync(join(CORPUS, 'posts'), { recursive: true });
  for (const [name, bytes] of Object.entries(SIZES)) writeFileSync(join(CORPUS, 'posts', `${name}.md`), post(bytes));
  const blog = join(CORPUS, 'site', 'src', 'content', 'blog');
  mkdirSync(blog, { recursive: true });
  for (let i = 1; i <= SITE_POSTS; i++) {
    writeFileSync(join(blog, `post-${String(i).padStart(5, '0')}.md`), post(2048 + (i % 5) * 256, i));
  }
  writeFileSync(stamp, String(SITE_POSTS));
}

export function corpusPost(name: SizeName): string {
  return readFileSync(join(CORPUS, 'posts', `${name}.md`), 'utf8');
}
