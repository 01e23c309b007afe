import type { Rule } from '../problem';

/** The frontmatter rules of this area, in the order they run. */
export const DATE_RULES: readonly Rule[] = [];
