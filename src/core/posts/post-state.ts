import type { ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
import type { DraftConvention } from './draft-convention';
import { jekyllPlaceOf } from './jekyll-paths';
import { dateKeyOf, fileNameDate, readDate } from './post-date';

export type PostState = 'draft' | 'scheduled' | 'published';

/**
 * Where a post stands: a draft when its flag or folder says so; otherwise scheduled while its date is after `now`
 * (the builds leave future posts out: Hugo without `buildFuture`, Jekyll without `future`), else published.
 * The date is the schema's date key, else the first of `date`, `pubDate`, `publishDate` the post has, else (in
 * Jekyll's `_posts`) the file name's. Dates without a zone are read in `timeZone` (default UTC).
 */
export function postState(input: {
  readonly post: ParsedPost;
  readonly schema: PostSchema;
  readonly convention: DraftConvention;
  readonly postPath: string;
  readonly now: Date;
  readonly timeZone?: string;
}): { state: PostState; date?: Date } {
  const { post, schema, convention, postPath, now } = input;
  const timeZone = input.timeZone ?? 'UTC';
  const key = dateKeyOf(post.data, schema);
  // Jekyll dates a post by its file name when the frontmatter does not.
  const jekyll = convention.kind === 'folder' || (convention.key === 'published' && jekyllPlaceOf(postPath)?.kind === 'posts');
  const named = jekyll ? fileNameDate(postPath) : undefined;
  const date = (key !== undefined ? readDate(post.data[key], timeZone) : undefined) ?? (named ? readDate(named, timeZone) : undefined);
  const when = date ? { date } : {};
  if (isDraft(post.data, convention, postPath)) return { state: 'draft', ...when };
  return { state: date && date.getTime() > now.getTime() ? 'scheduled' : 'published', ...when };
}

export function isDraft(data: Readonly<Record<string, unknown>>, convention: DraftConvention, postPath: string): boolean {
  if (convention.kind === 'folder') return jekyllPlaceOf(postPath)?.kind === 'drafts';
  const value = data[convention.key];
  return convention.key === 'draft' ? isBoolean(value, true) : isBoolean(value, false);
}

/** The boolean, or the same word as text (`draft: "true"`), which Hugo reads as the boolean too. */
function isBoolean(value: unknown, expected: boolean): boolean {
  return value === expected || (typeof value === 'string' && value.trim().toLowerCase() === String(expected));
}
