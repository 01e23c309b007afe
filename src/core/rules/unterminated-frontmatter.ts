import { RULE_CODES } from './codes';
import type { Rule } from './problem';

/** An opening fence with no closing one makes the whole post frontmatter, or breaks the build. */
export const unterminatedFrontmatter: Rule = ({ post }) => {
  const block = post.block;
  if (!block || block.closed) return [];
  const fence = block.format === 'toml' ? '+++' : block.format === 'json' ? '}' : '---';
  const openEnd = post.text.indexOf('\n', block.start);
  return [
    {
      code: RULE_CODES.unterminated,
      message: `The frontmatter is never closed: add a line with \`${fence}\` after the last key.`,
      severity: 'error',
      start: block.start,
      end: openEnd < 0 ? post.text.length : openEnd,
    },
  ];
};
