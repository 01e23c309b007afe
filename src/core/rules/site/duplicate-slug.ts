import { insertKeyEdit } from '../../frontmatter/insert-key';
import { yamlValue } from '../../frontmatter/yaml-value';
import { slugFromTitle } from '../../posts/slug';
import type { TextEdit } from '../../text/text-edit';
import { RULE_CODES } from '../codes';
import type { Fix, Rule, RuleContext } from '../problem';
import { otherPostsNamed } from './other-posts-named';
import { collectionOf, slugOf } from './post-slug';
import { siteIndexOf } from './site-index-cache';
import { textValueEdit } from './text-value-edit';

/** Two posts of one collection with the same slug build to the same URL, and one page silently replaces the other. */
export const duplicateSlug: Rule = (context) => {
  const { post, site } = context;
  if (!site || !post.block?.closed) return [];
  const kind = context.siteKind ?? 'generic';
  const slug = slugOf(site.postPath, post.data, kind);
  if (slug === undefined) return [];
  const same = postsWithSlug(context, slug);
  if (same.length === 0) return [];

  const entry = post.entries.find((e) => e.key === 'slug' && typeof e.value === 'string' && e.value.trim() !== '');
  return [{
    code: RULE_CODES.duplicateSlug,
    message: entry
      ? `${otherPostsNamed(same, 'has', 'have')} the same slug \`${slug}\`: they build to one URL and one page replaces the other. Change \`slug\`.`
      : `${otherPostsNamed(same, 'builds', 'build')} to the same URL as this post (slug \`${slug}\`, from the file name): one page replaces the other. Set a \`slug\` or rename the file.`,
    severity: 'error',
    start: entry ? entry.valueStart : post.block.start,
    end: entry ? entry.valueEnd : post.block.start + (post.block.format === 'json' ? 1 : 3),
    fixes: fixes(context, slug),
  }];
};

/** The other posts of this post's collection that build to `slug`. */
function postsWithSlug(context: RuleContext, slug: string): string[] {
  const collection = collectionOf(context.site!.postPath, context.siteKind ?? 'generic');
  return [...(siteIndexOf(context)?.routes.get(collection)?.get(slug) ?? [])];
}

/** A slug made from the title, when it differs from this one and no other post of the collection has it. */
function fixes(context: RuleContext, slug: string): Fix[] {
  const { post, schema } = context;
  const title = post.data.title;
  const alternative = typeof title === 'string' ? slugFromTitle(title) : '';
  if (alternative === '' || alternative === slug || postsWithSlug(context, alternative).length > 0) return [];
  const entry = post.entries.find((e) => e.key === 'slug');
  let edit: TextEdit | undefined;
  if (entry && typeof entry.value === 'string') {
    edit = textValueEdit(post, { start: entry.valueStart, end: entry.valueEnd, value: entry.value }, alternative);
  } else if (!entry && (schema.fields.has('slug') || schema.allowUnknownKeys)) {
    edit = insertKeyEdit(post, 'slug', yamlValue(alternative));
  }
  return edit ? [{ title: `Set \`slug\` to \`${alternative}\``, edits: [edit] }] : [];
}
