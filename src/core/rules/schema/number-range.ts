import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';
import { constrainedValues } from './constrained-values';

/** Numbers below the schema's `minimum` or above its `maximum`. */
export const numberRange: Rule = ({ post, schema }) => {
  const problems: Problem[] = [];
  for (const target of constrainedValues(post, schema)) {
    const { field, value } = target;
    if (typeof value !== 'number' || Number.isNaN(value)) continue;
    const { minimum: min, maximum: max } = field;
    if (!(min !== undefined && value < min) && !(max !== undefined && value > max)) continue;
    const limit = min !== undefined && max !== undefined ? `between ${min} and ${max}` : max !== undefined ? `at most ${max}` : `at least ${min}`;
    problems.push({
      code: RULE_CODES.numberRange,
      message: `${target.subject} must be ${limit}; ${target.it} is ${value}.`,
      severity: 'error',
      start: target.start,
      end: target.end,
    });
  }
  return problems;
};
