import type { SiteKind } from '../../site/detect-site';

/*
 * What decides a post's URL when the build derives it: the folder of its collection and its slug, which is the
 * `slug` key when set, else the file name. Slugs are compared in lower case: Astro and Hugo lower-case URLs, and on
 * a case-insensitive disk `My-Post/index.html` overwrites `my-post/index.html` whatever the build does.
 */

/** The keys that set a post's whole URL, so its slug no longer decides it (`permalink: false` writes no page). */
const URL_KEYS: Record<SiteKind, readonly string[]> = {
  astro: [],
  nextjs: [],
  hugo: ['url'],
  jekyll: ['permalink'],
  eleventy: ['permalink'],
  generic: ['permalink', 'url'],
};

/** `2024-05-01-` before the name of a Jekyll post: the date, not part of the slug. */
const JEKYLL_DATE = /^\d{4}-\d{2}-\d{2}-(?=.)/;
/** `/my-post/` and ` my-post ` name the same page as `my-post`. */
const SLUG_EDGES = /^[\s/]+|[\s/]+$/g;

/** The slug a post builds to, in lower case; undefined when its URL is set outright or it is a section's list page. */
export function slugOf(path: string, data: Readonly<Record<string, unknown>>, kind: SiteKind): string | undefined {
  if (URL_KEYS[kind].some((key) => data[key] !== undefined)) return undefined;
  const { folder, name } = partsOf(path);
  if (name === '_index') return undefined; // Hugo's list page of a section, not a post
  if (typeof data.slug === 'string') {
    const slug = data.slug.replace(SLUG_EDGES, '');
    if (slug !== '') return slug.toLowerCase();
  }
  if (isFolderPage(folder, name, kind)) return folder === '' ? undefined : baseName(folder).toLowerCase();
  return (kind === 'jekyll' ? name.replace(JEKYLL_DATE, '') : name).toLowerCase();
}

/** The folder whose posts share a URL prefix: the post's folder, its parent for a page bundle's `index.md`. */
export function collectionOf(path: string, kind: SiteKind): string {
  const { folder, name } = partsOf(path);
  if (kind === 'jekyll') {
    // Folders inside `_posts` do not show in a Jekyll URL.
    const posts = `/${folder}/`.lastIndexOf('/_posts/');
    if (posts >= 0) return folder.slice(0, posts + 6);
  }
  return isFolderPage(folder, name, kind) ? parentOf(folder) : folder;
}

/** `post/index.md` (and in Eleventy `post/post.md`) is the page of its folder, named after it. */
function isFolderPage(folder: string, name: string, kind: SiteKind): boolean {
  return name === 'index' || (kind === 'eleventy' && folder !== '' && baseName(folder) === name);
}

function partsOf(path: string): { folder: string; name: string } {
  const slash = path.lastIndexOf('/');
  const file = path.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  return { folder: slash < 0 ? '' : path.slice(0, slash), name: dot > 0 ? file.slice(0, dot) : file };
}

function baseName(folder: string): string {
  return folder.slice(folder.lastIndexOf('/') + 1);
}

function parentOf(folder: string): string {
  const slash = folder.lastIndexOf('/');
  return slash < 0 ? '' : folder.slice(0, slash);
}
