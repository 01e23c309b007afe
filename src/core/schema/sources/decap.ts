import { LineCounter, parseDocument } from 'yaml';
import type { Collection, SourceReading } from '../../site/collection';
import type { Field, FieldType, PostSchema } from '../model';

/**
 * Reads a Decap CMS `config.yml`. Each folder collection becomes a Collection whose schema says what Decap's
 * editor writes: fields are required unless `required: false`, and `body` is the Markdown below the block, not a
 * key. File collections edit single pages (settings, a landing page), not posts, so they are read as nothing.
 */
export interface DecapReading extends SourceReading {
  /** The site-wide upload folder (workspace-relative) and the URL path it is served under. */
  readonly mediaFolder?: string;
  readonly publicFolder?: string;
}

type Json = { readonly [key: string]: unknown };

interface Reader {
  readonly path: string;
  readonly problems: string[];
  /** Relation targets, checked against the collection names once all are read. */
  readonly relations: Array<{ readonly collection: string; readonly where: string }>;
}

interface MediaFolders {
  readonly mediaFolder?: string;
  readonly publicFolder?: string;
}

const DATE_KEYS = ['date', 'pubDate', 'publishDate', 'publish_date'];
/** Formats that store a whole data file rather than frontmatter and a body, with Decap's default extension. */
const DATA_FORMATS: Readonly<Record<string, string>> = {
  yml: 'yml', yaml: 'yml', toml: 'toml', json: 'json', 'yaml-prettier': 'yml', 'toml-prettier': 'toml', 'json-prettier': 'json',
};
const TEXT_WIDGETS = new Set(['string', 'text', 'markdown', 'color', 'map', 'uuid']);
/** Day.js storage formats whose output is an ISO 8601 date or date-time, which the date checks accept. */
const ISO_DATE_FORMAT = /^YYYY-MM-DD$/;
const ISO_TIME_FORMAT = /^HH:mm(?::ss(?:\.SSS)?)?(?:Z|ZZ|\[Z\])?$/;
const ISO_DATE_TIME_FORMAT = /^YYYY-MM-DD(?:T|\[T\]| )HH:mm(?::ss(?:\.SSS)?)?(?:Z|ZZ|\[Z\])?$/;
/** `{{now}}`, `{{uuid}}` and the like: filled in by the editor, so not a value a post could start with. */
const TEMPLATE = /\{\{[^}]*\}\}/;

export function readDecapConfig(text: string, path: string): DecapReading {
  const reader: Reader = { path, problems: [], relations: [] };
  const root = parseConfig(text, reader);
  // After a syntax error the rest is misread; what was read still serves while the config is being typed, but only
  // the syntax errors are worth saying.
  const syntaxErrors = reader.problems.length;
  const reading = readRoot(root, reader);
  return { ...reading, problems: syntaxErrors > 0 ? reader.problems.slice(0, syntaxErrors) : reader.problems };
}

function readRoot(root: unknown, reader: Reader): Omit<DecapReading, 'problems'> {
  const { path, problems } = reader;
  if (!isObject(root)) {
    problems.push(root === null || root === undefined
      ? `${path} is empty: Decap CMS needs at least \`backend\`, \`media_folder\` and \`collections\`.`
      : `${path} must be a set of keys (\`backend\`, \`media_folder\`, \`collections\`), not a single value or a list.`);
    return { collections: [] };
  }
  const site = siteMedia(root, reader);
  if (!Array.isArray(root.collections)) {
    problems.push(`${path} has no \`collections\` list: add one, with a folder collection for the posts.`);
    return { collections: [], ...site };
  }
  const names = new Set<string>();
  const collections: Collection[] = [];
  root.collections.forEach((raw, index) => {
    if (isObject(raw) && typeof raw.name === 'string') names.add(raw.name);
    const collection = readCollection(raw, index, site, reader);
    if (collection) collections.push(collection);
  });
  for (const { collection, where } of reader.relations) {
    if (!names.has(collection)) {
      problems.push(`${where} points to the collection \`${collection}\`, which the file does not define: correct the name or add that collection.`);
    }
  }
  return { collections, ...site };
}

