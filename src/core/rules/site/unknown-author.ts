import { closest } from '../../schema/suggest';
import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';
import { textItems } from './text-items';
import { textValueEdit } from './text-value-edit';

const AUTHOR_KEYS = ['author', 'authors'];

/** An author the site does not list: a typo makes a new author page, or breaks a reference the build resolves. */
export const unknownAuthor: Rule = ({ post, site }) => {
  const known = site?.knownAuthors;
  if (!known || known.length === 0) return [];
  const knownSet = new Set(known);
  const problems: Problem[] = [];
  for (const entry of post.entries) {
    if (!AUTHOR_KEYS.includes(entry.key)) continue;
    for (const item of textItems(entry)) {
      if (knownSet.has(item.value) || item.value.trim() === '') continue;
      const suggestion = closest(item.value, known);
      problems.push({
        code: RULE_CODES.unknownAuthor,
        message: suggestion
          ? `Unknown author \`${item.value}\`: did you mean \`${suggestion}\`?`
          : `Unknown author \`${item.value}\`: the site lists ${listed(known)}. Use one of them, or add this author to the site's authors.`,
        severity: 'warning',
        start: item.start,
        end: item.end,
        fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [textValueEdit(post, item, suggestion)] }] : [],
      });
    }
  }
  return problems;
};

function listed(authors: readonly string[]): string {
  const shown = authors.slice(0, 3).map((a) => `\`${a}\``).join(', ');
  return authors.length > 3 ? `${shown} and ${authors.length - 3} more` : shown;
}
