import type { EmphasisSpan } from './emphasis-spans';
import { flanking, isPunct, isSpace, isWordChar } from './flanking';

/** One change inside the inline content, in content positions. */
export interface ContentEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** What the author would change to make a span render, and the same in words for the message. */
export interface Repair {
  readonly edits: readonly ContentEdit[];
  readonly steps: readonly string[];
}

/**
 * The smallest changes that let the span open and close where the author meant: remove the doubled runs that
 * split it (`**JavaScript****:**`); remove a space just inside a marker, or move it outside when a word touches
 * the marker there (`**bold **text`); add a space just outside a marker that has a word on the outside and
 * punctuation on the inside (`**Label:**Text`), which CommonMark does not read as emphasis; write `**` for `__`
 * where only the stricter underscore rule stops it (`__bold__text`). Empty when none of these applies.
 */
export function repairSpan(src: string, span: EmphasisSpan): Repair {
  const { open, close } = span;
  const markers = open.marker.repeat(open.length);
  const edits: ContentEdit[] = [];
  const steps: string[] = [];
  for (const seam of span.seams) {
    edits.push({ start: seam.start, end: seam.start + seam.length, newText: '' });
  }
  if (span.seams.length > 0) steps.push(`remove the \`${markers}${markers}\` that splits it`);

  const openEnd = open.start + open.length;
  const opening = flanking(src, open.start, openEnd, open.marker);
  const closing = flanking(src, close.start, close.start + close.length, close.marker);
  let underscores = false;
  if (isSpace(opening.after)) {
    const end = skipSpaces(src, openEnd, 1);
    if (end < 0) return { edits: [], steps: [] };
    edits.push({ start: openEnd, end, newText: '' });
    if (isWordChar(opening.before)) {
      edits.push({ start: open.start, end: open.start, newText: ' ' });
      steps.push(`move the space after the opening \`${markers}\` to before it`);
    } else steps.push(`remove the space after the opening \`${markers}\``);
  } else if (!opening.canOpen) {
    if (open.marker === '_' && flanking(src, open.start, openEnd, '*').canOpen) underscores = true;
    else if (isPunct(opening.after) && isWordChar(opening.before)) {
      edits.push({ start: open.start, end: open.start, newText: ' ' });
      steps.push(`put a space before the opening \`${markers}\``);
    }
  }
  if (isSpace(closing.before)) {
    const start = skipSpaces(src, close.start, -1);
    if (start < 0) return { edits: [], steps: [] };
    edits.push({ start, end: close.start, newText: '' });
    const end = close.start + close.length;
    if (isWordChar(closing.after)) {
      edits.push({ start: end, end, newText: ' ' });
      steps.push(`move the space before the closing \`${markers}\` to after it`);
    } else steps.push(`remove the space before the closing \`${markers}\``);
  } else if (!closing.canClose) {
    if (close.marker === '_' && flanking(src, close.start, close.start + close.length, '*').canClose) underscores = true;
    else if (isPunct(closing.before) && isWordChar(closing.after)) {
      const end = close.start + close.length;
      edits.push({ start: end, end, newText: ' ' });
      steps.push(`put a space after the closing \`${markers}\``);
    }
  }
  if (underscores) {
    const stars = '*'.repeat(open.length);
    // A space inserted before the opening run becomes part of its replacement: two edits at one offset would
    // apply in an order nobody promised.
    const before = edits.findIndex((edit) => edit.start === open.start && edit.end === open.start);
    const space = before >= 0 ? edits.splice(before, 1)[0].newText : '';
    edits.push({ start: open.start, end: openEnd, newText: space + stars });
    edits.push({ start: close.start, end: close.start + close.length, newText: stars });
    steps.push(`use \`${stars}\` instead of \`${markers}\`, which does not work next to a letter`);
  }
  return { edits: edits.sort((a, b) => a.start - b.start), steps };
}

/** The end (forwards) or start (backwards) of the spaces next to `from`; -1 when they cross a line break. */
function skipSpaces(src: string, from: number, direction: 1 | -1): number {
  let i = from;
  if (direction === 1) {
    while (i < src.length && (src[i] === ' ' || src[i] === '\t')) i++;
    return src[i] === '\n' ? -1 : i;
  }
  while (i > 0 && (src[i - 1] === ' ' || src[i - 1] === '\t')) i--;
  return src[i - 1] === '\n' ? -1 : i;
}
