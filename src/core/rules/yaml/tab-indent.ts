import type { ParsedPost } from '../../frontmatter/parse-post';
import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';

/**
 * Tabs in the indentation of YAML frontmatter. Every site's YAML reader rejects them (yaml-syntax reports the
 * reader's error); this rule marks the tab characters themselves and replaces them with the spaces the line needs,
 * in the block's own indent step. Only lines the reader complained about are marked: tabs are fine in comments,
 * blank lines, inside block scalars and after enough spaces in a continued value.
 */
export const tabIndent: Rule = ({ post }) => {
  const block = post.block;
  if (block?.format !== 'yaml' || !block.closed) return [];
  const lines = linesOf(post.text, block.contentStart, block.contentEnd);
  const unit = indentUnit(lines);
  const problems: Problem[] = [];
  let previous: { indent: number; opens: boolean } | undefined;
  for (const line of lines) {
    if (!isContent(line.rest)) continue;
    let indent = line.indent.length;
    if (line.indent.includes('\t') && readerRejects(post, line)) {
      // A line under one that opens a block (`cover:`, `tags:`, `body: |`, `[`) goes one indent deeper; any other
      // line sits beside the one before it, so a stray tab before a top-level key is simply removed.
      const target = previous ? previous.indent + (previous.opens ? unit : 0) : 0;
      const runs = [...line.indent.matchAll(/\t+/g)];
      const spaces = line.indent.length - runs.reduce((sum, run) => sum + run[0].length, 0);
      for (const run of runs) {
        const width = runs.length === 1 ? Math.max(0, target - spaces) : run[0].length * unit;
        problems.push(tabProblem(line.start + run.index, run[0].length, width, spaces > 0));
      }
      indent = runs.length === 1 ? Math.max(target, spaces) : spaces + (line.indent.length - spaces) * unit;
    }
    previous = { indent, opens: opensBlock(line.rest) };
  }
  return problems;
};

function tabProblem(start: number, count: number, width: number, afterSpaces: boolean): Problem {
  const tabs = count === 1 ? 'a tab' : `${count} tabs`;
  const them = count === 1 ? 'it' : 'them';
  const action = width > 0 ? `replace ${them} with ${width} spaces`
    : afterSpaces ? `the spaces already indent the line, so remove ${them}` : `the line needs no indent, so remove ${them}`;
  return {
    code: RULE_CODES.tabIndent,
    message: `Indented with ${tabs}, so the site cannot read this frontmatter: ${action}.`,
    severity: 'error',
    start,
    end: start + count,
    fixes: [{
      title: width === 0 ? (count === 1 ? 'Remove the tab' : 'Remove the tabs') : 'Replace tabs with spaces',
      edits: [{ start, end: start + count, newText: ' '.repeat(width) }],
    }],
  };
}

/** `cover:`, `- title:`, `body: |`, `tags: [`: the next line belongs inside this one. */
function opensBlock(rest: string): boolean {
  const code = rest.replace(/\s+#.*$/, '').trimEnd();
  return code === '-' || code.endsWith(':') || /(?:^|[:-]\s)[|>][-+0-9]*$/.test(code) || /[[{,]$/.test(code);
}

interface Line {
  readonly start: number;
  /** Offset of the first character after the indentation. */
  readonly contentStart: number;
  readonly end: number;
  readonly indent: string;
  readonly rest: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < to;) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 || lf > to ? to : lf;
    const line = text.slice(start, end);
    const indent = /^[ \t]*/.exec(line)![0];
    lines.push({ start, contentStart: start + indent.length, end, indent, rest: line.slice(indent.length) });
    start = end + 1;
  }
  return lines;
}

function isContent(rest: string): boolean {
  const trimmed = rest.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

/** The reader's own errors decide: one that starts on the line, or that runs across its first character. */
function readerRejects(post: ParsedPost, line: Line): boolean {
  return post.syntaxProblems.some((p) =>
    p.code !== 'DUPLICATE_KEY' && ((p.start >= line.start && p.start <= line.end) || (p.start < line.contentStart && p.end > line.contentStart)));
}

/** The smallest indent the block already uses with spaces (2 or 4, usually); 2 when none is indented. */
function indentUnit(lines: readonly Line[]): number {
  let unit = Infinity;
  for (const line of lines) {
    if (line.indent.length > 0 && !line.indent.includes('\t') && isContent(line.rest)) unit = Math.min(unit, line.indent.length);
  }
  return Number.isFinite(unit) && unit <= 8 ? unit : 2;
}
