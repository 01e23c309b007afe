/**
 * The one internal description of a post's frontmatter that every schema source (the built-in default,
 * a JSON Schema, and later the site's own configs) is turned into. Rules and completion read only this.
 */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object';

/** Hints that refine a type for completion and checks: `image` values are paths to pictures. */
export type FieldFormat = 'image' | 'url' | 'date-time';

export interface Field {
  readonly name: string;
  /** A short label for hovers and completion, when the source has one (Decap's `label`). */
  readonly label?: string;
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
  /** Values must name another post of this collection (Astro `reference()`, Decap `relation`). */
  readonly relation?: { readonly collection: string };
}

export type SchemaSourceKind =
  | 'builtin'
  | 'json-schema'
  | 'astro'
  | 'astro-config'
  | 'decap'
  | 'frontmatter-cms'
  | 'hugo-archetype'
  | 'inferred';

export interface SchemaSource {
  readonly kind: SchemaSourceKind;
  /** How the source is named to the user, e.g. "Decap collection `blog`, public/admin/config.yml". */
  readonly label: string;
  /** The workspace-relative file the schema was read from, when there is one. */
  readonly path?: string;
  /** Whether the schema was read approximately (a static reading of code), which hovers say. */
  readonly approximate?: boolean;
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
