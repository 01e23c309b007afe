/**
 * The words a reader reads in a Markdown body, roughly: whitespace-separated runs with a letter or digit in them,
 * leaving out fenced code blocks (an unclosed fence runs to the end, as in CommonMark), HTML tags, URLs, and Hugo
 * shortcodes or Liquid tags on one line. One pass over the text from `from`, without copying it: this runs on every
 * keystroke of long posts too.
 */
export function wordCount(text: string, from = 0): number {
  let words = 0;
  let counted = false; // whether the current run of non-space characters has been counted
  let i = fencedCodeEnd(text, from);
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0) {
      counted = false;
      i = code === 0x0a ? fencedCodeEnd(text, i + 1) : i + 1;
      continue;
    }
    const markup = code === 0x3c || code === 0x7b || code === 0x68 ? markupEnd(text, i, code, counted) : i;
    if (markup > i) {
      i = markup;
      continue;
    }
    if (!counted && isWordCharacter(code)) {
      words++;
      counted = true;
    }
    i++;
  }
  return words;
}

/** The last body counted: while the author types in the frontmatter, the body stays the same. */
let lastBody: { readonly text: string; readonly words: number } | undefined;

/**
 * `wordCount` of the body from `from` to the end, reusing the last count while the body has not changed. The body
 * is compared as a slice with `===`, which V8 does as fast as a memory compare (`startsWith` is twenty times slower).
 */
export function bodyWordCount(text: string, from: number): number {
  const body = text.slice(from);
  if (lastBody?.text !== body) lastBody = { text: body, words: wordCount(body) };
  return lastBody.words;
}

/** Whole minutes to read that many words, at least one: how sites compute the figure they show. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** Where a fenced code block opening on the line at `lineStart` ends (past its closing line); `lineStart` if none. */
function fencedCodeEnd(text: string, lineStart: number): number {
  const open = fenceAt(text, lineStart, 0);
  if (!open) return lineStart;
  for (let lf = text.indexOf('\n', open.end); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
    const close = fenceAt(text, lf + 1, open.code);
    if (close && close.length >= open.length && isBlank(text, close.end, lineEnd(text, close.end))) {
      const after = text.indexOf('\n', close.end);
      return after < 0 ? text.length : after + 1;
    }
  }
  return text.length;
}

/** A run of three or more backticks or tildes (of `code` when given) after up to three spaces. */
function fenceAt(text: string, lineStart: number, code: number): { code: number; length: number; end: number } | undefined {
  let i = lineStart;
  while (i < lineStart + 3 && text.charCodeAt(i) === 0x20) i++;
  const fence = text.charCodeAt(i);
  if ((fence !== 0x60 && fence !== 0x7e) || (code !== 0 && fence !== code)) return undefined;
  let end = i;
  while (text.charCodeAt(end) === fence) end++;
  return end - i >= 3 ? { code: fence, length: end - i, end } : undefined;
}

/** Where markup that starts at `i` ends: an HTML tag, a URL, `{{< … >}}` or `{% … %}` on one line; `i` if none. */
function markupEnd(text: string, i: number, code: number, inRun: boolean): number {
  const next = text.charCodeAt(i + 1);
  if (code === 0x3c) return next === 0x2f || next === 0x21 || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) ? closingOnLine(text, i, 0x3e, 0) : i;
  if (code === 0x7b) return next === 0x7b || next === 0x25 ? closingOnLine(text, i, next === 0x7b ? 0x7d : 0x25, 0x7d) : i;
  // A URL starts a run of its own or follows the `(` of a Markdown link.
  if ((!inRun || text.charCodeAt(i - 1) === 0x28) && (text.startsWith('https://', i) || text.startsWith('http://', i))) {
    let end = i;
    while (end < text.length && text.charCodeAt(end) > 0x20) end++;
    return end;
  }
  return i;
}

/** Just past the first `close` (followed by `then`, unless 0) on the line from `i`; `i` when the line has none. */
function closingOnLine(text: string, i: number, close: number, then: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x0a) return i;
    if (code === close && (then === 0 || text.charCodeAt(j + 1) === then)) return then === 0 ? j + 1 : j + 2;
  }
  return i;
}

function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  return lf < 0 ? text.length : lf;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

/**
 * Letters and digits. Outside ASCII everything but Latin-1 symbols and general punctuation (dashes, quotes) counts as
 * a letter, which is right for the scripts that separate words with spaces.
 */
function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return code > 0xbf && (code < 0x2000 || code > 0x206f);
}