/** The YAML as data, with every syntax error said with its line (Decap refuses to load a config that has one). */
function parseConfig(text: string, reader: Reader): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, logLevel: 'error' });
  for (const error of document.errors) {
    const { line } = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0].replace(/\.$/, '');
    reader.problems.push(`${reader.path} is not valid YAML at line ${line}: ${message}. Decap CMS will not load until this is fixed.`);
  }
  try {
    return document.toJS();
  } catch {
    return undefined;
  }
}

/** Decap serves uploads at `/<media_folder>` unless `public_folder` says otherwise. */
function siteMedia(root: Json, reader: Reader): MediaFolders {
  if (typeof root.media_folder !== 'string') {
    if (root.media_library === undefined) {
      reader.problems.push(`${reader.path} has no \`media_folder\`: Decap CMS needs it to know where uploads go, e.g. \`media_folder: public/images/uploads\`.`);
    }
    return {};
  }
  const mediaFolder = joinPath(root.media_folder);
  return { mediaFolder, publicFolder: typeof root.public_folder === 'string' ? root.public_folder : `/${mediaFolder}` };
}

function readCollection(raw: unknown, index: number, site: MediaFolders, reader: Reader): Collection | undefined {
  const { path, problems } = reader;
  if (!isObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
    problems.push(`Collection ${index + 1} in ${path} has no \`name\`: give it one, e.g. \`name: blog\`.`);
    return undefined;
  }
  const owner = `collection \`${raw.name}\` in ${path}`;
  const where = upperFirst(owner);
  if (raw.folder === undefined) {
    if (raw.files === undefined) {
      problems.push(`${where} has neither \`folder\` nor \`files\`: give it the \`folder\` its posts live in, or a \`files\` list of single pages.`);
    }
    return undefined;
  }
  if (typeof raw.folder !== 'string') {
    problems.push(`${where} has a \`folder\` that is not a path: write it as text, e.g. \`folder: src/content/blog\`.`);
    return undefined;
  }

  const folder = joinPath(raw.folder);
  const format = typeof raw.format === 'string' ? raw.format : 'frontmatter';
  const hasBody = !(format in DATA_FORMATS);
  const rawFields = Array.isArray(raw.fields) ? raw.fields : undefined;
  if (!rawFields) problems.push(`${where} has no \`fields\` list: list the keys its posts have.`);

  const fields = new Map<string, Field>();
  const required: string[] = [];
  (rawFields ?? []).forEach((rawField, i) => {
    const field = readField(rawField, i, owner, reader);
    if (!field || (hasBody && field.name === 'body')) return;
    if (fields.has(field.name)) {
      problems.push(`${where} lists the field \`${field.name}\` twice: Decap CMS needs field names to be unique, so rename or remove one.`);
      return;
    }
    fields.set(field.name, field);
    if ((rawField as Json).required !== false) required.push(field.name);
  });

  const schema: PostSchema = {
    source: { kind: 'decap', label: `Decap collection \`${raw.name}\`, ${path}`, path },
    fields,
    required,
    requiredOneOf: [],
    // Decap keeps keys its fields do not list, but no editor can see or change them: most are typos of listed keys.
    // Without a field list nothing is known about the keys, so none is called unknown.
    allowUnknownKeys: !rawFields,
    dateKey: DATE_KEYS.find((k) => fields.get(k)?.types.includes('date')) ?? [...fields.values()].find((f) => f.types.includes('date'))?.name,
    draftKey: ['draft', 'published'].find((k) => fields.get(k)?.types.includes('boolean')),
  };
  return {
    name: raw.name,
    folder,
    extensions: [typeof raw.extension === 'string' ? raw.extension.replace(/^\./, '') : DATA_FORMATS[format] ?? 'md'],
    schema,
    slugTemplate: typeof raw.slug === 'string' ? raw.slug : '{{slug}}',
    ...collectionMedia(raw, folder, site),
  };
}

