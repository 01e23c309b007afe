import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';
import { constrainedValues } from './constrained-values';

/** Text that does not match the schema's `pattern` (a JSON Schema regular expression, unanchored). */
export const patternMismatch: Rule = ({ post, schema }) => {
  const problems: Problem[] = [];
  for (const target of constrainedValues(post, schema)) {
    const { field, value } = target;
    if (typeof value !== 'string' || field.pattern === undefined) continue;
    const pattern = compiled(field.pattern);
    if (!pattern || pattern.test(value)) continue;
    problems.push({
      code: RULE_CODES.patternMismatch,
      message: `${target.subject} must match the pattern \`${field.pattern}\`; \`${shorten(value)}\` does not. Change the value to fit it.`,
      severity: 'error',
      start: target.start,
      end: target.end,
    });
  }
  return problems;
};

const cache = new Map<string, RegExp | null>();

/** JSON Schema patterns are ECMA-262 with Unicode; a pattern only valid without `u` is still used; an invalid one is skipped. */
function compiled(source: string): RegExp | null {
  let pattern = cache.get(source);
  if (pattern !== undefined) return pattern;
  pattern = tryRegExp(source, 'u') ?? tryRegExp(source, '');
  cache.set(source, pattern);
  return pattern;
}

function tryRegExp(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}…` : value;
}
