import type { InlineText } from '../../body/inline-text';
import { isOnlyNbsp } from '../../body/nbsp';
import type { ParsedBody } from '../../body/parse-body';
import type { TextEdit } from '../../text/text-edit';
import { RULE_CODES } from '../codes';
import type { Problem } from '../problem';
import type { BodyRule } from './body-rule';

/**
 * `nbsp-paragraph`: a paragraph holding only `&nbsp;`, the way rich-text editors make vertical space. It renders
 * as an empty gap of a paragraph's height. The fix deletes its lines, and one blank line next to it so the blocks
 * around it stay one blank line apart.
 */
export const nbspParagraph: BodyRule = (body) => {
  const problems: Problem[] = [];
  for (const inline of body.inlines) {
    if (inline.container.type !== 'paragraph_open' || !isOnlyNbsp(inline.content)) continue;
    const edits = inline.topLevel ? deletion(body, inline) : undefined;
    problems.push({
      code: RULE_CODES.nbspParagraph,
      severity: 'warning',
      start: inline.offsetAt(0),
      end: inline.offsetAt(inline.content.length),
      message: 'This paragraph holds only non-breaking spaces (`&nbsp;`), so the page shows an empty gap here. Delete it: a blank line already separates paragraphs.',
      fixes: edits && [{ title: 'Delete the empty paragraph', edits }],
    });
  }
  return problems;
};

function deletion(body: ParsedBody, inline: InlineText): TextEdit[] | undefined {
  const { lines } = body;
  const [first, after] = inline.container.map!;
  if (after >= lines.count) {
    // The last lines of the file: take the line break before them instead.
    const start = first > 0 ? lines.end(first - 1) : lines.start(first);
    return [{ start, end: lines.end(after - 1), newText: '' }];
  }
  const blankBefore = first === 0 || isBlank(body, first - 1);
  const end = blankBefore && after + 1 < lines.count && isBlank(body, after) ? lines.start(after + 1) : lines.start(after);
  return [{ start: lines.start(first), end, newText: '' }];
}

function isBlank(body: ParsedBody, line: number): boolean {
  return body.text.slice(body.lines.start(line), body.lines.end(line)).trim() === '';
}
