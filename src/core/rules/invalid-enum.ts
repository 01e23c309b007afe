import { tomlValue } from '../frontmatter/toml-value';
import { yamlValue } from '../frontmatter/yaml-value';
import { closest } from '../schema/suggest';
import { RULE_CODES } from './codes';
import type { Problem, Rule } from './problem';

/** Values outside the schema's list of allowed values, with the nearest allowed one suggested. */
export const invalidEnum: Rule = ({ post, schema }) => {
  const problems: Problem[] = [];
  for (const entry of post.entries) {
    const allowed = schema.fields.get(entry.key)?.enum;
    if (!allowed || entry.value === null || allowed.some((v) => v === entry.value)) continue;
    if (typeof entry.value === 'object') continue;
    const suggestion = closest(String(entry.value), allowed.map(String));
    const list = allowed.map((v) => `\`${String(v)}\``).join(', ');
    // A list read from existing posts is a convention, not a rule the build enforces.
    const inferred = schema.source.kind === 'inferred';
    problems.push({
      code: RULE_CODES.invalidEnum,
      message: inferred
        ? `Other posts here use only ${list} for \`${entry.key}\`${suggestion ? `: did you mean \`${suggestion}\`?` : '.'}`
        : `\`${entry.key}\` must be one of ${list}${suggestion ? `: did you mean \`${suggestion}\`?` : '.'}`,
      severity: inferred ? 'warning' : 'error',
      start: entry.valueStart,
      end: entry.valueEnd,
      fixes: suggestion
        ? [{ title: `Change to \`${suggestion}\``, edits: [{ start: entry.valueStart, end: entry.valueEnd, newText: (post.block?.format === 'toml' ? tomlValue : yamlValue)(allowed.find((v) => String(v) === suggestion)) }] }]
        : [],
    });
  }
  return problems;
};
