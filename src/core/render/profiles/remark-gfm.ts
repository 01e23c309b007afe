import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { MarkdownRenderer } from '../renderer';

/** remark with GitHub Flavored Markdown and raw HTML kept, as Next.js, Gatsby and Astro's unified pipeline run it. */
export function createRenderer(): MarkdownRenderer {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .freeze();
  return {
    id: 'remark-gfm',
    describes: 'remark + GFM (Astro, Next.js, Gatsby)',
    render: (markdown) => String(processor.processSync(markdown)),
  };
}
