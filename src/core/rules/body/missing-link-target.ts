import { RULE_CODES } from '../codes';
import type { Problem } from '../problem';
import type { BodyRule } from './body-rule';
import { missingFiles } from './local-files';

/**
 * `missing-link-target`: a link to another post (`../other.md`, relative to this post) or to a file (`/files/a.pdf`)
 * that is not in the workspace. A warning: the link may be fixed up by the build, but usually it is a typo or a
 * renamed post.
 */
export const missingLinkTarget: BodyRule = (body, context) => {
  const problems: Problem[] = [];
  for (const missing of missingFiles(body, context, 'link')) {
    problems.push({
      code: RULE_CODES.missingLinkTarget,
      severity: 'warning',
      start: missing.start,
      end: missing.end,
      message: `Link target not found: there is no file \`${missing.path}\`. Correct the path, or create the file.`,
    });
  }
  return problems;
};
