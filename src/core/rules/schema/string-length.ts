import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';
import { constrainedValues } from './constrained-values';

/** Text shorter than the schema's `minLength` or longer than its `maxLength`, counted in characters (code points). */
export const stringLength: Rule = ({ post, schema }) => {
  const problems: Problem[] = [];
  for (const target of constrainedValues(post, schema)) {
    const { field, value } = target;
    if (typeof value !== 'string' || (field.minLength === undefined && field.maxLength === undefined)) continue;
    const { minLength: min, maxLength: max } = field;
    const length = [...value].length;
    const tooLong = max !== undefined && length > max;
    if (!tooLong && !(min !== undefined && length < min)) continue;
    const limit = min !== undefined && max !== undefined ? `between ${min} and ${characters(max)}`
      : max !== undefined ? `at most ${characters(max)}` : `at least ${characters(min!)}`;
    problems.push({
      code: RULE_CODES.stringLength,
      message: `${target.subject} must be ${limit} long; ${target.it} has ${length}. ${tooLong ? 'Shorten it' : 'Add to it'}.`,
      severity: 'error',
      start: target.start,
      end: target.end,
    });
  }
  return problems;
};

function characters(count: number): string {
  return count === 1 ? '1 character' : `${count} characters`;
}
