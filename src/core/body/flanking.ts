import { bodyParser } from './body-parser';

/**
 * How a delimiter run sits between its neighbours, by CommonMark's rules (markdown-it's `scanDelims`): whether
 * it can open or close emphasis, and what is on either side.
 */
export interface Flanking {
  readonly before: number;
  readonly after: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

/** The character codes around `[start, end)` in `src`; the edges of the text count as a space. */
export function flanking(src: string, start: number, end: number, marker: string): Flanking {
  const before = start > 0 ? codePointBefore(src, start) : 32;
  const after = end < src.length ? src.codePointAt(end)! : 32;
  const beforeSpace = isSpace(before);
  const afterSpace = isSpace(after);
  const beforePunct = isPunct(before);
  const afterPunct = isPunct(after);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  const star = marker === '*';
  return {
    before,
    after,
    canOpen: left && (star || !right || beforePunct),
    canClose: right && (star || !left || afterPunct),
  };
}

export function isSpace(code: number): boolean {
  return bodyParser().utils.isWhiteSpace(code);
}

export function isPunct(code: number): boolean {
  const { utils } = bodyParser();
  return utils.isMdAsciiPunct(code) || utils.isPunctCharCode(code);
}

/** A letter, digit or anything else that is neither space nor punctuation. */
export function isWordChar(code: number): boolean {
  return !isSpace(code) && !isPunct(code);
}

function codePointBefore(src: string, position: number): number {
  const low = src.charCodeAt(position - 1);
  if (low >= 0xdc00 && low <= 0xdfff && position >= 2) {
    const high = src.charCodeAt(position - 2);
    if (high >= 0xd800 && high <= 0xdbff) return src.codePointAt(position - 2)!;
  }
  return low;
}
