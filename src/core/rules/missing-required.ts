import { insertKeyEdit } from '../frontmatter/insert-key';
import { yamlValue } from '../frontmatter/yaml-value';
import type { Field } from '../schema/model';
import { RULE_CODES } from './codes';
import type { Fix, Problem, Rule, RuleContext } from './problem';

/** Required keys that are absent, reported on the opening fence where the block starts. */
export const missingRequired: Rule = (context) => {
  const { post, schema } = context;
  const block = post.block;
  if (!block || !block.closed || block.format === 'unsupported') return [];
  if (post.syntaxProblems.some((p) => p.code === 'NOT_A_MAPPING')) return [];
  const present = new Set(post.entries.map((e) => e.key));
  const at = { start: block.start, end: block.start + (block.format === 'json' ? 1 : 3) };
  const problems: Problem[] = [];

  for (const key of schema.required) {
    if (present.has(key)) continue;
    const field = schema.fields.get(key);
    problems.push({
      code: RULE_CODES.missingRequired,
      message: `The required key \`${key}\` is missing${field?.description ? ` (${lowerFirst(field.description)})` : ''}. Add it.`,
      severity: 'error',
      ...at,
      fixes: fixFor(context, key, field),
    });
  }
  for (const group of schema.requiredOneOf) {
    if (group.some((key) => present.has(key))) continue;
    const key = schema.dateKey && group.includes(schema.dateKey) ? schema.dateKey : group[0];
    problems.push({
      code: RULE_CODES.missingRequired,
      message: group.length === 1
        ? `The post has no \`${group[0]}\`; the site expects one. Add it.`
        : `The post needs one of ${group.map((k) => `\`${k}\``).join(', ')}. Add it.`,
      severity: 'warning',
      ...at,
      fixes: fixFor(context, key, schema.fields.get(key)),
    });
  }
  return problems;
};

function fixFor(context: RuleContext, key: string, field: Field | undefined): Fix[] {
  const value = field?.types.includes('date') ? context.today : yamlValue(field?.default ?? placeholder(field));
  const edit = insertKeyEdit(context.post, key, value);
  return edit ? [{ title: `Add \`${key}\``, edits: [edit] }] : [];
}

function placeholder(field: Field | undefined): unknown {
  switch (field?.types[0]) {
    case 'string': return '';
    case 'boolean': return false;
    case 'array': return [];
    case 'number':
    case 'integer': return 0;
    default: return null;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}
