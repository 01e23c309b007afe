/** Messages between the workspace index and its scanning worker thread. */
export interface ScanRequest {
  /** Absolute path of the workspace folder; everything else is relative to it, with `/` separators. */
  readonly root: string;
  readonly contentFolders: readonly string[];
  /** Folders served at a URL path: images in them are offered as `<urlPath>/<file>`. */
  readonly imageFolders: ReadonlyArray<{ readonly folder: string; readonly urlPath: string }>;
}

export type ScanReply =
  | { readonly type: 'posts'; readonly posts: ReadonlyArray<readonly [string, Record<string, unknown>]> }
  | { readonly type: 'images'; readonly paths: readonly string[] }
  | { readonly type: 'done'; readonly files: number; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };
