import type { Token } from 'markdown-it';
import { inlineFacts, type InlineFacts } from './source-positions';
import type { SourceLines } from './source-lines';

/** The text of one paragraph, heading or table cell as markdown-it read it, and the way back to file offsets. */
export interface InlineText {
  readonly token: Token;
  /** The block that holds it: `paragraph_open`, `heading_open`, `th_open` or `td_open`. */
  readonly container: Token;
  /** The block is not inside a list, quote or table. */
  readonly topLevel: boolean;
  readonly content: string;
  readonly facts: InlineFacts;
  /** The file offset of a position in `content`. */
  offsetAt(position: number): number;
}

const NO_FACTS: InlineFacts = { runs: [], links: new Map(), verbatim: [] };

/**
 * Places an inline token's content in the file. markdown-it builds the content from the block's lines with
 * container prefixes (`> `, list indentation) and outer whitespace removed, so each content line is found in
 * its source line: at the end for all but the last line, anywhere from `from` for the last (headings drop
 * their closing `#`s, table cells are one of several on their line). Undefined when a line is not found
 * (a tab that markdown-it expanded to spaces); the rules then skip that text rather than guess. Table cells have
 * no line of their own in markdown-it: the caller passes their row's.
 */
export function placeInline(
  text: string, lines: SourceLines, token: Token, container: Token, firstLine: number, from: number,
): InlineText | undefined {
  const contentStarts: number[] = [];
  const fileStarts: number[] = [];
  let position = 0;
  const parts = token.content.split('\n');
  const inCell = container.type === 'td_open' || container.type === 'th_open';
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const line = firstLine + k;
    const lineStart = Math.max(lines.start(line), from);
    const lineEnd = lines.end(line);
    // Only the last line lost its trailing whitespace.
    let end = lineEnd;
    if (k === parts.length - 1) while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    // Table cells share their line, so a cell's text at the end of the line may be another cell's.
    const atEnd = !inCell && end - part.length >= lineStart && text.startsWith(part, end - part.length);
    let at = atEnd ? end - part.length : -1;
    if (at < 0) {
      // Searched within the line only: a miss must not scan the rest of a large file.
      const lineText = text.slice(lineStart, lineEnd);
      let found = lineText.indexOf(part);
      if (found < 0) {
        // A tab that the block parser turned into spaces: place the line by its text after the indentation.
        const trimmed = part.trimStart();
        found = lineText.indexOf(trimmed);
        if (found < 0) return undefined;
        found -= part.length - trimmed.length;
      }
      at = lineStart + found;
    }
    contentStarts.push(position);
    fileStarts.push(at);
    position += part.length + 1;
  }
  return {
    token,
    container,
    topLevel: container.level === 0,
    content: token.content,
    facts: inlineFacts(token) ?? NO_FACTS,
    offsetAt(p) {
      let k = contentStarts.length - 1;
      while (k > 0 && contentStarts[k] > p) k--;
      return fileStarts[k] + p - contentStarts[k];
    },
  };
}

/** The file offset just past where an inline content ends. */
export function inlineEnd(inline: InlineText): number {
  return inline.offsetAt(inline.content.length);
}
