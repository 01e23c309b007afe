import type { PostSchema } from '../schema/model';
import type { SiteKind } from '../site/detect-site';
import { jekyllPlaceOf } from './jekyll-paths';

/** How a site marks drafts. */
export type DraftConvention =
  /** `draft: true` (Astro, Hugo, Eleventy's base blog, most). */
  | { readonly kind: 'flag'; readonly key: 'draft' }
  /** `published: false` (Jekyll's flag, Decap collections with a `published` field). */
  | { readonly kind: 'flag'; readonly key: 'published' }
  /** Jekyll: drafts live in `_drafts/slug.md`, posts in `_posts/YYYY-MM-DD-slug.md`. */
  | { readonly kind: 'folder' };

const DRAFT: DraftConvention = { kind: 'flag', key: 'draft' };
const PUBLISHED: DraftConvention = { kind: 'flag', key: 'published' };
const FOLDER: DraftConvention = { kind: 'folder' };

/**
 * The convention for one post, most specific evidence first: a Jekyll `_drafts/` file is a draft by its folder;
 * a post that already has exactly one of `draft`/`published` keeps using it; in Jekyll's `_posts/` the folder
 * decides unless the site's schema has a `published` flag; then the schema's draft key (not the built-in
 * default's); last the site's habit (`published` for Jekyll, `draft` elsewhere).
 */
export function draftConventionOf(input: {
  readonly siteKind: SiteKind;
  readonly schema: PostSchema;
  /** Relative to the workspace folder, `/` separators. */
  readonly postPath: string;
  readonly data: Readonly<Record<string, unknown>>;
}): DraftConvention {
  const { siteKind, schema, postPath, data } = input;
  const place = siteKind === 'jekyll' ? jekyllPlaceOf(postPath) : undefined;
  if (place?.kind === 'drafts') return FOLDER;
  const hasDraft = Object.hasOwn(data, 'draft');
  const hasPublished = Object.hasOwn(data, 'published');
  if (hasPublished && !hasDraft) return PUBLISHED;
  if (hasDraft && !hasPublished) return DRAFT;
  const declared = schema.source.kind === 'builtin' ? undefined : schema.draftKey;
  if (place?.kind === 'posts') return declared === 'published' ? PUBLISHED : FOLDER;
  if (declared === 'published') return PUBLISHED;
  if (declared === 'draft') return DRAFT;
  return siteKind === 'jekyll' ? PUBLISHED : DRAFT;
}
