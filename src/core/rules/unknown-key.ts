import { closest } from '../schema/suggest';
import { RULE_CODES } from './codes';
import type { Problem, Rule } from './problem';

/** Keys the schema does not know: usually a typo the build silently ignores or rejects. */
export const unknownKey: Rule = ({ post, schema }) => {
  if (schema.allowUnknownKeys) return [];
  const present = new Set(post.entries.map((e) => e.key));
  const problems: Problem[] = [];
  for (const entry of post.entries) {
    // `$schema` names the schema itself; it is not a field of the post.
    if (schema.fields.has(entry.key) || entry.key === '$schema') continue;
    const candidates = [...schema.fields.keys()].filter((k) => !present.has(k));
    const suggestion = closest(entry.key, candidates);
    // Posts inferred from their neighbours may add new keys; only a likely typo is worth a word then.
    if (!suggestion && schema.source.kind === 'inferred') continue;
    const source = schema.source.label;
    problems.push({
      code: RULE_CODES.unknownKey,
      message: suggestion
        ? `Unknown key \`${entry.key}\`: did you mean \`${suggestion}\`?`
        : `Unknown key \`${entry.key}\`: ${source} does not list it, so the site may ignore it or reject the post.`,
      severity: 'warning',
      start: entry.keyStart,
      end: entry.keyEnd,
      fixes: suggestion
        ? [{ title: `Rename to \`${suggestion}\``, edits: [{ start: entry.keyStart, end: entry.keyEnd, newText: suggestion }] }]
        : [],
    });
  }
  return problems;
};
