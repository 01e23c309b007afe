import type { Rule } from '../problem';

/** Rules about the YAML source that run on every post, even one the reader rejects (tabs). */
export const YAML_STRUCTURE_RULES: readonly Rule[] = [];

/** Rules about how the site's YAML reader types each value; they judge entry by entry. */
export const YAML_RULES: readonly Rule[] = [];
