import { codeFrontmatter } from './code-frontmatter';
import { invalidEnum } from './invalid-enum';
import { missingFrontmatter } from './missing-frontmatter';
import { missingRequired } from './missing-required';
import type { Problem, Rule, RuleContext } from './problem';
import { unknownKey } from './unknown-key';
import { unterminatedFrontmatter } from './unterminated-frontmatter';
import { wrongType } from './wrong-type';
import { yamlSyntax } from './yaml-syntax';

/** Rules about the block itself; they run on every post. */
export const STRUCTURE_RULES: readonly Rule[] = [missingFrontmatter, unterminatedFrontmatter, codeFrontmatter, yamlSyntax];

/**
 * Rules that compare values with the schema. They run only when the YAML reader understood the whole block:
 * half-parsed YAML would add misleading problems on top of the syntax error being typed.
 */
export const SCHEMA_RULES: readonly Rule[] = [missingRequired, unknownKey, wrongType, invalidEnum];

/** Runs every rule over one post, in file order. */
export function validatePost(context: RuleContext): Problem[] {
  const parsedCleanly = context.post.syntaxProblems.every((p) => p.code === 'DUPLICATE_KEY');
  const rules = parsedCleanly ? [...STRUCTURE_RULES, ...SCHEMA_RULES] : STRUCTURE_RULES;
  return rules.flatMap((rule) => rule(context)).sort((a, b) => a.start - b.start);
}
