import type { Problem, RuleContext } from '../problem';

/**
 * Checks of the Markdown body (content that will render wrongly, links and images to missing files). They run
 * apart from the frontmatter rules: heavier, and scheduled separately while typing.
 */
export function validateBody(_context: RuleContext): Problem[] {
  return [];
}
