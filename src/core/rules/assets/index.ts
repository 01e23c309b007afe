import type { Rule } from '../problem';
import { missingFrontmatterImage } from './missing-frontmatter-image';

/** Frontmatter values that point to files. (Links and images in the body are checked with the body.) */
export const ASSET_RULES: readonly Rule[] = [missingFrontmatterImage];
