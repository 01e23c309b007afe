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
  // Schema constraints
  stringLength: 'string-length',
  numberRange: 'number-range',
  patternMismatch: 'pattern-mismatch',
  // YAML as the site's reader reads it
  tabIndent: 'tab-indent',
  readerMismatch: 'reader-mismatch',
  // Dates
  invalidDate: 'invalid-date',
  ambiguousDate: 'ambiguous-date',
  dateShiftsDay: 'date-shifts-day',
  scheduled: 'scheduled',
  // Assets
  missingImage: 'missing-image',
  missingLinkTarget: 'missing-link-target',
  // Across the site
  duplicateSlug: 'duplicate-slug',
  duplicateTitle: 'duplicate-title',
  similarTag: 'similar-tag',
  unknownAuthor: 'unknown-author',
  // Content that renders wrongly
  literalEmphasis: 'literal-emphasis',
  nbspParagraph: 'nbsp-paragraph',
  nbspRun: 'nbsp-run',
  fakeHeading: 'fake-heading',
  emptyLink: 'empty-link',
  // Metadata quality
  titleLength: 'title-length',
  descriptionLength: 'description-length',
  descriptionEqualsTitle: 'description-equals-title',
  readingTimeMismatch: 'reading-time-mismatch',
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];
