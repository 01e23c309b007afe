/**
 * What a folder's existing posts say about naming a new one. Paths may be relative to the workspace folder or to
 * the folder itself; `_index.md` (a Hugo section's list page) is no post.
 */

/** Whether most posts of the folder are page bundles (`my-post/index.md`, `my-post/index.mdx`). */
export function isBundleFolder(folder: string, paths: readonly string[]): boolean {
  const posts = paths.map((p) => within(folder, p)).filter((p) => !/(^|\/)_index\.[^/]+$/.test(p));
  const bundles = posts.filter((p) => /^[^/]+\/index\.[^/.]+$/.test(p)).length;
  return bundles * 2 > posts.length;
}

/** The extension most of the posts have (`md`, `mdx`, `markdown`), or undefined for none. */
export function usualExtension(paths: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0) continue;
    const extension = name.slice(dot + 1);
    counts.set(extension, (counts.get(extension) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

function within(folder: string, path: string): string {
  const normal = path.replace(/\\/g, '/');
  return folder !== '' && normal.startsWith(folder + '/') ? normal.slice(folder.length + 1) : normal;
}
