import { gluedHeading } from '../../body/heading-like';
import type { InlineText } from '../../body/inline-text';
import { isOnlyNbsp, nbspRuns, type NbspRun } from '../../body/nbsp';
import { RULE_CODES } from '../codes';
import type { Fix, Problem } from '../problem';
import type { BodyRule } from './body-rule';

/**
 * `nbsp-run`: non-breaking spaces that a rich-text editor left in the text. Two or more in a row show as a wide
 * gap and stop the line from wrapping there (a warning). A single one joining two sentences (`CDN).&nbsp;This`)
 * only stops the wrap, so it is a hint, which VS Code shows in the editor but not in the Problems list.
 *
 * The fix puts one plain space in their place (none at the start or end of a line). It does not turn them into a
 * paragraph break: that would change the structure of the post on a guess, and where the editor did mean a break
 * before a title-like phrase, `fake-heading` offers it instead (so that `&nbsp;` is left to it here).
 */
export const nbspRun: BodyRule = (body) => {
  const problems: Problem[] = [];
  for (const inline of body.inlines) {
    const runs = nbspRuns(inline.content);
    if (runs.length === 0 || (inline.container.type === 'paragraph_open' && isOnlyNbsp(inline.content))) continue;
    const glued = gluedHeading(inline)?.separatorStart;
    for (const run of runs) {
      if (run.start === glued || isVerbatim(inline, run)) continue;
      const problem = run.count > 1 ? wideGap(inline, run) : joinedSentences(inline, run);
      if (problem) problems.push(problem);
    }
  }
  return problems;
};

function wideGap(inline: InlineText, run: NbspRun): Problem {
  return {
    code: RULE_CODES.nbspRun,
    severity: 'warning',
    ...unitsRange(inline, run),
    message: `${run.count} non-breaking spaces in a row show as a wide gap and keep the line from wrapping here. Replace them with one space.`,
    fixes: fixOf(inline, run, 'Replace the non-breaking spaces with one space'),
  };
}

function joinedSentences(inline: InlineText, run: NbspRun): Problem | undefined {
  const { content } = inline;
  if (!afterSentence(content, run.start) || !/^[\p{L}\p{N}*_["“‘(]/u.test(content.slice(run.end, run.end + 1))) return undefined;
  return {
    code: RULE_CODES.nbspRun,
    severity: 'hint',
    ...unitsRange(inline, run),
    message: 'A non-breaking space joins these sentences, so the line cannot wrap between them. Replace it with a plain space.',
    fixes: fixOf(inline, run, 'Replace the non-breaking space with a space'),
  };
}

/** The fix; none for a line that holds nothing else (an empty line would split the paragraph). */
function fixOf(inline: InlineText, run: NbspRun, title: string): Fix[] | undefined {
  const { content } = inline;
  const atLineStart = run.start === 0 || content[run.start - 1] === '\n';
  const atLineEnd = run.end === content.length || content[run.end] === '\n';
  if (atLineStart && atLineEnd) return undefined;
  const newText = atLineStart || atLineEnd ? '' : ' ';
  return [{ title, edits: [{ start: inline.offsetAt(run.start), end: inline.offsetAt(run.end), newText }] }];
}

/** The non-breaking spaces themselves, without the plain spaces around them. */
function unitsRange(inline: InlineText, run: NbspRun): { start: number; end: number } {
  const text = inline.content.slice(run.start, run.end);
  // Not trimStart(): it would take U+00A0 for a plain space.
  const lead = /^[ \t]*/.exec(text)![0].length;
  const trail = /[ \t]*$/.exec(text)![0].length;
  return { start: inline.offsetAt(run.start + lead), end: inline.offsetAt(run.end - trail) };
}

/** A sentence or a label (`**Label:**`) ends right before: `.`, `!`, `?` or `:`, then maybe closing marks. */
function afterSentence(content: string, position: number): boolean {
  let i = position - 1;
  while (i >= 0 && '"”’\')]*_'.includes(content[i])) i--;
  return i >= 0 && '.!?:'.includes(content[i]);
}

function isVerbatim(inline: InlineText, run: NbspRun): boolean {
  return inline.facts.verbatim.some(([start, end]) => start < run.end && end > run.start);
}
