import { tomlKey, tomlValue } from '../frontmatter/toml-value';
import { yamlValue } from '../frontmatter/yaml-value';
import type { PostSchema } from '../schema/model';

/**
 * The frontmatter of a new post made from a schema, in the schema's key order: the title, the date key and
 * required date fields set to the date, the draft flag, every key with a default, and `""` for other required
 * keys. Another convention's flag (`draft` where the site uses `published`) is left out.
 */
export interface SchemaFrontmatterSpec {
  readonly title: string;
  readonly schema: PostSchema;
  /** The date as a value of each format, quotes included (date-value.ts). */
  readonly date: { readonly yaml: string; readonly toml: string };
  /** The draft flag and the value that makes the post a draft; none when a folder says it (Jekyll's `_drafts`). */
  readonly flag?: { readonly key: string; readonly value: boolean };
  readonly format: 'yaml' | 'toml';
  readonly eol: '\n' | '\r\n';
}

const FLAGS = new Set(['draft', 'published']);

/** The fenced block followed by an empty line, where the body starts. */
export function schemaFrontmatter(spec: SchemaFrontmatterSpec): string {
  const { title, schema, date, flag, format, eol } = spec;
  const toml = format === 'toml';
  const line = (key: string, value: string) => (toml ? `${tomlKey(key)} = ${value}` : `${key}: ${value}`);
  const written = (value: unknown) => (toml ? tomlValue(value) : yamlValue(value));
  const fence = toml ? '+++' : '---';

  const lines = [fence, line('title', written(title))];
  for (const field of schema.fields.values()) {
    const name = field.name;
    if (name === 'title') continue;
    const value = name === flag?.key ? String(flag.value)
      : FLAGS.has(name) || name === schema.draftKey ? undefined
      : name === schema.dateKey ? (toml ? date.toml : date.yaml)
      : field.default !== undefined ? written(field.default)
      : schema.required.includes(name) ? (field.types.includes('date') ? (toml ? date.toml : date.yaml) : '""')
      : undefined;
    if (value !== undefined) lines.push(line(name, value));
  }
  if (flag && !schema.fields.has(flag.key) && schema.allowUnknownKeys) lines.push(line(flag.key, String(flag.value)));
  lines.push(fence, '', '');
  return lines.join(eol);
}
