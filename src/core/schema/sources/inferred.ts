import type { Collection } from '../../site/collection';
import { BUILTIN_SCHEMA } from '../builtin';
import type { Field, FieldType, PostSchema } from '../model';
import { matchesType } from '../value-type';

/** Fewer posts than this say too little about a folder's conventions. */
const MIN_POSTS = 3;
/** A text key becomes a list of allowed values when this few values cover at least ENUM_MIN_POSTS posts. */
const ENUM_MAX_VALUES = 6;
const ENUM_MIN_POSTS = 10;

/**
 * A schema read from the posts a folder already has, for sites that declare none: which keys they use, how often,
 * with which types, and (for keys with a few values used again and again) which values. Keys every post has are
 * required. The built-in schema fills in descriptions and keys the folder has not used yet.
 */
export function inferCollection(folder: string, posts: ReadonlyArray<Readonly<Record<string, unknown>>>): Collection | undefined {
  if (posts.length < MIN_POSTS) return undefined;
  const keys = new Map<string, unknown[]>();
  for (const data of posts) {
    for (const [key, value] of Object.entries(data)) {
      let values = keys.get(key);
      if (!values) keys.set(key, (values = []));
      values.push(value);
    }
  }

  const fields = new Map<string, Field>(BUILTIN_SCHEMA.fields);
  const required: string[] = [];
  for (const [key, values] of keys) {
    // A key only one post uses says nothing about the folder, and may be that post's typo.
    if (values.length < 2) continue;
    fields.set(key, inferField(key, values, posts.length, folder, BUILTIN_SCHEMA.fields.get(key)));
    if (values.length === posts.length && values.every((v) => v !== null && v !== '')) required.push(key);
  }
  const dateKey = ['date', 'pubDate', 'publishDate']
    .filter((k) => keys.has(k))
    .sort((a, b) => keys.get(b)!.length - keys.get(a)!.length)[0] ?? BUILTIN_SCHEMA.dateKey;
  const schema: PostSchema = {
    source: { kind: 'inferred', label: `inferred from ${posts.length} posts in ${folder || 'the workspace folder'}` },
    fields,
    required,
    requiredOneOf: [],
    allowUnknownKeys: false,
    dateKey,
    draftKey: keys.has('published') && !keys.has('draft') ? 'published' : 'draft',
  };
  return { name: folder.split('/').pop() || folder, folder, schema };
}

function inferField(name: string, values: readonly unknown[], total: number, folder: string, builtin: Field | undefined): Field {
  const present = values.filter((v) => v !== null && v !== undefined);
  const types = typesOf(present);
  const usage = `Used in ${values.length} of ${total} posts in ${folder || 'this folder'}.`;
  const field: Field = {
    name,
    types,
    description: builtin?.description ? `${builtin.description} ${usage}` : usage,
    format: builtin?.format,
    default: builtin?.default,
  };
  if (types.length === 1 && types[0] === 'array') {
    const items = present.flatMap((v) => v as unknown[]);
    return { ...field, items: { name, types: typesOf(items) } };
  }
  if (types.length === 1 && types[0] === 'string') {
    const distinct = new Set(present as string[]);
    if (distinct.size <= ENUM_MAX_VALUES && present.length >= ENUM_MIN_POSTS && [...distinct].every((v) => present.filter((p) => p === v).length >= 2)) {
      return { ...field, enum: [...distinct].sort() };
    }
  }
  return field;
}

/** The types a set of values has, with dates told apart from other text and integers folded into numbers. */
function typesOf(values: readonly unknown[]): FieldType[] {
  const types = new Set<FieldType>();
  for (const value of values) {
    if (matchesType(value, 'date')) types.add('date');
    else if (typeof value === 'string') types.add('string');
    else if (typeof value === 'number') types.add('number');
    else if (typeof value === 'boolean') types.add('boolean');
    else if (Array.isArray(value)) types.add('array');
    else if (typeof value === 'object' && value !== null) types.add('object');
  }
  if (types.has('date') && types.has('string')) types.delete('date'); // some values are not dates: it is text
  return [...types];
}
