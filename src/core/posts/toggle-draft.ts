import { insertKeyEdit } from '../frontmatter/insert-key';
import type { ParsedPost } from '../frontmatter/parse-post';
import type { TextEdit } from '../text/text-edit';

export type ToggleDraftResult =
  | { readonly edit: TextEdit; readonly draft: boolean }
  | { readonly error: string };

/** The spellings a YAML reader takes as booleans, each paired with its opposite in the same style. */
const OPPOSITES: Record<string, string> = {
  true: 'false', false: 'true',
  True: 'False', False: 'True',
  TRUE: 'FALSE', FALSE: 'TRUE',
};

/**
 * The minimal edit that flips `draft`: only the value's characters change (quotes, comments, key order,
 * line endings and everything else stay as they are). A missing key is added as `draft: true`.
 */
export function toggleDraft(post: ParsedPost): ToggleDraftResult {
  const block = post.block;
  if (!block) return { error: 'This file has no frontmatter, so it has no draft flag to change.' };
  if (block.format !== 'yaml') return { error: `Toggling draft in ${block.format.toUpperCase()} frontmatter is not supported yet.` };
  if (!block.closed) return { error: 'The frontmatter is never closed (no closing `---`); fix that first.' };
  if (post.syntaxProblems.length > 0) {
    return { error: 'The frontmatter has YAML errors; fix them first so the file is not damaged.' };
  }
  const entries = post.entries.filter((e) => e.key === 'draft');
  if (entries.length > 1) return { error: '`draft` is set more than once; remove one first.' };
  const entry = entries[0];
  if (!entry) {
    const edit = insertKeyEdit(post, 'draft', 'true');
    return edit ? { edit, draft: true } : { error: 'The frontmatter could not be edited.' };
  }
  if (entry.value === null) {
    const colon = post.text.indexOf(':', entry.keyEnd);
    return { edit: { start: colon + 1, end: colon + 1, newText: ' true' }, draft: true };
  }
  const source = post.text.slice(entry.valueStart, entry.valueEnd);
  const quote = source[0] === '"' || source[0] === "'" ? source[0] : '';
  const inner = quote ? source.slice(1, -1) : source;
  const flipped = OPPOSITES[inner];
  if (!flipped || typeof entry.value !== (quote ? 'string' : 'boolean')) {
    return { error: `\`draft\` is \`${source}\`, not \`true\` or \`false\`; set it by hand.` };
  }
  return {
    edit: { start: entry.valueStart + quote.length, end: entry.valueEnd - quote.length, newText: flipped },
    draft: flipped.toLowerCase() === 'true',
  };
}
