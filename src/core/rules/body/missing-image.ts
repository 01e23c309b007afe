import { RULE_CODES } from '../codes';
import type { Problem } from '../problem';
import type { BodyRule } from './body-rule';
import { missingFiles } from './local-files';

/**
 * `missing-image`: an image in the body whose file is not in the workspace. Site-root paths (`/images/a.png`)
 * are looked up in the public folder, other paths next to the post. An error: the page shows a broken image.
 */
export const missingImage: BodyRule = (body, context) => {
  const problems: Problem[] = [];
  for (const missing of missingFiles(body, context, 'image')) {
    problems.push({
      code: RULE_CODES.missingImage,
      severity: 'error',
      start: missing.start,
      end: missing.end,
      message: `Image not found: there is no file \`${missing.path}\`. Correct the path, or add the image there.`,
    });
  }
  return problems;
};
