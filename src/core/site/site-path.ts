/**
 * Where a path written in a post points, relative to the workspace folder: site-root paths (`/images/a.png`)
 * through the public folder, relative ones from the post's folder. Undefined for URLs, anchors, and site-root
 * paths when the site has no public folder.
 */
export function resolveSitePath(target: string, postPath: string, publicFolder: string | undefined): string | undefined {
  const clean = target.trim().split(/[?#]/)[0];
  if (clean === '' || /^[a-z][a-z\d+.-]*:/i.test(clean) || clean.startsWith('//')) return undefined;
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch {
    // keep the path as written
  }
  const base = decoded.startsWith('/') ? (publicFolder === undefined ? undefined : publicFolder) : postPath.slice(0, Math.max(0, postPath.lastIndexOf('/')));
  if (base === undefined) return undefined;
  const parts = base === '' ? [] : base.split('/');
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined; // above the workspace folder
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}
