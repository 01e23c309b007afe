import type { ParsedPost } from '../../frontmatter/parse-post';
import type { Field, PostSchema } from '../../schema/model';

/** One value a schema constraint applies to: an entry's value, or one item of a list with an item field. */
export interface ConstrainedValue {
  /** How the message names it: "`title`" or "Each item of `tags`". */
  readonly subject: string;
  /** How the message refers back to it: "it" or "this one". */
  readonly it: string;
  readonly field: Field;
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
}

/** Every value of the post with the field that constrains it, list items included, in file order. */
export function* constrainedValues(post: ParsedPost, schema: PostSchema): Generator<ConstrainedValue> {
  for (const entry of post.entries) {
    const field = schema.fields.get(entry.key);
    if (!field || entry.value === null) continue;
    yield { subject: `\`${entry.key}\``, it: 'it', field, value: entry.value, start: entry.valueStart, end: entry.valueEnd };
    if (!field.items || !entry.items) continue;
    for (const item of entry.items) {
      yield { subject: `Each item of \`${entry.key}\``, it: 'this one', field: field.items, value: item.value, start: item.start, end: item.end };
    }
  }
}
