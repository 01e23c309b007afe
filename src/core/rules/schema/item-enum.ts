import { tomlValue } from '../../frontmatter/toml-value';
import { yamlValue } from '../../frontmatter/yaml-value';
import { closest } from '../../schema/suggest';
import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';

/** List items outside the item field's allowed values (`tags` from a fixed set), with the nearest one suggested. */
export const itemEnum: Rule = ({ post, schema }) => {
  const problems: Problem[] = [];
  const toml = post.block?.format === 'toml';
  // A list read from existing posts is a convention, not a rule the build enforces (as in invalid-enum).
  const inferred = schema.source.kind === 'inferred';
  for (const entry of post.entries) {
    const allowed = schema.fields.get(entry.key)?.items?.enum;
    if (!allowed || !entry.items) continue;
    const list = allowed.map((v) => `\`${String(v)}\``).join(', ');
    for (const item of entry.items) {
      if (item.value === null || typeof item.value === 'object' || allowed.some((v) => v === item.value)) continue;
      const suggestion = closest(String(item.value), allowed.map(String));
      const replacement = allowed.find((v) => String(v) === suggestion);
      const ending = suggestion ? `: did you mean \`${suggestion}\`?` : '.';
      problems.push({
        code: RULE_CODES.invalidEnum,
        message: inferred
          ? `Other posts here use only ${list} in \`${entry.key}\`${ending}`
          : `Each item of \`${entry.key}\` must be one of ${list}${ending}`,
        severity: inferred ? 'warning' : 'error',
        start: item.start,
        end: item.end,
        fixes: suggestion
          ? [{ title: `Change to \`${suggestion}\``, edits: [{ start: item.start, end: item.end, newText: written(replacement, post.text.slice(item.start, item.end), toml) }] }]
          : [],
      });
    }
  }
  return problems;
};

/** The replacement in the item's own quoting, so `- "Astro"` becomes `- "astro"`, not `- astro`. */
function written(value: unknown, source: string, toml: boolean): string {
  if (typeof value === 'string') {
    if (source.startsWith('"')) return JSON.stringify(value);
    if (source.startsWith("'") && (!toml || !value.includes("'"))) return `'${toml ? value : value.replace(/'/g, "''")}'`;
  }
  return toml ? tomlValue(value) : yamlValue(value);
}
