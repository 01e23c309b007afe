import { gluedHeading, titleLine } from '../../body/heading-like';
import type { InlineText } from '../../body/inline-text';
import type { BlockKind, ParsedBody } from '../../body/parse-body';
import { RULE_CODES } from '../codes';
import type { Problem } from '../problem';
import type { BodyRule } from './body-rule';
import { quote } from './quote';

/**
 * Text around a section title. Before it: any text, but not another short line (a run of short lines is an
 * address or a list written as paragraphs), a heading (it would be a subtitle) or an image (a caption). After it:
 * the paragraphs or list it introduces.
 */
const TEXT_BEFORE = new Set<BlockKind | undefined>(['paragraph', 'list', 'quote', 'table', 'code']);
const TEXT_AFTER = new Set<BlockKind | undefined>(['paragraph', 'list']);
const ANY_TEXT_AFTER = new Set<BlockKind | undefined>(['paragraph', 'title-line', 'list', 'quote', 'table', 'code']);

/**
 * `fake-heading`: a section title written as text, as rich-text editors paste them. Either a short Title Case
 * line standing alone between paragraphs (`Key Components`, or all bold), or one glued to the end of a paragraph
 * by a non-breaking space after a sentence (`…process.&nbsp;How it Works`). It is an information: the phrase
 * could be meant as text, so the rule asks for a lot before it speaks (see `isHeadingLike`). The fix makes it a
 * `##` heading, on its own line for the glued kind.
 */
export const fakeHeading: BodyRule = (body) => {
  const problems: Problem[] = [];
  const { blocks } = body;
  for (let i = 0; i < blocks.length; i++) {
    const { kind, inline } = blocks[i];
    if (!inline) continue;
    const before = i > 0 ? blocks[i - 1].kind : body.blockBefore;
    const after = i + 1 < blocks.length ? blocks[i + 1].kind : body.blockAfter;
    const problem = kind === 'title-line' && TEXT_BEFORE.has(before) && TEXT_AFTER.has(after) ? standalone(inline)
      : kind === 'paragraph' && ANY_TEXT_AFTER.has(after) ? glued(body, inline)
        : undefined;
    if (problem) problems.push(problem);
  }
  return problems;
};

function standalone(inline: InlineText): Problem | undefined {
  const { content } = inline;
  const title = titleLine(content);
  if (!title) return undefined;
  const start = inline.offsetAt(0);
  const edits = [{ start, end: inline.offsetAt(title.start), newText: '## ' }];
  if (title.end < content.length) edits.push({ start: inline.offsetAt(title.end), end: inline.offsetAt(content.length), newText: '' });
  return {
    code: RULE_CODES.fakeHeading,
    severity: 'information',
    start,
    end: inline.offsetAt(content.length),
    message: `${quote(title.phrase)} looks like a section title but is a plain paragraph, so it is not styled or listed as a heading. Make it a heading: \`## ${title.phrase}\`.`,
    fixes: [{ title: `Make it a heading: ## ${title.phrase}`, edits }],
  };
}

function glued(body: ParsedBody, inline: InlineText): Problem | undefined {
  const found = gluedHeading(inline);
  if (!found) return undefined;
  const phraseStart = inline.offsetAt(found.separatorEnd);
  return {
    code: RULE_CODES.fakeHeading,
    severity: 'information',
    start: phraseStart,
    end: phraseStart + found.phrase.length,
    message: `${quote(found.phrase)} looks like a section title stuck to the end of this paragraph. Put it on a line of its own as a heading: \`## ${found.phrase}\`.`,
    fixes: [{
      title: `Move ${quote(found.phrase)} to its own heading`,
      edits: [{ start: inline.offsetAt(found.separatorStart), end: phraseStart, newText: `${body.eol}${body.eol}## ` }],
    }],
  };
}
