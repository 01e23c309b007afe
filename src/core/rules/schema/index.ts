import type { Rule } from '../problem';
import { itemEnum } from './item-enum';
import { numberRange } from './number-range';
import { patternMismatch } from './pattern-mismatch';
import { stringLength } from './string-length';

/** The frontmatter rules of this area, in the order they run. */
export const CONSTRAINT_RULES: readonly Rule[] = [itemEnum, stringLength, numberRange, patternMismatch];
