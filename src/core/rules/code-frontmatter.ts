import { RULE_CODES } from './codes';
import type { Rule } from './problem';

/** `---js` frontmatter is code; it is never run here, so its keys cannot be checked. */
export const codeFrontmatter: Rule = ({ post }) => {
  const block = post.block;
  if (!block || block.format !== 'unsupported') return [];
  return [
    {
      code: RULE_CODES.codeFrontmatter,
      message: `\`---${block.language}\` frontmatter is code, which Jamstack Posts never runs, so its keys are not checked. Use YAML, TOML or JSON frontmatter.`,
      severity: 'warning',
      start: block.start,
      end: block.start + 3 + block.language.length,
    },
  ];
};
