import { RULE_CODES } from '../codes';
import type { Rule } from '../problem';
import { optionsOf } from './options';
import { characterCount, shownText } from './shown-text';

/**
 * A description longer than search results show is cut (a warning); a short one leaves search engines to pick a
 * snippet of their own (worth knowing, not wrong).
 */
export const descriptionLength: Rule = (context) => {
  const description = shownText(context.post, 'description');
  if (!description) return [];
  const { descriptionMinLength: min, descriptionMaxLength: max } = optionsOf(context);
  const length = characterCount(description.text);
  const range = { start: description.entry.valueStart, end: description.entry.valueEnd };
  if (length > max) {
    return [{
      code: RULE_CODES.descriptionLength,
      message: `The description is ${length} characters; search results cut descriptions after about ${max}. Shorten it by ${length - max}.`,
      severity: 'warning',
      ...range,
    }];
  }
  if (length < min) {
    return [{
      code: RULE_CODES.descriptionLength,
      message: `The description is ${length} characters; with fewer than ${min} search engines often show a snippet of their own. Write ${min}–${max} characters.`,
      severity: 'information',
      ...range,
    }];
  }
  return [];
};
