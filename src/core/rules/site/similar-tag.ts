import { RULE_CODES } from '../codes';
import type { Problem, Rule } from '../problem';
import type { TaxonomyName } from './site-index';
import { siteIndexOf } from './site-index-cache';
import { tagDifference, tagKey, type TagDifference } from './tag-key';
import { textItems, type TextItem } from './text-items';
import { textValueEdit } from './text-value-edit';

/** The keys whose values make one set of pages (`category` and `categories` are one), and what a split costs. */
const TAXONOMIES: Record<TaxonomyName, { readonly keys: readonly string[]; readonly effect: string }> = {
  tags: { keys: ['tags'], effect: 'make two tag pages' },
  categories: { keys: ['categories', 'category'], effect: 'make two category pages' },
  keywords: { keys: ['keywords'], effect: 'count as two keywords' },
};

const DIFFERENCES: Record<TagDifference, string> = {
  case: 'only in case',
  spacing: 'only in spaces, hyphens or underscores',
  plural: 'only by a plural',
  'spacing and plural': 'only in spacing and by a plural',
};

/**
 * A tag spelt differently from the same tag on other posts (`JavaScript` beside `javascript`) splits one subject
 * over two tag pages. The spelling most posts use is suggested.
 */
export const similarTag: Rule = (context) => {
  const { post, site } = context;
  if (!site) return [];
  const problems: Problem[] = [];
  for (const name of Object.keys(TAXONOMIES) as TaxonomyName[]) {
    const { keys, effect } = TAXONOMIES[name];
    for (const item of post.entries.filter((e) => keys.includes(e.key)).flatMap(textItems)) {
      const suggestion = bestSpelling(item, siteIndexOf(context)?.taxonomies[name].get(tagKey(item.value)));
      if (!suggestion) continue;
      const { value, count } = suggestion;
      problems.push({
        code: RULE_CODES.similarTag,
        message: `Other posts use \`${value}\` (${count} post${count === 1 ? '' : 's'}); ${name} that differ ${DIFFERENCES[tagDifference(item.value, value)]} ${effect}.`,
        severity: 'warning',
        start: item.start,
        end: item.end,
        fixes: [{ title: `Use \`${value}\``, edits: [textValueEdit(post, item, value)] }],
      });
    }
  }
  return problems;
};

/**
 * The spelling to use instead of this item's, if any: the one most other posts use, when more posts use it than
 * this spelling (this post included). On a tie the lower-case spelling wins, so two posts never point at each other.
 */
function bestSpelling(item: TextItem, spellings: ReadonlyMap<string, number> | undefined): { value: string; count: number } | undefined {
  if (!spellings || tagKey(item.value) === '') return undefined;
  let best: { value: string; count: number } | undefined;
  for (const [value, count] of spellings) {
    if (!best || count > best.count || (count === best.count && preferred(value, best.value))) best = { value, count };
  }
  if (!best || best.value === item.value) return undefined;
  const own = (spellings.get(item.value) ?? 0) + 1;
  return best.count > own || (best.count === own && preferred(best.value, item.value)) ? best : undefined;
}

/** The tie-break between spellings: lower case first, then the first in code-point order. */
function preferred(a: string, b: string): boolean {
  const lowerA = a === a.toLowerCase();
  const lowerB = b === b.toLowerCase();
  return lowerA !== lowerB ? lowerA : a < b;
}
