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
  return sitePathOf(decoded, postPath, publicFolder);
}

/**
 * The workspace-relative path of an already decoded local path written in a post: site-root paths through the
 * public folder, others from the post's folder. Undefined when the site has no public folder for a site-root
 * path, or when `..` climbs out of the workspace folder.
 */
export function sitePathOf(path: string, postPath: string, publicFolder: string | undefined): string | undefined {
  const base = path.startsWith('/') ? publicFolder : postPath.slice(0, Math.max(0, postPath.lastIndexOf('/')));
  if (base === undefined) return undefined;
  const parts = base === '' ? [] : base.split('/');
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined; // above the workspace folder
  }
  return parts.join('/');
}
