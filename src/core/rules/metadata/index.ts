import type { Rule } from '../problem';

/** The frontmatter rules of this area, in the order they run. */
export const METADATA_RULES: readonly Rule[] = [];
