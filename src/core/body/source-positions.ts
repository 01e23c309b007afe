import type { MarkdownIt, StateInline, Token } from 'markdown-it';

/**
 * markdown-it's inline tokens carry no source positions. This plugin wraps the few inline rules whose output the
 * body rules point at, and records where each construct sits in the inline content (the `src` of the inline
 * state, which is the block's text without container prefixes; see inline-text.ts for the way back to the file).
 */

/** A run of `*` or `_` as written, and what the parser made of it. */
export interface DelimiterRun {
  readonly start: number;
  readonly length: number;
  readonly marker: '*' | '_';
  /** Emphasis pairs only within one delimiter list (the paragraph, or one link's text): runs keep its identity. */
  readonly group: object;
  /** How many of its characters the parser left as literal text. */
  literal: number;
  /** The runs its characters were paired with. */
  readonly partners: Set<DelimiterRun>;
}

/** Where a link or image sits: the whole construct, its text and (for inline links) its destination. */
export interface LinkSource {
  readonly start: number;
  readonly end: number;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly destinationStart?: number;
  readonly destinationEnd?: number;
}

/** What the body rules need to know about one inline content, in content positions. */
export interface InlineFacts {
  readonly runs: DelimiterRun[];
  readonly links: Map<Token, LinkSource>;
  /** Code spans, raw HTML and autolinks: text that is not prose, so no rule looks inside it. */
  readonly verbatim: Array<readonly [number, number]>;
}

const factsByTokens = new WeakMap<Token[], InlineFacts>();
const runByToken = new WeakMap<Token, DelimiterRun>();

/** The facts recorded while parsing the children of an inline token. */
export function inlineFacts(inline: Token): InlineFacts | undefined {
  return inline.children ? factsByTokens.get(inline.children) : undefined;
}

function factsOf(state: StateInline): InlineFacts {
  let facts = factsByTokens.get(state.tokens);
  if (!facts) {
    facts = { runs: [], links: new Map(), verbatim: [] };
    factsByTokens.set(state.tokens, facts);
  }
  return facts;
}

type After = (state: StateInline, start: number, firstToken: number) => void;

/** Runs `after` each time the rule produces tokens, with the position it started at and its first token. */
function wrap(md: MarkdownIt, name: string, after: After): void {
  const rule = md.inline.ruler.__rules__.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no inline rule ${name}`);
  const original = rule.fn;
  md.inline.ruler.at(name, (state, silent) => {
    if (silent) return original(state, silent);
    const start = state.pos;
    // A non-empty pending text becomes a token of its own at the rule's first push.
    const firstToken = state.tokens.length + (state.pending ? 1 : 0);
    const matched = original(state, silent);
    if (matched) after(state, start, firstToken);
    return matched;
  }, { alt: rule.alt });
}

function recordRun(state: StateInline, start: number, firstToken: number): void {
  const marker = state.src[start];
  if (marker !== '*' && marker !== '_') return;
  const run: DelimiterRun = {
    start, length: state.pos - start, marker, group: state.delimiters, literal: 0, partners: new Set(),
  };
  for (let i = firstToken; i < state.tokens.length; i++) runByToken.set(state.tokens[i], run);
  factsOf(state).runs.push(run);
}

function recordLink(state: StateInline, start: number, firstToken: number): void {
  const token = state.tokens[firstToken];
  if (!token) return;
  const isImage = token.type === 'image';
  const end = state.pos;
  const labelStart = start + (isImage ? 2 : 1);
  const labelEnd = state.md.helpers.parseLinkLabel(state, labelStart - 1, !isImage);
  state.pos = end;
  if (labelEnd < 0) return;
  let destinationStart: number | undefined;
  let destinationEnd: number | undefined;
  if (state.src[labelEnd + 1] === '(') {
    let pos = labelEnd + 2;
    while (pos < end && /[ \t\n]/.test(state.src[pos])) pos++;
    const destination = state.md.helpers.parseLinkDestination(state.src, pos, end);
    if (destination.ok && destination.pos > pos) [destinationStart, destinationEnd] = [pos, destination.pos];
  }
  factsOf(state).links.set(token, { start, end, labelStart, labelEnd, destinationStart, destinationEnd });
}

function recordVerbatim(state: StateInline, start: number): void {
  factsOf(state).verbatim.push([start, state.pos]);
}

/**
 * Before adjacent text tokens are merged (which loses unpaired delimiters), notes which delimiter characters
 * stayed literal and which runs were paired with which.
 */
function notePairs(state: StateInline): void {
  const open: Token[] = [];
  for (const token of state.tokens) {
    const run = runByToken.get(token);
    if (!run) continue;
    if (token.type === 'text') {
      // The second character of a `**` pair is left as an empty text token.
      if (token.content !== '') run.literal++;
    } else if (token.nesting === 1) {
      open.push(token);
    } else if (token.nesting === -1) {
      const opener = open.pop();
      const partner = opener && runByToken.get(opener);
      if (partner) {
        partner.partners.add(run);
        run.partners.add(partner);
      }
    }
  }
}

/** The plugin: records source positions of emphasis delimiters, links, images and verbatim spans. */
export function sourcePositions(md: MarkdownIt): void {
  wrap(md, 'emphasis', recordRun);
  wrap(md, 'link', recordLink);
  wrap(md, 'image', recordLink);
  wrap(md, 'backticks', recordVerbatim);
  wrap(md, 'autolink', recordVerbatim);
  wrap(md, 'html_inline', recordVerbatim);
  md.inline.ruler2.before('fragments_join', 'note_emphasis_pairs', notePairs);
}
