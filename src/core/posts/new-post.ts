import type { PostSchema } from '../schema/model';
import { schemaFrontmatter } from './schema-frontmatter';
import { slugFromTitle } from './slug';

export interface NewPostInput {
  readonly title: string;
  readonly schema: PostSchema;
  /** Today as `YYYY-MM-DD`. */
  readonly today: string;
  readonly eol?: '\n' | '\r\n';
}

export interface NewPost {
  readonly fileName: string;
  readonly text: string;
}

/**
 * The file name and text of a new post: the title, the schema's date key set to today, and every default.
 * new-post-plan.ts does the same with the site's rules for names, dates, drafts and templates.
 */
export function newPost({ title, schema, today, eol = '\n' }: NewPostInput): NewPost | { error: string } {
  const trimmed = title.trim();
  if (trimmed === '') return { error: 'A post needs a title.' };
  const slug = slugFromTitle(trimmed);
  if (slug === '') return { error: `No file name can be made from "${trimmed}": use some letters or digits.` };
  // A new post starts unpublished, whatever the schema's default, so it cannot go live by accident.
  const flag = schema.draftKey ? { key: schema.draftKey, value: schema.draftKey !== 'published' } : undefined;
  const text = schemaFrontmatter({ title: trimmed, schema, date: { yaml: today, toml: today }, flag, format: 'yaml', eol });
  return { fileName: `${slug}.md`, text };
}