/**
 * A collection's own `media_folder` starts at the repository root when it begins with `/`, and otherwise at the
 * entry's folder (the collection folder, or below it when `path` nests entries). Placeholders Decap fills per entry
 * (`{{slug}}`) stay in the result; `{{media_folder}}` and `{{public_folder}}` are the site-wide values.
 */
function collectionMedia(raw: Json, folder: string, site: MediaFolders): MediaFolders {
  const nested = typeof raw.path === 'string' ? raw.path.split('/').slice(0, -1).join('/') : '';
  // With `path`, Decap puts uploads beside the entry unless told otherwise.
  const media = typeof raw.media_folder === 'string' ? raw.media_folder : typeof raw.path === 'string' ? '' : undefined;
  if (media === undefined) return site;
  const resolved = media.replace(/\{\{\s*media_folder\s*\}\}/g, site.mediaFolder ?? '');
  const mediaFolder = resolved.startsWith('/') ? joinPath(resolved) : joinPath(folder, nested, resolved);
  const publicFolder = typeof raw.public_folder === 'string' ? raw.public_folder : media;
  return { mediaFolder, publicFolder: publicFolder.replace(/\{\{\s*public_folder\s*\}\}/g, site.publicFolder ?? '') };
}

/** One field; `owner` names where it sits for problems (`collection \`blog\` in public/admin/config.yml`). */
function readField(raw: unknown, index: number, owner: string, reader: Reader): Field | undefined {
  if (!isObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
    reader.problems.push(`Field ${index + 1} of ${owner} has no \`name\`: add the key it is stored under, e.g. \`name: title\`.`);
    return undefined;
  }
  const widget = typeof raw.widget === 'string' ? raw.widget : 'string';
  const label = typeof raw.label === 'string' ? raw.label : undefined;
  const shape = shapeOf(raw, widget, `the \`${raw.name}\` field of ${owner}`, reader);
  const pattern = Array.isArray(raw.pattern) ? raw.pattern[0] : raw.pattern;
  const hasDefault = raw.default !== undefined && raw.default !== null && !(typeof raw.default === 'string' && TEMPLATE.test(raw.default));
  return {
    name: raw.name,
    label,
    description: typeof raw.hint === 'string' ? raw.hint : `The Decap \`${widget}\` field${label ? ` “${label}”` : ''}.`,
    ...shape,
    default: hasDefault && !(widget === 'datetime' && raw.default === '') ? raw.default : undefined,
    minimum: widget === 'number' && typeof raw.min === 'number' ? raw.min : undefined,
    maximum: widget === 'number' && typeof raw.max === 'number' ? raw.max : undefined,
    pattern: typeof pattern === 'string' ? pattern : undefined,
  };
}

type Shape = Pick<Field, 'types' | 'format' | 'enum' | 'items' | 'relation'>;

/** What a widget stores, as the model's types. Unknown (custom) widgets accept any value. */
function shapeOf(raw: Json, widget: string, owner: string, reader: Reader): Shape {
  if (TEXT_WIDGETS.has(widget)) return { types: ['string'] };
  switch (widget) {
    case 'datetime':
    case 'date': return dateShape(raw);
    case 'boolean': return { types: ['boolean'] };
    // Without `value_type` the number widget saves text (`"3"`); hand-written posts usually hold a number.
    case 'number': return { types: raw.value_type === 'int' ? ['integer'] : raw.value_type === 'float' ? ['number'] : ['number', 'string'] };
    case 'image': return { types: ['string'], format: 'image' };
    case 'file': return { types: ['string'] };
    case 'object': return { types: ['object'] };
    // The code widget saves `{ code, lang }` unless told to keep only the code.
    case 'code': return { types: raw.output_code_only === true ? ['string'] : ['object'] };
    case 'hidden': return { types: hiddenTypes(raw.default) };
    case 'select': return selectShape(raw);
    case 'relation': return relationShape(raw, owner, reader);
    case 'list': return { types: ['array'], items: listItems(raw, owner, reader) };
    default: return { types: [] };
  }
}

