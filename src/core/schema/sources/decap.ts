import { LineCounter, parseDocument } from 'yaml';
import type { Collection, SourceReading } from '../../site/collection';
import type { Field, PostSchema } from '../model';
import { readField, type FieldFindings } from './decap-widgets';
import { isObject, type Json } from '../json-object';

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

interface Reader extends FieldFindings {
  readonly path: string;
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
  const where = `Collection \`${raw.name}\` in ${path}`;
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

