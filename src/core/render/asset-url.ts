/** Where the preview loads a post's images from, as URLs the webview may read. */
export interface AssetBases {
  /** The site's public/static folder; root-relative paths (`/images/a.png`) resolve here. */
  readonly publicRoot?: string;
  /** The folder of the post; relative paths (`./a.png`) resolve here. */
  readonly documentDir: string;
}

/**
 * The URL the preview should load for an image `src` from a post, or undefined when it must not be loaded
 * (remote or script URLs; the webview's policy would block them anyway).
 */
export function resolveAssetUrl(src: string, bases: AssetBases): string | undefined {
  const trimmed = src.trim();
  if (trimmed === '') return undefined;
  if (/^data:image\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
  const [path, suffix] = splitSuffix(trimmed);
  if (path.startsWith('/')) return bases.publicRoot ? join(bases.publicRoot, path) + suffix : undefined;
  return join(bases.documentDir, path) + suffix;
}

function splitSuffix(path: string): [string, string] {
  const cut = path.search(/[?#]/);
  return cut < 0 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
}

/** Appends a relative path to a base URL; `..` never climbs above the base, which is all the preview may read. */
function join(base: string, path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(encodeURIComponent(decodeURISafe(part)));
  }
  return [base.replace(/\/+$/, ''), ...parts].join('/');
}

function decodeURISafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
