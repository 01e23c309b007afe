import type { Rule } from '../problem';
import { descriptionEqualsTitle } from './description-equals-title';
import { descriptionLength } from './description-length';
import { readingTimeMismatch } from './reading-time-mismatch';
import { titleLength } from './title-length';

/** The frontmatter rules of this area, in the order they run. */
export const METADATA_RULES: readonly Rule[] = [titleLength, descriptionLength, descriptionEqualsTitle, readingTimeMismatch];
