/**
 * One interface for every way a site's build turns Markdown into HTML. Each profile lives in its own file under
 * `profiles/` and is bundled separately, so the extension loads a Markdown engine only when a preview opens.
 */
export const RENDERER_IDS = ['remark-gfm', 'markdown-it'] as const;
export type RendererId = (typeof RENDERER_IDS)[number];

export interface MarkdownRenderer {
  readonly id: RendererId;
  /** Which builds render like this, for the preview's banner. */
  readonly describes: string;
  /** The HTML the build produces for a post's body (frontmatter already removed). */
  render(markdown: string): string;
}

export type RendererFactory = () => MarkdownRenderer;
