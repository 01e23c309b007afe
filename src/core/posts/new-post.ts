import { yamlValue } from '../frontmatter/yaml-value';
import type { PostSchema } from '../schema/model';
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

/** The file name and text of a new post: the title, the schema's date key set to today, and every default. */
export function newPost({ title, schema, today, eol = '\n' }: NewPostInput): NewPost | { error: string } {
  const trimmed = title.trim();
  if (trimmed === '') return { error: 'A post needs a title.' };
  const slug = slugFromTitle(trimmed);
  if (slug === '') return { error: `No file name can be made from "${trimmed}": use some letters or digits.` };

  // Keys in the schema's order: the required ones, the date, the draft flag and every key with a default.
  const lines: string[] = ['---', `title: ${yamlValue(trimmed)}`];
  for (const field of schema.fields.values()) {
    if (field.name === 'title') continue;
    const value = field.name === schema.dateKey ? today
      // A new post starts unpublished, whatever the schema's default, so it cannot go live by accident.
      : field.name === schema.draftKey ? String(field.name !== 'published')
      : field.default !== undefined ? yamlValue(field.default)
      : schema.required.includes(field.name) ? (field.types.includes('date') ? today : '""')
      : undefined;
    if (value !== undefined) lines.push(`${field.name}: ${value}`);
  }
  lines.push('---', '', '');
  return { fileName: `${slug}.md`, text: lines.join(eol) };
}
