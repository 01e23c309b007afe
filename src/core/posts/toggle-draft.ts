import type { ParsedPost } from '../frontmatter/parse-post';
import type { TextEdit } from '../text/text-edit';
import { frontmatterProblem } from './editable';
import { flagEdits } from './flag-edit';
import { isDraft } from './post-state';

export type ToggleDraftResult =
  | { readonly edit: TextEdit; readonly draft: boolean }
  | { readonly error: string };

/**
 * The minimal edit that flips `draft` in YAML, TOML or JSON frontmatter: only the value's characters change
 * (quotes, comments, key order, line endings and everything else stay as they are). A missing or empty key is
 * set to `true`. For the other conventions (`published`, Jekyll's folders) see lifecycle.ts.
 */
export function toggleDraft(post: ParsedPost): ToggleDraftResult {
  if (!post.block) return { error: 'This file has no frontmatter, so it has no draft flag to change.' };
  const problem = frontmatterProblem(post);
  if (problem) return { error: problem };
  const draft = !isDraft(post.data, { kind: 'flag', key: 'draft' }, '');
  const edits = flagEdits(post, 'draft', draft, false);
  if ('error' in edits) return edits;
  return edits[0] ? { edit: edits[0], draft } : { error: 'The frontmatter could not be edited.' };
}
