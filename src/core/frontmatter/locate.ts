/**
 * Finds the frontmatter block at the top of a post without parsing it.
 * YAML is fenced by `---` (optionally `---yaml`), TOML by `+++` (Hugo), JSON is a bare `{ … }` object (Hugo)
 * or `---json`. Any other `---lang` (gray-matter's `---js`, `---coffee`) is reported as unsupported: it is code,
 * and frontmatter is data that this extension never evaluates.
 */
export type FrontmatterFormat = 'yaml' | 'toml' | 'json' | 'unsupported';

export interface FrontmatterBlock {
  readonly format: FrontmatterFormat;
  /** The word after the opening fence, e.g. `js` in `---js`; empty for a plain fence. */
  readonly language: string;
  /** Offset of the opening fence (after a byte order mark). */
  readonly start: number;
  /** Offset just past the opening fence's line ending. */
  readonly contentStart: number;
  /** Offset where the closing fence's line starts (or the end of the file when unterminated). */
  readonly contentEnd: number;
  /** Offset just past the closing fence's line ending: where the body starts. */
  readonly end: number;
  /** Whether a closing fence was found. */
  readonly closed: boolean;
}

const FENCES: ReadonlyArray<{ fence: string; format: FrontmatterFormat }> = [
  { fence: '---', format: 'yaml' },
  { fence: '+++', format: 'toml' },
];

export function locateFrontmatter(text: string): FrontmatterBlock | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstLineEnd = lineBreakAt(text, start);
  const firstLine = text.slice(start, firstLineEnd.at).trimEnd();

  for (const { fence, format } of FENCES) {
    if (!firstLine.startsWith(fence)) continue;
    const language = firstLine.slice(fence.length).trim();
    if (format === 'yaml' && /^-/.test(language)) return undefined; // a `----` thematic break, not a fence
    if (format === 'toml' && language !== '') return undefined;
    const resolved = format === 'yaml' ? formatForLanguage(language) : format;
    const closers = format === 'yaml' ? [fence, '...'] : [fence];
    return findClosing(text, start, firstLineEnd.next, resolved, language, closers);
  }

  if (firstLine === '{') return findClosing(text, start, start, 'json', '', ['}'], true);
  return undefined;
}

function formatForLanguage(language: string): FrontmatterFormat {
  if (language === '' || language === 'yaml' || language === 'yml') return 'yaml';
  if (language === 'json') return 'json';
  if (language === 'toml') return 'toml';
  return 'unsupported';
}

function findClosing(
  text: string,
  start: number,
  contentStart: number,
  format: FrontmatterFormat,
  language: string,
  closers: readonly string[],
  closerIsContent = false,
): FrontmatterBlock {
  let lineStart = contentStart;
  if (closerIsContent) lineStart = lineBreakAt(text, start).next;
  while (lineStart < text.length) {
    const { at, next } = lineBreakAt(text, lineStart);
    const line = text.slice(lineStart, at).trimEnd();
    if (closers.includes(line)) {
      const contentEnd = closerIsContent ? at : lineStart;
      return { format, language, start, contentStart, contentEnd, end: next, closed: true };
    }
    if (next === lineStart) break;
    lineStart = next;
  }
  return { format, language, start, contentStart, contentEnd: text.length, end: text.length, closed: false };
}

/** Where the line starting at `from` ends (`at`, before CR/LF) and where the next line starts (`next`). */
function lineBreakAt(text: string, from: number): { at: number; next: number } {
  const lf = text.indexOf('\n', from);
  if (lf < 0) return { at: text.length, next: text.length };
  const at = lf > from && text[lf - 1] === '\r' ? lf - 1 : lf;
  return { at, next: lf + 1 };
}
