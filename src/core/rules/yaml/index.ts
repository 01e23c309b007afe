import type { Rule } from '../problem';
import { readerMismatch } from './reader-mismatch';
import { tabIndent } from './tab-indent';

/** Rules about the YAML source that run on every post, even one the reader rejects (tabs). */
export const YAML_STRUCTURE_RULES: readonly Rule[] = [tabIndent];

/** Rules about how the site's YAML reader types each value; they judge entry by entry. */
export const YAML_RULES: readonly Rule[] = [readerMismatch];
