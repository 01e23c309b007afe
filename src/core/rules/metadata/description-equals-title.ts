import { RULE_CODES } from '../codes';
import type { Rule } from '../problem';
import { shownText } from './shown-text';

/** A description that repeats the title adds nothing to a search result or a link preview. */
export const descriptionEqualsTitle: Rule = ({ post }) => {
  const title = shownText(post, 'title');
  const description = shownText(post, 'description');
  if (!title || !description || title.text.toLowerCase() !== description.text.toLowerCase()) return [];
  return [{
    code: RULE_CODES.descriptionEqualsTitle,
    message: 'The description repeats the title, so search results and link previews say it twice. Describe what the post offers in a sentence or two.',
    severity: 'warning',
    start: description.entry.valueStart,
    end: description.entry.valueEnd,
  }];
};
