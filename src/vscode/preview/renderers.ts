import * as path from 'node:path';
import type { MarkdownRenderer, RendererFactory, RendererId } from '../../core/render/renderer';

const loaded = new Map<RendererId, MarkdownRenderer>();

/** Loads a renderer's own bundle the first time a preview needs it, so activation never pays for it. */
export function rendererFor(extensionPath: string, id: RendererId): MarkdownRenderer {
  let renderer = loaded.get(id);
  if (!renderer) {
    const file = path.join(extensionPath, 'dist', 'render', `${id}.js`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as { createRenderer: RendererFactory };
    renderer = module.createRenderer();
    loaded.set(id, renderer);
  }
  return renderer;
}
