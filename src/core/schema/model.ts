/**
 * The one internal description of a post's frontmatter that every schema source (the built-in default,
 * a JSON Schema, and later the site's own configs) is turned into. Rules and completion read only this.
 */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object';

/** Hints that refine a type for completion and checks: `image` values are paths to pictures. */
export type FieldFormat = 'image' | 'url' | 'date-time';

export interface Field {
  readonly name: string;
  /** Accepted types; empty means any value. */
  readonly types: readonly FieldType[];
  readonly description?: string;
  readonly format?: FieldFormat;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  /** For arrays: what each item must be. */
  readonly items?: Field;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
}

export interface SchemaSource {
  readonly kind: 'builtin' | 'json-schema';
  /** How the source is named to the user, e.g. `JSON Schema schemas/post.json`. */
  readonly label: string;
}

export interface PostSchema {
  readonly source: SchemaSource;
  readonly fields: ReadonlyMap<string, Field>;
  readonly required: readonly string[];
  /** Each group needs at least one of its keys (the built-in default accepts any of the common date keys). */
  readonly requiredOneOf: ReadonlyArray<readonly string[]>;
  /** Whether keys the schema does not list are accepted without a warning. */
  readonly allowUnknownKeys: boolean;
  /** The key a new post gets its date in, and the draft flag's key. */
  readonly dateKey: string | undefined;
  readonly draftKey: string | undefined;
}

export function fieldOf(schema: PostSchema, key: string): Field | undefined {
  return schema.fields.get(key);
}
