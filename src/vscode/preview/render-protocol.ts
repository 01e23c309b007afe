import type { RendererId } from '../../core/render/renderer';

/** Messages between the preview and its render worker thread. */
export interface RenderRequest {
  readonly id: number;
  readonly renderer: RendererId;
  readonly markdown: string;
}

export type RenderReply =
  | { readonly id: number; readonly html: string; readonly describes: string }
  | { readonly id: number; readonly error: string };
