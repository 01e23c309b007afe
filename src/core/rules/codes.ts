/** Stable diagnostic codes: users filter and configure by them, so they never change once released. */
export const RULE_CODES = {
  yamlSyntax: 'yaml-syntax',
  tomlSyntax: 'toml-syntax',
  duplicateKey: 'duplicate-key',
  notAMapping: 'frontmatter-not-mapping',
  unterminated: 'unterminated-frontmatter',
  codeFrontmatter: 'code-frontmatter',
  missingFrontmatter: 'missing-frontmatter',
  missingRequired: 'missing-required',
  wrongType: 'wrong-type',
  emptyValue: 'empty-value',
  unknownKey: 'unknown-key',
  invalidEnum: 'invalid-enum',
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];
