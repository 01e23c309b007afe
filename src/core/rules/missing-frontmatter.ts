import { RULE_CODES } from './codes';
import type { Rule } from './problem';

/** A file in a content folder without frontmatter usually fails the collection's schema. */
export const missingFrontmatter: Rule = ({ post, expectFrontmatter, schema }) => {
  if (post.block || !expectFrontmatter) return [];
  const eol = post.text.includes('\r\n') ? '\r\n' : '\n';
  const start = post.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const keys = schema.required.length > 0 ? schema.required : ['title'];
  const block = ['---', ...keys.map((k) => `${k}: `), '---', ''].join(eol);
  return [
    {
      code: RULE_CODES.missingFrontmatter,
      message: 'This post has no frontmatter. Start the file with a `---` block holding its title and date.',
      severity: 'warning',
      start,
      end: start,
      fixes: [{ title: 'Add a frontmatter block', edits: [{ start, end: start, newText: block }] }],
    },
  ];
};
