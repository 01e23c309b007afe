import { lineStartAt } from '../text/line-ending';
import { ASSET_RULES } from './assets';
import { codeFrontmatter } from './code-frontmatter';
import { DATE_RULES } from './dates';
import { METADATA_RULES } from './metadata';
import { CONSTRAINT_RULES } from './schema';
import { SITE_RULES } from './site';
import { YAML_RULES, YAML_STRUCTURE_RULES } from './yaml';
import { invalidEnum } from './invalid-enum';
import { missingFrontmatter } from './missing-frontmatter';
import { missingRequired } from './missing-required';
import type { Problem, Rule, RuleContext } from './problem';
import { unknownKey } from './unknown-key';
import { unterminatedFrontmatter } from './unterminated-frontmatter';
import { wrongType } from './wrong-type';
import { yamlSyntax } from './yaml-syntax';

/** Rules about the block itself; they run on every post. */
export const STRUCTURE_RULES: readonly Rule[] = [missingFrontmatter, unterminatedFrontmatter, codeFrontmatter, yamlSyntax, ...YAML_STRUCTURE_RULES];

/** Rules that judge one entry at a time, so they still apply to the entries before a syntax error. */
const ENTRY_RULES: readonly Rule[] = [
  unknownKey, wrongType, invalidEnum, ...CONSTRAINT_RULES, ...YAML_RULES, ...DATE_RULES,
];

/** Rules that compare values with the schema, the site and each other. */
export const SCHEMA_RULES: readonly Rule[] = [missingRequired, ...ENTRY_RULES, ...ASSET_RULES, ...SITE_RULES, ...METADATA_RULES];

/**
 * Runs every rule over one post, in file order. While the YAML has a syntax error (as it does mid-typing), only the
 * entries that end before the error's line are checked against the schema: what follows may be misread, and
 * problems above the cursor should stay put rather than flicker.
 */
export function validatePost(context: RuleContext): Problem[] {
  const { post } = context;
  const errors = post.syntaxProblems.filter((p) => p.code !== 'DUPLICATE_KEY');
  if (errors.length === 0) return run([...STRUCTURE_RULES, ...SCHEMA_RULES], context);
  const firstError = Math.min(...errors.map((p) => p.start));
  const errorLine = lineStartAt(post.text, firstError);
  const reliable = { ...context, post: { ...post, entries: post.entries.filter((e) => e.valueEnd < errorLine) } };
  return [...run(STRUCTURE_RULES, context), ...run(ENTRY_RULES, reliable)].sort((a, b) => a.start - b.start);
}

function run(rules: readonly Rule[], context: RuleContext): Problem[] {
  return rules.flatMap((rule) => rule(context)).sort((a, b) => a.start - b.start);
}
