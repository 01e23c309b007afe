import { dayIn, isKnownTimeZone } from '../dates/time-zone';
import type { ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
import type { TextEdit } from '../text/text-edit';
import { dateEdits } from './date-edit';
import type { DateStyle } from './date-style';
import type { DraftConvention } from './draft-convention';
import { frontmatterProblem } from './editable';
import { flagEdits } from './flag-edit';
import { draftPathOf, jekyllPlaceOf, postPathOf, type JekyllPlace } from './jekyll-paths';
import { dateKeyFor, dateKeyOf, fileNameDate, readDate } from './post-date';
import type { PostState } from './post-state';

/**
 * A change of a post's state: minimal edits to its text (offsets into `post.text`) and at most one rename.
 * Paths are relative to the workspace folder with `/` separators. The caller applies both, and must check that
 * `rename.to` does not exist yet: nothing here sees the disk, and a rename must never replace another post.
 */
export type LifecycleChange =
  | {
    readonly edits: readonly TextEdit[];
    readonly rename?: { readonly from: string; readonly to: string };
    /** The state the post is in once the change is applied (for the status bar message). */
    readonly state?: PostState;
  }
  | { readonly error: string };

export interface LifecycleInput {
  readonly post: ParsedPost;
  readonly schema: PostSchema;
  readonly convention: DraftConvention;
  /** The post's path, relative to the workspace folder, `/` separators. */
  readonly postPath: string;
  /** The site's date style (date-style.ts), for a date the post does not have yet. */
  readonly dateStyle: DateStyle;
  /** The author's IANA zone: dates are written in it, and dates without a zone are read in it. */
  readonly timeZone: string;
}

/**
 * Makes the post a draft or not, changing nothing else: the flag's value, or (Jekyll folders) a move between
 * `_posts/YYYY-MM-DD-slug.md` and `_drafts/slug.md`, dated by the post's own date or else today. Toggle Draft is
 * `setDraft(!isDraft)`. Nothing to change gives no edits and no rename.
 */
export function setDraft(input: LifecycleInput & { readonly draft: boolean; readonly now: Date }): LifecycleChange {
  const { post, schema, convention, postPath, draft, now, timeZone } = input;
  if (!isKnownTimeZone(timeZone)) return { error: `\`${timeZone}\` is not a time zone; use an IANA name such as \`Europe/Berlin\`.` };
  const key = dateKeyOf(post.data, schema);
  const place = convention.kind === 'folder' ? jekyllPlaceOf(postPath) : undefined;
  const named = place?.kind === 'posts' ? fileNameDate(postPath) : undefined;
  const date = (key === undefined ? undefined : readDate(post.data[key], timeZone)) ?? (named ? readDate(named, timeZone) : undefined);
  const state: PostState = draft ? 'draft' : date && date.getTime() > now.getTime() ? 'scheduled' : 'published';

  if (convention.kind === 'folder') {
    if (!place) return notInJekyllFolders(postPath);
    if ((place.kind === 'drafts') === draft) return { edits: [], state };
    const to = draft ? draftPathOf(place) : postPathOf(place, dayIn(date ?? now, timeZone));
    return { edits: [], rename: { from: postPath, to }, state };
  }

  const problem = frontmatterProblem(post);
  if (problem) return { error: problem };
  const edits = flagEdits(post, convention.key, convention.key === 'draft' ? draft : !draft, convention.key !== 'draft');
  return 'error' in edits ? edits : { edits, state };
}

/** Publishes the post now: draft off and its date set to `now`. */
export function publishNow(input: LifecycleInput & { readonly now: Date }): LifecycleChange {
  return publishAt(input, input.now, 'published');
}

/**
 * Publishes the post at a future instant: draft off and its date set to `at` (the builds leave it out until then).
 * With `now`, an instant that is not after it is refused. With a date-only style the post is scheduled for the
 * day of `at` in the author's zone.
 */
export function schedule(input: LifecycleInput & { readonly at: Date; readonly now?: Date }): LifecycleChange {
  if (input.now && input.at.getTime() <= input.now.getTime()) {
    return { error: 'A post can only be scheduled for a time after now; publish it instead.' };
  }
  return publishAt(input, input.at, 'scheduled');
}

function publishAt(input: LifecycleInput, at: Date, state: PostState): LifecycleChange {
  const { post, schema, convention, postPath, dateStyle, timeZone } = input;
  if (Number.isNaN(at.getTime())) return { error: 'The date to publish at is not a valid date.' };
  if (!isKnownTimeZone(timeZone)) return { error: `\`${timeZone}\` is not a time zone; use an IANA name such as \`Europe/Berlin\`.` };
  const problem = frontmatterProblem(post);
  if (problem) return { error: problem };

  let place: JekyllPlace | undefined;
  let flag: TextEdit[] = [];
  if (convention.kind === 'folder') {
    place = jekyllPlaceOf(postPath);
    if (!place) return notInJekyllFolders(postPath);
  } else {
    const edits = flagEdits(post, convention.key, convention.key !== 'draft', convention.key !== 'draft');
    if ('error' in edits) return edits;
    flag = edits;
  }
  const dated = dateEdits(post, dateKeyFor(post.data, schema), at, dateStyle, timeZone);
  if ('error' in dated) return dated;
  const edits = joinTouching(post.text, [...flag, ...dated]);
  if (!place) return { edits, state };
  const to = postPathOf(place, dayIn(at, timeZone));
  return to === postPath ? { edits, state } : { edits, rename: { from: postPath, to }, state };
}

/**
 * One edit where two meet (a flag flipped at the end of the last JSON property and the property added after it),
 * so that no editor has to decide the order of edits at one offset.
 */
function joinTouching(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const joined: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = joined[joined.length - 1];
    if (last && edit.start === last.end) {
      joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), newText: last.newText + text.slice(last.end, edit.start) + edit.newText };
    } else joined.push(edit);
  }
  return joined;
}


function notInJekyllFolders(path: string): { error: string } {
  return { error: `${path} is in neither \`_posts\` nor \`_drafts\`, so it cannot be moved between them.` };
}
