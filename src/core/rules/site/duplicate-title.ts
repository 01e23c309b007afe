import { RULE_CODES } from '../codes';
import type { Rule } from '../problem';
import { otherPostsNamed } from './other-posts-named';
import { siteIndexOf } from './site-index-cache';
import { titleKey } from './title-key';

/** Two posts with one title look the same in search results, feeds and lists of posts. */
export const duplicateTitle: Rule = (context) => {
  const { post, site } = context;
  if (!site) return [];
  const entry = post.entries.find((e) => e.key === 'title');
  if (!entry || typeof entry.value !== 'string') return [];
  const key = titleKey(entry.value);
  if (key === '') return [];
  const same = siteIndexOf(context)?.titles.get(key) ?? [];
  if (same.length === 0) return [];
  return [{
    code: RULE_CODES.duplicateTitle,
    message: `${otherPostsNamed(same, 'has', 'have')} the same title: search results and feeds cannot tell the posts apart. Give this post its own title.`,
    severity: 'warning',
    start: entry.valueStart,
    end: entry.valueEnd,
  }];
};
