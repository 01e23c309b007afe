import { sitePathOf } from '../site/site-path';

/** Where the site serves files from, as the asset rules need it. */
export interface TargetBase {
  /** The post's path relative to the workspace folder. */
  readonly postPath: string;
  /** The folder served at the site root, relative to the workspace folder; unknown when undefined. */
  readonly publicFolder?: string;
}

/** Files a link may point at and a build copies as they are (so they exist in the workspace under that name). */
const FILE_EXTENSIONS = new Set([
  'apng', 'avif', 'gif', 'ico', 'jpeg', 'jpg', 'png', 'svg', 'webp', 'pdf', 'zip', 'gz', 'tgz', 'txt', 'csv',
  'json', 'epub', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'mp3', 'mp4', 'm4a', 'ogg', 'wav', 'webm',
  'mov',
]);
const POST_EXTENSIONS = new Set(['md', 'mdx', 'markdown']);

/**
 * The workspace-relative path of the file an image or link in a post points at, or undefined when the target is
 * not a file the workspace can answer for: other sites, `mailto:`, anchors, template syntax, build aliases
 * (`~/`, `@/`), site-root paths without a known public folder, and page routes (`/blog/post/`), which the build
 * makes. A link is checked when it names a post (`../other.md`, relative to this post) or a file such as a PDF.
 */
export function localTarget(destination: string, kind: 'image' | 'link', base: TargetBase): string | undefined {
  const raw = decode(destination.trim());
  if (raw === '' || raw.startsWith('#') || raw.startsWith('?') || raw.startsWith('//')) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(raw) || /^[~@$]/.test(raw) || raw.includes('{{') || raw.includes('{%')) return undefined;
  const path = raw.replace(/[?#].*$/, '');
  if (path === '' || path.endsWith('/')) return undefined;

  const extension = /\.([a-z\d]+)$/i.exec(path)?.[1].toLowerCase();
  const rooted = path.startsWith('/');
  if (kind === 'link') {
    const isPost = extension !== undefined && POST_EXTENSIONS.has(extension) && !rooted;
    const isFile = extension !== undefined && FILE_EXTENSIONS.has(extension);
    if (!isPost && !isFile) return undefined;
  }
  return sitePathOf(path, base.postPath, base.publicFolder);
}

function decode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
