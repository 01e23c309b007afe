import type { Collection, SourceReading } from '../../site/collection';
import { resolveLocalRef, schemaFromJsonSchema } from '../json-schema';
import type { Field, FieldType, PostSchema } from '../model';
import { astroDateKey, astroDraftKey, defaultFolder, GENERATED_SCHEMA_PATH, projectRootOf, withAstroSlug } from './astro-conventions';
import { isObject, type Json } from '../json-object';

/**
 * Reads the JSON Schema Astro writes for a collection to `.astro/collections/<name>.schema.json` (Astro 5 through
 * zod-to-json-schema, draft-07 under `definitions`; Astro 6 through zod's own `toJSONSchema`, draft 2020-12).
 * These files are Astro's own account of the schema, so they are read exactly; what they cannot say is filled in
 * from `fromConfig` (the static reading of the content config) when the caller has it:
 * - `reference('authors')` is written as "a string, or `{ id | slug, collection }`" without naming the collection;
 *   such a field gets `relation: { collection: '' }` (a relation to a collection not named here) unless
 *   `fromConfig` names it.
 * - `image()` is written as a plain string; only `fromConfig` can say it is an image.
 */
export function readAstroGeneratedSchema(collection: string, jsonText: string, path: string, folder?: string, fromConfig?: PostSchema): SourceReading {
  const label = `Astro collection \`${collection}\`, ${path}`;
  let root: unknown;
  try {
    root = JSON.parse(jsonText);
  } catch {
    root = undefined; // schemaFromJsonSchema says what is wrong with the text
  }
  const top = isObject(root) ? resolveLocalRef(root, root) : undefined;
  // A `file()` loader's schema describes a file of entries keyed by id: data, not posts.
  if (top && !hasOwnProperties(top) && (isObject(top.additionalProperties) || Array.isArray(top.anyOf))) return { collections: [], problems: [] };

  const { schema, error } = schemaFromJsonSchema(jsonText, label);
  if (!schema || !top) return { collections: [], problems: [error ?? `${label} could not be read.`] };

  const properties = isObject(top.properties) ? top.properties : {};
  const read = new Map<string, Field>();
  for (const [name, field] of schema.fields) {
    // Astro adds `$schema` so that data files can name their schema; it is not a frontmatter key.
    if (name === '$schema') continue;
    const definition = properties[name];
    read.set(name, withAstroHints(field, isObject(definition) ? definition : {}, root as Json, fromConfig?.fields.get(name)));
  }
  const fields = withAstroSlug(read);
  const fullSchema: PostSchema = {
    ...schema,
    source: { kind: 'astro', label, path },
    fields,
    required: schema.required.filter((key) => read.has(key)),
    dateKey: astroDateKey(fields),
    draftKey: astroDraftKey(fields),
  };
  const result: Collection = {
    name: collection,
    folder: folder ?? defaultFolder(projectRootOf(path, GENERATED_SCHEMA_PATH), collection),
    schema: fullSchema,
  };
  return { collections: [result], problems: [] };
}

function withAstroHints(field: Field, definition: Json, root: Json, hint: Field | undefined): Field {
  const def = resolveLocalRef(definition, root);
  const referenceTypes = referenceShape(def, root);
  if (referenceTypes) {
    return { ...field, types: referenceTypes, relation: { collection: hint?.relation?.collection ?? hint?.items?.relation?.collection ?? '' } };
  }
  if (field.items && isObject(def.items)) {
    const items = withAstroHints(field.items, def.items, root, hint?.items);
    if (items !== field.items) return { ...field, items };
  }
  if (hint?.format === 'image' && field.types.length === 1 && field.types[0] === 'string' && !field.format) {
    return { ...field, format: 'image' };
  }
  return field;
}

/**
 * The types a frontmatter value may have when the definition is the shape `reference()` produces: a union of an id
 * (a string; Astro 6 also takes a number) and objects `{ id, collection }` / `{ slug, collection }`, which are
 * left out because frontmatter writes the id.
 */
function referenceShape(def: Json, root: Json): FieldType[] | undefined {
  const variants = [def.anyOf, def.oneOf].find(Array.isArray) as unknown[] | undefined;
  if (!variants) return undefined;
  const parts = variants.filter(isObject).map((v) => resolveLocalRef(v, root));
  const lookups = parts.filter((p) => isObject(p.properties) && 'collection' in p.properties && ('id' in p.properties || 'slug' in p.properties));
  const ids = parts.filter((p) => p.type === 'string' || p.type === 'number' || p.type === 'integer');
  if (lookups.length === 0 || ids.length === 0 || lookups.length + ids.length !== parts.length) return undefined;
  const types = new Set<FieldType>(ids.map((p) => (p.type === 'string' ? 'string' : 'number')));
  return [...types];
}

function hasOwnProperties(def: Json): boolean {
  return isObject(def.properties) && Object.keys(def.properties).some((key) => key !== '$schema');
}