/**
 * Decap stores datetimes as ISO 8601 unless a Day.js `format` (or `date_format`/`time_format`) says otherwise; a
 * non-ISO storage format, or a time of day alone, is text to the site's build.
 */
function dateShape(raw: Json): Shape {
  if (typeof raw.format === 'string') {
    if (ISO_DATE_FORMAT.test(raw.format)) return { types: ['date'] };
    return ISO_DATE_TIME_FORMAT.test(raw.format) ? { types: ['date'], format: 'date-time' } : { types: ['string'] };
  }
  const { date_format: date, time_format: time } = raw;
  const hasDate = date !== undefined && date !== false;
  const hasTime = time !== undefined && time !== false;
  if (!hasDate && hasTime) return { types: ['string'] };
  const isoDate = typeof date !== 'string' || ISO_DATE_FORMAT.test(date);
  const isoTime = typeof time !== 'string' || ISO_TIME_FORMAT.test(time);
  if (!hasTime && (hasDate || time === false)) return { types: [isoDate ? 'date' : 'string'] };
  return isoDate && isoTime ? { types: ['date'], format: 'date-time' } : { types: ['string'] };
}

function selectShape(raw: Json): Shape {
  const values = (Array.isArray(raw.options) ? raw.options : [])
    .map((option) => (isObject(option) ? option.value : option))
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
  const types = [...new Set(values.map((v) => (typeof v === 'number' ? 'number' : 'string') as FieldType))];
  const one: Shape = { types: types.length > 0 ? types : ['string'], enum: values.length > 0 ? values : undefined };
  return raw.multiple === true ? { types: ['array'], items: { name: 'option', ...one } } : one;
}

function relationShape(raw: Json, owner: string, reader: Reader): Shape {
  if (typeof raw.collection !== 'string') {
    reader.problems.push(`${upperFirst(owner)} is a relation without a \`collection\`: name the collection its values come from.`);
    return raw.multiple === true ? { types: ['array'], items: { name: 'entry', types: ['string'] } } : { types: ['string'] };
  }
  reader.relations.push({ collection: raw.collection, where: upperFirst(owner) });
  const relation = { collection: raw.collection };
  return raw.multiple === true ? { types: ['array'], items: { name: 'entry', types: ['string'], relation }, relation } : { types: ['string'], relation };
}

/** A list repeats one `field`, an object of `fields`, or one of several object `types`; a bare list holds text. */
function listItems(raw: Json, owner: string, reader: Reader): Field {
  if (isObject(raw.field)) return readField(raw.field, 0, `the list in ${owner}`, reader) ?? { name: 'item', types: [] };
  if (Array.isArray(raw.fields) || Array.isArray(raw.types)) return { name: 'item', types: ['object'] };
  return { name: 'item', types: ['string'] };
}

/** A hidden field is written with its default, so the default's type is the field's. */
function hiddenTypes(value: unknown): FieldType[] {
  if (typeof value === 'string') return /\{\{\s*now\s*\}\}/.test(value) ? ['date'] : ['string'];
  if (typeof value === 'number') return [Number.isInteger(value) ? 'integer' : 'number'];
  if (typeof value === 'boolean') return ['boolean'];
  if (Array.isArray(value)) return ['array'];
  if (isObject(value)) return ['object'];
  return [];
}

/**
 * Joins repository path parts without `./`, empty segments or surrounding slashes, resolving `..` (never above the
 * root): `./src/content/blog/` → `src/content/blog`.
 */
function joinPath(...parts: string[]): string {
  const segments: string[] = [];
  for (const segment of parts.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
