import MarkdownIt from 'markdown-it';
import type { MarkdownRenderer } from '../renderer';

/** markdown-it as Eleventy configures it by default: CommonMark with raw HTML on. */
export function createRenderer(): MarkdownRenderer {
  const md = new MarkdownIt({ html: true });
  return {
    id: 'markdown-it',
    describes: 'markdown-it (Eleventy)',
    render: (markdown) => md.render(markdown),
  };
}
