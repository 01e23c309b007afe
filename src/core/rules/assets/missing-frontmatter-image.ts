import { resolveSitePath } from '../../site/site-path';
import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';

/** An image field (`image`, `heroImage`, `cover`, …) that points to a file the site does not have. */
export const missingFrontmatterImage: Rule = ({ post, schema, site }) => {
  if (!site) return [];
  const problems: Problem[] = [];
  for (const entry of post.entries) {
    if (schema.fields.get(entry.key)?.format !== 'image') continue;
    const values = entry.items ?? (typeof entry.value === 'string' ? [{ start: entry.valueStart, end: entry.valueEnd, value: entry.value }] : []);
    for (const item of values) {
      if (typeof item.value !== 'string') continue;
      const target = resolveSitePath(item.value, site.postPath, site.publicFolder);
      if (target === undefined || site.exists(target) !== false) continue;
      problems.push({
        code: RULE_CODES.missingImage,
        message: `\`${item.value}\` does not exist (looked for ${target}); the page would show a broken image. Check the path or add the file.`,
        severity: 'error',
        start: item.start,
        end: item.end,
      });
    }
  }
  return problems;
};
