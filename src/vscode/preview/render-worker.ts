/**
 * Runs in a worker thread: renders post bodies so a long post never blocks the extension host.
 * Each renderer is created on its first request.
 */
import { parentPort } from 'node:worker_threads';
import type { MarkdownRenderer, RendererId } from '../../core/render/renderer';
import { createRenderer as markdownIt } from '../../core/render/profiles/markdown-it';
import { createRenderer as remarkGfm } from '../../core/render/profiles/remark-gfm';
import type { RenderReply, RenderRequest } from './render-protocol';

const factories: Record<RendererId, () => MarkdownRenderer> = { 'remark-gfm': remarkGfm, 'markdown-it': markdownIt };
const renderers = new Map<RendererId, MarkdownRenderer>();

parentPort?.on('message', (request: RenderRequest) => {
  let reply: RenderReply;
  try {
    let renderer = renderers.get(request.renderer);
    if (!renderer) {
      renderer = factories[request.renderer]();
      renderers.set(request.renderer, renderer);
    }
    reply = { id: request.id, html: renderer.render(request.markdown), describes: renderer.describes };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
