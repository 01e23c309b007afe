import type { Rule } from '../problem';
import { duplicateSlug } from './duplicate-slug';
import { duplicateTitle } from './duplicate-title';
import { similarTag } from './similar-tag';
import { unknownAuthor } from './unknown-author';

/** The frontmatter rules of this area, in the order they run. */
export const SITE_RULES: readonly Rule[] = [duplicateSlug, duplicateTitle, similarTag, unknownAuthor];
