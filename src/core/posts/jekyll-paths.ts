/**
 * Jekyll's draft folder: a post in `_posts/` is named `YYYY-MM-DD-slug.md`, a draft in `_drafts/` just `slug.md`.
 * Either folder may sit below the site root (`blog/_posts/`, a category's `news/_posts/`) and hold subfolders;
 * Jekyll reads `_drafts` wherever it reads `_posts`, so moving swaps only that one path segment.
 * Paths are relative with `/` separators.
 */
export interface JekyllPlace {
  readonly kind: 'posts' | 'drafts';
  /** The path up to the `_posts`/`_drafts` segment, with its trailing `/` (empty at the root). */
  readonly base: string;
  /** The path below that segment (`sub/2025-01-02-my-post.md`). */
  readonly rest: string;
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

export function jekyllPlaceOf(path: string): JekyllPlace | undefined {
  const segments = path.split('/');
  for (let i = segments.length - 2; i >= 0; i--) {
    const kind = segments[i] === '_posts' ? 'posts' : segments[i] === '_drafts' ? 'drafts' : undefined;
    if (!kind) continue;
    const base = segments.slice(0, i).join('/');
    return { kind, base: base === '' ? '' : base + '/', rest: segments.slice(i + 1).join('/') };
  }
  return undefined;
}

/** `_posts/2025-01-02-my-post.md` → `_drafts/my-post.md`. */
export function draftPathOf(place: JekyllPlace): string {
  return `${place.base}_drafts/${withName(place.rest, (name) => name.replace(DATE_PREFIX, ''))}`;
}

/** `_drafts/my-post.md` → `_posts/<day>-my-post.md`, a date already in the name replaced. */
export function postPathOf(place: JekyllPlace, day: string): string {
  return `${place.base}_posts/${withName(place.rest, (name) => `${day}-${name.replace(DATE_PREFIX, '')}`)}`;
}

function withName(rest: string, rename: (name: string) => string): string {
  const slash = rest.lastIndexOf('/');
  return rest.slice(0, slash + 1) + rename(rest.slice(slash + 1));
}
