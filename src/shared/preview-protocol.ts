/** The messages between the extension host and the preview webview; both sides import these types. */
import type { AssetBases } from '../core/render/asset-url';
import type { PostHeader } from '../core/render/post-header';

export interface RenderMessage {
  readonly type: 'render';
  readonly uri: string;
  readonly version: number;
  readonly header: PostHeader;
  /** Body HTML as the site's build produces it; the webview strips anything executable before showing it. */
  readonly html: string;
  readonly renderer: string;
  readonly assets: AssetBases;
}

export type HostToWebview = RenderMessage;

/** What the webview shows after a render: lets the host (and tests) know what a reader sees. */
export interface RenderedReport {
  readonly type: 'rendered';
  readonly uri: string;
  readonly version: number;
  readonly title: string;
  readonly headings: readonly string[];
  readonly text: string;
  readonly images: ReadonlyArray<{ readonly src: string; readonly loaded: boolean }>;
  /** Elements and attributes removed because they could run code or load remote content. */
  readonly removed: readonly string[];
}

export interface ReadyMessage {
  readonly type: 'ready';
}

export interface OpenLinkMessage {
  readonly type: 'openLink';
  readonly href: string;
}

export type WebviewToHost = ReadyMessage | RenderedReport | OpenLinkMessage;
