import { RULE_CODES } from '../codes';
import type { Rule } from '../problem';
import { optionsOf } from './options';
import { characterCount, shownText } from './shown-text';

/** Search results cut a long title short, usually in the middle of a word. */
export const titleLength: Rule = (context) => {
  const title = shownText(context.post, 'title');
  if (!title) return [];
  const max = optionsOf(context).titleMaxLength;
  const length = characterCount(title.text);
  if (length <= max) return [];
  return [{
    code: RULE_CODES.titleLength,
    message: `The title is ${length} characters; search results cut titles after about ${max}. Shorten it by ${length - max}.`,
    severity: 'warning',
    start: title.entry.valueStart,
    end: title.entry.valueEnd,
  }];
};
