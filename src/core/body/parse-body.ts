import type { Token } from 'markdown-it';
import { lineEndingOf } from '../text/line-ending';
import { bodyParser } from './body-parser';
import { titleLine } from './heading-like';
import { placeInline, type InlineText } from './inline-text';
import type { References } from './reference-definitions';
import { sourceLines, type SourceLines } from './source-lines';

/**
 * What a top-level block is, as far as the rules that look at neighbours care. `image` is a paragraph holding
 * only an image; `title-line` one holding only a short title-like line (see `titleLine`).
 */
export type BlockKind =
  | 'paragraph' | 'image' | 'title-line' | 'heading' | 'list' | 'quote' | 'table' | 'code' | 'html' | 'rule';

export interface TopBlock {
  readonly kind: BlockKind;
  /** The opening token (or the only one, for code, HTML and rules). */
  readonly token: Token;
  /** The text of a paragraph or heading. */
  readonly inline?: InlineText;
}

/** A stretch of the body parsed once: tokens, the placed text of every paragraph, heading and cell, the blocks. */
export interface ParsedBody {
  readonly text: string;
  /** Offsets into the whole file of what this stretch covers. */
  readonly start: number;
  readonly end: number;
  readonly lines: SourceLines;
  readonly tokens: readonly Token[];
  readonly inlines: readonly InlineText[];
  readonly blocks: readonly TopBlock[];
  /** The top-level blocks just outside the stretch, when the body goes on (see `parseBody`). */
  readonly blockBefore?: BlockKind;
  readonly blockAfter?: BlockKind;
  /** The line ending the file uses, for edits that add lines. */
  readonly eol: string;
}

export interface BodyStretch {
  /** Where to start; a body start or the `end` of the previous stretch. */
  readonly start: number;
  /** Parse about this many characters, ending before a top-level block; the whole rest when absent. */
  readonly maxLength?: number;
  /** The kind of the last block of the previous stretch. */
  readonly blockBefore?: BlockKind;
  /** The link reference definitions of the whole body, when it is parsed a stretch at a time. */
  readonly references?: References;
}

/**
 * Parses the body from `start`: the whole rest, or (with `maxLength`) whole top-level blocks up to about that
 * size, so a very large body can be checked a stretch at a time. Top-level blocks do not reach into each other,
 * so a stretch that starts where a top-level block starts parses as it would in the whole body. Link reference
 * definitions are the exception: pass the body's (`referenceDefinitions`) so `[text][label]` resolves in every
 * stretch.
 */
export function parseBody(text: string, stretch: BodyStretch): ParsedBody {
  let size = stretch.maxLength ?? Infinity;
  for (;;) {
    const end = size >= text.length - stretch.start ? text.length : lineEndAfter(text, stretch.start + size);
    const parsed = parseStretch(text, stretch.start, end, stretch);
    if (parsed) return parsed;
    size *= 2;
  }
}

/** The offset after the line ending of the line that holds `offset`, so a stretch never ends mid-line. */
function lineEndAfter(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return i + 1;
    if (ch === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

function parseStretch(text: string, start: number, end: number, stretch: BodyStretch): ParsedBody | undefined {
  const { blockBefore, references } = stretch;
  const md = bodyParser();
  // markdown-it adds the definitions it reads to these, keeping the first of each label, as a whole parse does.
  const env = references ? { references } : {};
  const tokens: Token[] = [];
  const src = text.slice(start, end).replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  md.block.parse(src, md, env, tokens);

  let kept = tokens.length;
  let blockAfter: BlockKind | undefined;
  if (end < text.length) {
    // The last block may run on past `end`: leave it to the next stretch, which starts on its first line.
    const last = lastTopLevel(tokens);
    if (last <= firstTopLevel(tokens)) return undefined;
    kept = last;
    blockAfter = kindOf(tokens, last);
  }
  const lines = sourceLines(text, start, end);
  const stretchEnd = kept < tokens.length ? lines.start(tokens[kept].map![0]) : end;
  tokens.length = kept;

  const inlines: InlineText[] = [];
  const placedBy = new Map<Token, InlineText>();
  let previousLine = -1;
  let previousEnd = start;
  let openedLine = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.map && token.nesting === 1) openedLine = token.map[0];
    if (token.type !== 'inline') continue;
    md.inline.parse(token.content, md, env, (token.children = []));
    // Table cells have no map (their row has) and share a line: each is looked for after the one before.
    const line = token.map?.[0] ?? openedLine;
    const placed = placeInline(text, lines, token, tokens[i - 1], line, line === previousLine ? previousEnd : start);
    if (!placed) continue;
    inlines.push(placed);
    placedBy.set(token, placed);
    previousLine = line + placed.content.split('\n').length - 1;
    previousEnd = placed.offsetAt(placed.content.length);
  }
  const blocks: TopBlock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.level !== 0 || token.nesting < 0 || !token.map) continue;
    const next = tokens[i + 1];
    blocks.push({ kind: kindOf(tokens, i), token, inline: next?.type === 'inline' ? placedBy.get(next) : undefined });
  }

  return {
    text, start, end: stretchEnd, lines, tokens, inlines, blocks, blockBefore, blockAfter,
    eol: lineEndingOf(text),
  };
}

function firstTopLevel(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.level === 0 && t.nesting >= 0 && t.map);
}

function lastTopLevel(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].level === 0 && tokens[i].nesting >= 0 && tokens[i].map) return i;
  return -1;
}

function kindOf(tokens: readonly Token[], index: number): BlockKind {
  const token = tokens[index];
  switch (token.type) {
    case 'paragraph_open': return paragraphKind(tokens[index + 1]?.content ?? '');
    case 'heading_open': return 'heading';
    case 'bullet_list_open': case 'ordered_list_open': return 'list';
    case 'blockquote_open': return 'quote';
    case 'table_open': return 'table';
    case 'fence': case 'code_block': return 'code';
    case 'hr': return 'rule';
    default: return 'html';
  }
}

function paragraphKind(content: string): BlockKind {
  // An image alone: the line after it is a caption, not a section title.
  if (/^!\[[^\]]*\]\([^)]*\)\s*$/.test(content)) return 'image';
  return titleLine(content) ? 'title-line' : 'paragraph';
}
