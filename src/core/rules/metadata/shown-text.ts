import type { FrontmatterEntry, ParsedPost } from '../../frontmatter/parse-post';

const SPACES = /\s+/g;

/** A text key's first entry with its value as search results show it: trimmed, runs of spaces made one. */
export function shownText(post: ParsedPost, key: string): { entry: FrontmatterEntry; text: string } | undefined {
  const entry = post.entries.find((e) => e.key === key);
  if (!entry || typeof entry.value !== 'string') return undefined;
  const text = entry.value.trim().replace(SPACES, ' ');
  return text === '' ? undefined : { entry, text };
}

/** Length in characters as a reader counts them (an emoji is one), not in UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
