import type { ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
import { describeTypes } from '../schema/value-type';

export interface KeyHover {
  readonly start: number;
  readonly end: number;
  /** Markdown for the hover. */
  readonly contents: string;
}

/** What a frontmatter key means: description, type, allowed values, default, and which schema says so. */
export function keyHover(post: ParsedPost, offset: number, schema: PostSchema): KeyHover | undefined {
  const entry = post.entries.find((e) => offset >= e.keyStart && offset <= e.keyEnd);
  if (!entry) return undefined;
  const field = schema.fields.get(entry.key);
  const lines: string[] = [];
  if (!field) {
    lines.push(`**${entry.key}** is not listed by ${schema.source.label}.`);
  } else {
    const facts = [schema.required.includes(entry.key) ? 'required' : 'optional', describeTypes(field.types) || 'any value'];
    lines.push(`**${field.label ?? entry.key}** · ${facts.join(' · ')}`);
    if (field.description) lines.push('', field.description);
    if (field.enum) lines.push('', `Allowed: ${field.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
    if (field.items?.enum) lines.push('', `Each item one of: ${field.items.enum.map((v) => `\`${String(v)}\``).join(', ')}`);
    if (field.relation) lines.push('', `Names an entry of the \`${field.relation.collection}\` collection.`);
    if (field.default !== undefined) lines.push('', `Default: \`${JSON.stringify(field.default)}\``);
  }
  lines.push('', `_Schema: ${schema.source.label}${schema.source.approximate ? ' · approximate' : ''}_`);
  return { start: entry.keyStart, end: entry.keyEnd, contents: lines.join('\n') };
}
