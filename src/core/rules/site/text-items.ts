import type { FrontmatterEntry } from '../../frontmatter/parse-post';

/** A text value of the frontmatter with the offsets of its source (quotes included). */
export interface TextItem {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** The text values of an entry: each text item of a list, or the value itself when it is text. */
export function textItems(entry: FrontmatterEntry): TextItem[] {
  if (typeof entry.value === 'string') return [{ start: entry.valueStart, end: entry.valueEnd, value: entry.value }];
  if (!entry.items) return [];
  const items: TextItem[] = [];
  for (const item of entry.items) {
    if (typeof item.value === 'string') items.push({ start: item.start, end: item.end, value: item.value });
  }
  return items;
}
