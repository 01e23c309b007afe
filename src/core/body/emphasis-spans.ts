import { flanking, isSpace, isWordChar } from './flanking';
import type { DelimiterRun } from './source-positions';

/**
 * Emphasis as the author wrote it: an opening run, the closing run of the same length, and any doubled runs in
 * between that join two spans written back to back (`**JavaScript****:**`, as rich-text editors paste them).
 */
export interface EmphasisSpan {
  readonly open: DelimiterRun;
  readonly close: DelimiterRun;
  readonly seams: readonly DelimiterRun[];
}

/**
 * Pairs the runs the way a reader pairs them: an opening run (text follows it, or a stray space between it and
 * the text) with the next run of the same length that ends text. Runs with space on both sides (`2 ** 3`) and a
 * single underscore inside a word (`snake_case`) are not emphasis at all and are left out.
 */
export function intendedSpans(src: string, runs: readonly DelimiterRun[]): EmphasisSpan[] {
  const spans: EmphasisSpan[] = [];
  const pendingBy = new Map<object, { run: DelimiterRun; seams: DelimiterRun[]; loose: boolean }>();
  for (const run of runs) {
    const shape = shapeOf(src, run);
    const key = listKey(run);
    const pending = pendingBy.get(key);
    if (pending) {
      if (shape.inside && !pending.loose && run.length === 2 * pending.run.length) {
        pending.seams.push(run);
        continue;
      }
      pendingBy.delete(key);
      if (run.length === pending.run.length && shape.closes && !(shape.loose && pending.loose)) {
        spans.push({ open: pending.run, close: run, seams: pending.seams });
        continue;
      }
    }
    if (shape.opens) pendingBy.set(key, { run, seams: [], loose: shape.loose });
  }
  return [...spans, ...misplacedSpaces(src, runs, spans)].sort((a, b) => a.open.start - b.open.start);
}

/**
 * Pairs that a space in the wrong place broke, among the runs left over that the parser left as text:
 * `**bold **text` (the closing run reads as an opener) and `text** bold**` (the opening run reads as a closer).
 */
function misplacedSpaces(src: string, runs: readonly DelimiterRun[], spans: readonly EmphasisSpan[]): EmphasisSpan[] {
  const used = new Set(spans.flatMap((span) => [span.open, span.close, ...span.seams]));
  const lastBy = new Map<object, DelimiterRun>();
  const found: EmphasisSpan[] = [];
  for (const run of runs) {
    if (used.has(run) || run.literal === 0) continue;
    const key = listKey(run);
    const previous = lastBy.get(key);
    lastBy.set(key, run);
    if (!previous || previous.length !== run.length) continue;
    const a = flanking(src, previous.start, previous.start + previous.length, run.marker);
    const b = flanking(src, run.start, run.start + run.length, run.marker);
    const spaceMovedIn = isSpace(b.before) && isWordChar(b.after) && isSpace(a.before) && !isSpace(a.after);
    const spaceMovedOut = isWordChar(a.before) && isSpace(a.after) && !isSpace(b.before) && isSpace(b.after);
    if (spaceMovedIn || spaceMovedOut) {
      found.push({ open: previous, close: run, seams: [] });
      lastBy.delete(key);
    }
  }
  return found;
}

const listKeys = new WeakMap<object, { '*': object; _: object }>();

/** Runs pair only with runs of the same marker in the same delimiter list. */
function listKey(run: DelimiterRun): object {
  let keys = listKeys.get(run.group);
  if (!keys) listKeys.set(run.group, (keys = { '*': {}, _: {} }));
  return keys[run.marker];
}

interface Shape {
  /** Text right after it (`**bold`), or a space and then text while nothing is right before it (`** bold`). */
  readonly opens: boolean;
  readonly closes: boolean;
  /** Text on both sides (`a**b`). */
  readonly inside: boolean;
  /** Space on both sides: emphasis only as a typo next to the other marker's clean side. */
  readonly loose: boolean;
}

const NOT_EMPHASIS: Shape = { opens: false, closes: false, inside: false, loose: false };

function shapeOf(src: string, run: DelimiterRun): Shape {
  const end = run.start + run.length;
  const { before, after } = flanking(src, run.start, end, run.marker);
  const textBefore = !isSpace(before);
  const textAfter = !isSpace(after);
  // A single underscore inside a word is never meant as emphasis (`snake_case`); a double one may be (`__bold__text`).
  if (run.marker === '_' && run.length === 1 && isWordChar(before) && isWordChar(after)) return NOT_EMPHASIS;
  if (textBefore || textAfter) return { opens: textAfter, closes: textBefore, inside: textBefore && textAfter, loose: false };
  const textAfterGap = end + 1 < src.length && src[end] === ' ' && !isSpace(src.charCodeAt(end + 1));
  const textBeforeGap = run.start >= 2 && src[run.start - 1] === ' ' && !isSpace(src.charCodeAt(run.start - 2));
  return { opens: textAfterGap, closes: textBeforeGap, inside: false, loose: true };
}

/** The span renders as written: every marker character was paired, and only with markers of the span. */
export function rendersAsWritten(span: EmphasisSpan): boolean {
  const members = new Set([span.open, ...span.seams, span.close]);
  for (const run of members) {
    if (run.literal > 0) return false;
    for (const partner of run.partners) if (!members.has(partner)) return false;
  }
  return true;
}
