import { writtenLinks, type WrittenLink } from '../../body/links';
import type { InlineText } from '../../body/inline-text';
import { RULE_CODES } from '../codes';
import type { Fix, Problem } from '../problem';
import type { BodyRule } from './body-rule';

/**
 * `empty-link`: a link that goes nowhere (`[text]()`, `[text](#)`), a link with nothing to click (`[](url)`), or
 * an image without an address (`![alt]()`). Links without an address can be turned back into their text.
 */
export const emptyLink: BodyRule = (body) => {
  const problems: Problem[] = [];
  for (const inline of body.inlines) {
    if (inline.facts.links.size === 0) continue;
    for (const link of writtenLinks(inline)) {
      const message = messageOf(link);
      if (!message) continue;
      const start = inline.offsetAt(link.source.start);
      const end = inline.offsetAt(link.source.end);
      const unlink = link.kind === 'link' && !link.emptyText && (link.href === '' || link.href === '#');
      problems.push({ code: RULE_CODES.emptyLink, severity: 'warning', start, end, message, fixes: unlink ? unlinkFix(inline, link) : undefined });
    }
  }
  return problems;
};

function messageOf(link: WrittenLink): string | undefined {
  if (link.kind === 'image') return link.href === '' ? 'This image has no address, so it shows as broken. Put the image path between the parentheses.' : undefined;
  if (link.href === '') return 'This link has no address, so it goes nowhere. Put the URL between the parentheses, or remove the link.';
  if (link.href === '#') return 'This link points to `#`, which only jumps to the top of the page. Put the real address between the parentheses, or remove the link.';
  if (link.emptyText) return 'This link has no text, so there is nothing to click (and screen readers announce an empty link). Write the link text between the brackets.';
  return undefined;
}

/** Keeps the text between the brackets and drops the rest. */
function unlinkFix(inline: InlineText, link: WrittenLink): Fix[] {
  const { start, labelStart, labelEnd, end } = link.source;
  return [{
    title: 'Remove the link, keep its text',
    edits: [
      { start: inline.offsetAt(start), end: inline.offsetAt(labelStart), newText: '' },
      { start: inline.offsetAt(labelEnd), end: inline.offsetAt(end), newText: '' },
    ],
  }];
}
