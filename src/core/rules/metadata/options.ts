import { DEFAULT_RULE_OPTIONS, type RuleContext, type RuleOptions } from '../problem';

/** The limits in force: the user's settings where given, the defaults elsewhere. */
export function optionsOf(context: RuleContext): RuleOptions {
  const given = context.options;
  if (!given) return DEFAULT_RULE_OPTIONS;
  return {
    titleMaxLength: given.titleMaxLength ?? DEFAULT_RULE_OPTIONS.titleMaxLength,
    descriptionMinLength: given.descriptionMinLength ?? DEFAULT_RULE_OPTIONS.descriptionMinLength,
    descriptionMaxLength: given.descriptionMaxLength ?? DEFAULT_RULE_OPTIONS.descriptionMaxLength,
    wordsPerMinute: given.wordsPerMinute ?? DEFAULT_RULE_OPTIONS.wordsPerMinute,
  };
}
