import type { SiteKind } from '../site/detect-site';
import { RENDERER_IDS, type RendererId } from './renderer';

/** The renderer that matches a site's build; a setting other than `auto` wins. */
export function chooseRenderer(kind: SiteKind, setting: string | undefined): RendererId {
  if (setting && (RENDERER_IDS as readonly string[]).includes(setting)) return setting as RendererId;
  return kind === 'eleventy' ? 'markdown-it' : 'remark-gfm';
}
