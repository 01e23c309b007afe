import { repairSpan } from '../../body/emphasis-repair';
import { intendedSpans, rendersAsWritten, type EmphasisSpan } from '../../body/emphasis-spans';
import type { InlineText } from '../../body/inline-text';
import { RULE_CODES } from '../codes';
import type { Problem } from '../problem';
import type { BodyRule } from './body-rule';
import { quote } from './quote';

const STYLE = ['', 'italic', 'bold', 'bold italic'];

/**
 * `literal-emphasis`: bold or italic markers that the renderer does not pair as the author meant, so the page
 * shows the `**` (`**Label:**Text`, `**JavaScript****:**` pasted from a rich-text editor, `** bold**`). Found from
 * the parser's own result: the markers it left as text, or paired with markers outside the span.
 */
export const literalEmphasis: BodyRule = (body) => {
  const problems: Problem[] = [];
  for (const inline of body.inlines) {
    if (inline.facts.runs.length < 2) continue;
    for (const span of intendedSpans(inline.content, inline.facts.runs)) {
      if (!rendersAsWritten(span)) problems.push(problemOf(body.text, inline, span));
    }
  }
  return problems;
};

function problemOf(text: string, inline: InlineText, span: EmphasisSpan): Problem {
  const start = inline.offsetAt(span.open.start);
  const end = inline.offsetAt(span.close.start + span.close.length);
  const markers = span.open.marker.repeat(span.open.length);
  const style = STYLE[Math.min(span.open.length, 3)];
  const shown = [span.open, ...span.seams, span.close].some((run) => run.literal > 0);
  const what = shown
    ? `${quote(text.slice(start, end))} shows the \`${markers}\` on the page instead of being ${style}`
    : `${quote(text.slice(start, end))} is not ${style} as written (its \`${markers}\` pair with markers outside it)`;
  const repair = repairSpan(inline.content, span);
  if (repair.edits.length === 0) {
    return {
      code: RULE_CODES.literalEmphasis, severity: 'warning', start, end,
      message: `${what}. Check that each \`${markers}\` has a partner.`,
    };
  }
  const steps = repair.steps.join(' and ');
  return {
    code: RULE_CODES.literalEmphasis,
    severity: 'warning',
    start,
    end,
    message: `${what}: ${steps}.`,
    fixes: [{
      title: `Make it ${style}: ${steps}`,
      edits: repair.edits.map((edit) => ({ start: inline.offsetAt(edit.start), end: inline.offsetAt(edit.end), newText: edit.newText })),
    }],
  };
}
