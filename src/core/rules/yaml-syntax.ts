import { RULE_CODES } from './codes';
import type { Problem, Rule } from './problem';
import { lineEndAt } from '../text/line-ending';

/** Reports what the YAML, JSON or TOML reader rejects, at the exact range it points to. */
export const yamlSyntax: Rule = ({ post }) =>
  post.syntaxProblems.map((problem): Problem => {
    if (problem.code === 'DUPLICATE_KEY') {
      const key = post.block?.format === 'toml'
        ? post.text.slice(problem.start, problem.end)
        : post.text.slice(problem.start, lineEndAt(post.text, problem.start)).split(':')[0].trim();
      return {
        code: RULE_CODES.duplicateKey,
        message: `\`${key}\` is set twice; most site builds keep only one of them. Remove one.`,
        severity: 'error',
        start: problem.start,
        end: problem.start + Math.max(key.length, 1),
      };
    }
    if (problem.code === 'NOT_A_MAPPING') {
      return { code: RULE_CODES.notAMapping, message: problem.message, severity: 'error', start: problem.start, end: problem.end };
    }
    if (problem.code === 'TOML_SYNTAX') {
      return {
        code: RULE_CODES.tomlSyntax,
        message: `TOML syntax: ${problem.message}.${TOML_HINTS[problem.message] ?? ''}`,
        severity: 'error',
        start: problem.start,
        end: problem.end,
      };
    }
    return {
      code: RULE_CODES.yamlSyntax,
      message: `YAML syntax: ${problem.message}.${HINTS[problem.code] ?? ''}`,
      severity: 'error',
      start: problem.start,
      end: problem.end,
    };
  });

/** What to do about the errors authors meet most, after the reader's own words. */
const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: ' A value that contains `: ` must be put in quotes.',
  MISSING_CHAR: ' Finish the line as `key: value`, or close the quote.',
  TAB_AS_INDENT: ' Indent with spaces; YAML does not allow tabs.',
  BAD_SCALAR_START: ' Put the value in quotes.',
  BAD_INDENT: ' Check the indentation and the closing bracket.',
};

/** The same for TOML (`+++`) frontmatter, keyed by smol-toml's message. */
const TOML_HINTS: Record<string, string> = {
  'Invalid value': ' Put text in double quotes (`title = "Hello"`); lists are written `["a", "b"]`.',
  'Illegal character in key': ' TOML frontmatter is written `key = value`, not `key: value`.',
  'Incomplete key-value: cannot find end of key': ' Finish the line as `key = value`.',
  'Unfinished string': ' Close the quote.',
};
