import type { InlineText } from './inline-text';
import { nbspRuns } from './nbsp';

/** Short words that stay lower case in Title Case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'nor', 'of', 'on',
  'or', 'per', 'the', 'to', 'up', 'via', 'vs', 'with',
]);

/**
 * Reads like a section title: 1–6 words, letters and digits only (no final punctuation, no Markdown), each word
 * capitalised except the minor ones (`How it Works`), or all capitals.
 */
export function isHeadingLike(phrase: string): boolean {
  if (phrase.length < 3 || phrase.length > 60) return false;
  if (!/^[\p{L}\p{N}][\p{L}\p{N} '’&/()+-]*[\p{L}\p{N})]$/u.test(phrase)) return false;
  const words = phrase.split(/ +/);
  if (words.length > 6) return false;
  if (!/^\p{Lu}/u.test(words[0]) && !(/^\p{N}/u.test(words[0]) && words.length > 1)) return false;
  return words.every((word, i) => i === 0 || /^[\p{Lu}\p{N}(&]/u.test(word) || MINOR_WORDS.has(word));
}

/** A paragraph that is nothing but a title-like phrase, and where the phrase sits in its content. */
export interface TitleLine {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The phrase of a one-line paragraph that reads like a title (`Key Components`), ignoring non-breaking spaces
 * around it and bold around all of it (`**Overview**`), which are part of the look, not of the title.
 */
export function titleLine(content: string): TitleLine | undefined {
  if (content.length > 80 || content.includes('\n')) return undefined;
  const runs = nbspRuns(content);
  let start = runs[0]?.start === 0 ? runs[0].end : 0;
  let end = runs.length > 0 && runs[runs.length - 1].end === content.length ? runs[runs.length - 1].start : content.length;
  if (/^(\*\*|__)(?!\s)(.+)(?<!\s)\1$/.test(content.slice(start, end))) [start, end] = [start + 2, end - 2];
  const phrase = content.slice(start, end);
  return isHeadingLike(phrase) ? { phrase, start, end } : undefined;
}

/** A title-like phrase at the end of a paragraph, joined to the sentence before it by non-breaking spaces. */
export interface GluedHeading {
  /** Content positions of the non-breaking spaces between the sentence and the phrase. */
  readonly separatorStart: number;
  readonly separatorEnd: number;
  readonly phrase: string;
}

/**
 * Finds `…process.&nbsp;How it Works` at the end of a top-level paragraph: a rich-text editor turned a heading
 * into text glued to the paragraph before it. Only a non-breaking space counts as the glue, and a sentence must
 * end right before it, so ordinary prose (`… we met Jane Doe`) is never taken for a heading.
 */
export function gluedHeading(inline: InlineText): GluedHeading | undefined {
  if (!inline.topLevel || inline.container.type !== 'paragraph_open') return undefined;
  const { content } = inline;
  const runs = nbspRuns(content.slice(content.lastIndexOf('\n') + 1));
  if (runs.length === 0) return undefined;
  const lineStart = content.lastIndexOf('\n') + 1;
  const last = runs[runs.length - 1];
  const separatorStart = lineStart + last.start;
  const separatorEnd = lineStart + last.end;
  const phrase = content.slice(separatorEnd).trimEnd();
  if (!isHeadingLike(phrase) || !endsSentence(content, separatorStart)) return undefined;
  if (inline.facts.verbatim.some(([start, end]) => start < content.length && end > separatorStart)) return undefined;
  return { separatorStart, separatorEnd, phrase };
}

/** A sentence ends just before `position`, maybe followed by closing quotes, brackets or emphasis markers. */
export function endsSentence(content: string, position: number): boolean {
  let i = position - 1;
  while (i >= 0 && '"”’\')]*_'.includes(content[i])) i--;
  return i >= 0 && '.!?'.includes(content[i]);
}
