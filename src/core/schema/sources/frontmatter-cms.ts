import type { Collection, SourceReading } from '../../site/collection';
import { jsoncToJson } from '../../text/jsonc';
import type { Field, PostSchema } from '../model';
import { fieldsOfContentType, type FieldContext } from './frontmatter-cms-fields';
import { isObject, type Json } from '../json-object';

/**
 * Reads Front Matter CMS's `frontmatter.json`: each registered page folder becomes a collection whose schema is
 * the content type FMC would apply to a post there that names none. FMC reads the file as JSON with comments,
 * so comments and trailing commas are accepted here too.
 */

const WORKSPACE = '[[workspace]]';

/** FMC's own `default` content type, used when the settings define none by that name. */
const DEFAULT_CONTENT_TYPE: Json = {
  name: 'default',
  fields: [
    { title: 'Title', name: 'title', type: 'string' },
    { title: 'Description', name: 'description', type: 'string' },
    { title: 'Publishing date', name: 'date', type: 'datetime', isPublishDate: true },
    { title: 'Article preview', name: 'preview', type: 'image' },
    { title: 'Is in draft', name: 'draft', type: 'draft' },
    { title: 'Tags', name: 'tags', type: 'tags' },
    { title: 'Categories', name: 'categories', type: 'categories' },
  ],
};

interface PageFolder {
  readonly name: string;
  readonly folder: string;
  readonly contentTypes: readonly string[];
}

export function readFrontMatterCmsConfig(text: string, path: string): SourceReading {
  try {
    return read(text, path);
  } catch (error) {
    // The reader walks untrusted JSON; whatever slipped past the checks is said, never thrown at the caller.
    return { collections: [], problems: [`${path} could not be read: ${(error as Error).message}`] };
  }
}

function read(text: string, path: string): SourceReading {
  let settings: unknown;
  try {
    settings = JSON.parse(jsoncToJson(text.replace(/^\uFEFF/, ' ')));
  } catch (error) {
    return { collections: [], problems: [`${path} is not valid JSON: ${(error as Error).message}`] };
  }
  if (!isObject(settings)) return { collections: [], problems: [`${path} must contain a JSON object of settings.`] };

  const problems: string[] = [];
  const types = contentTypesOf(settings['frontMatter.taxonomy.contentTypes'], path, problems);
  const folders = pageFoldersOf(settings['frontMatter.content.pageFolders'], path, problems);
  if (folders.length === 0 && problems.length === 0) {
    problems.push(`${path} registers no page folders in \`frontMatter.content.pageFolders\`, so no posts get its content types.`);
  }

  const chosen = folders.map((folder) => ({ folder, type: typeForFolder(folder, types, path, problems) }));
  const context: Omit<FieldContext, 'where'> = {
    fieldGroups: fieldGroupsOf(settings['frontMatter.taxonomy.fieldGroups']),
    draftChoices: draftChoicesOf(settings['frontMatter.content.draftField']),
    dateFormat: typeof settings['frontMatter.taxonomy.dateFormat'] === 'string' ? settings['frontMatter.taxonomy.dateFormat'] : undefined,
    collectionOf: (typeName) => {
      const names = chosen.filter((c) => c.type.name === typeName).map((c) => c.folder.name);
      return names.length === 1 ? names[0] : undefined;
    },
    problems,
  };

  const schemas = new Map<string, PostSchema>();
  const extensions = extensionsOf(settings['frontMatter.content.supportedFileTypes']);
  const media = mediaOf(settings['frontMatter.content.publicFolder']);
  const collections = chosen.map(({ folder, type }): Collection => {
    const typeName = type.name as string;
    const others = folder.contentTypes.length > 1 ? folder.contentTypes : undefined;
    const label = `Front Matter CMS content type \`${typeName}\`${others ? ` (posts may pick ${others.map((t) => `\`${t}\``).join(', ')} with \`type\`)` : ''}, ${path}`;
    let schema = schemas.get(label);
    if (!schema) schemas.set(label, (schema = schemaOf(type, label, path, context)));
    return { name: folder.name, folder: folder.folder, extensions, schema, ...media };
  });
  // A content type read for two labels would report its field problems twice.
  return { collections, problems: [...new Set(problems)] };
}

function schemaOf(type: Json, label: string, path: string, context: Omit<FieldContext, 'where'>): PostSchema {
  // A content type without fields gets the default fields, as FMC does.
  const raw = Array.isArray(type.fields) ? type.fields : DEFAULT_CONTENT_TYPE.fields as unknown[];
  const read = fieldsOfContentType(raw, { ...context, where: `content type \`${String(type.name)}\` in ${path}` });
  return {
    source: { kind: 'frontmatter-cms', label, path },
    fields: new Map<string, Field>(read.fields.map((f) => [f.name, f])),
    required: read.required,
    requiredOneOf: [],
    // FMC keeps keys its content type does not list (it offers to add them to the type), and so does the site.
    allowUnknownKeys: true,
    dateKey: read.dateKey,
    draftKey: read.draftKey,
  };
}

function contentTypesOf(value: unknown, path: string, problems: string[]): ReadonlyMap<string, Json> {
  const types = new Map<string, Json>();
  if (value !== undefined && !Array.isArray(value)) {
    problems.push(`\`frontMatter.taxonomy.contentTypes\` in ${path} must be a list of content types.`);
  }
  for (const type of Array.isArray(value) ? value : []) {
    if (isObject(type) && typeof type.name === 'string' && type.name !== '') {
      if (!types.has(type.name)) types.set(type.name, type);
    } else {
      problems.push(`Every content type in ${path} needs a \`name\`.`);
    }
  }
  return types;
}

/** FMC's rule for a post without `type`: the folder's only content type, else the one named `default`. */
function typeForFolder(folder: PageFolder, types: ReadonlyMap<string, Json>, path: string, problems: string[]): Json {
  if (folder.contentTypes.length === 1) {
    const only = types.get(folder.contentTypes[0]);
    if (only) return only;
    problems.push(`The page folder \`${folder.name}\` in ${path} uses the content type \`${folder.contentTypes[0]}\`, which \`frontMatter.taxonomy.contentTypes\` does not define; its posts are checked against \`default\`.`);
  }
  return types.get('default') ?? DEFAULT_CONTENT_TYPE;
}

function pageFoldersOf(value: unknown, path: string, problems: string[]): PageFolder[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`\`frontMatter.content.pageFolders\` in ${path} must be a list of folders.`);
    return [];
  }
  const folders: PageFolder[] = [];
  for (const entry of value) {
    const title = isObject(entry) && typeof entry.title === 'string' && entry.title !== '' ? entry.title : undefined;
    const folder = isObject(entry) && typeof entry.path === 'string' ? workspaceRelative(entry.path) : { problem: 'has no `path`' };
    if (typeof folder !== 'string') {
      problems.push(`The page folder ${title ? `\`${title}\`` : `number ${folders.length + 1}`} in ${path} ${folder.problem}; it is skipped.`);
      continue;
    }
    const contentTypes = isObject(entry) && Array.isArray(entry.contentTypes)
      ? entry.contentTypes.filter((t): t is string => typeof t === 'string')
      : [];
    folders.push({ name: title ?? (folder.split('/').pop() || WORKSPACE), folder, contentTypes });
  }
  return folders;
}

/** `[[workspace]]/content/blog` → `content/blog`; globs and paths outside the workspace cannot name one folder. */
function workspaceRelative(raw: string): string | { problem: string } {
  let path = raw.trim().replace(/\\/g, '/');
  if (path.startsWith(WORKSPACE)) path = path.slice(WORKSPACE.length);
  else if (/^(\/|[A-Za-z]:\/)/.test(path)) return { problem: `is an absolute path; write it as \`${WORKSPACE}/…\`` };
  path = path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
  if (/[*?{}[\]]/.test(path)) return { problem: 'is a glob pattern, which names no single folder' };
  if (path.split('/').includes('..')) return { problem: 'points outside the workspace folder' };
  return path;
}

function fieldGroupsOf(value: unknown): ReadonlyMap<string, readonly unknown[]> {
  const groups = new Map<string, readonly unknown[]>();
  for (const group of Array.isArray(value) ? value : []) {
    if (isObject(group) && typeof group.id === 'string' && Array.isArray(group.fields)) groups.set(group.id, group.fields);
  }
  return groups;
}

function draftChoicesOf(value: unknown): readonly string[] | undefined {
  if (!isObject(value) || value.type !== 'choice' || !Array.isArray(value.choices)) return undefined;
  return value.choices.filter((c): c is string => typeof c === 'string');
}

function extensionsOf(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const extensions = value.filter((e): e is string => typeof e === 'string').map((e) => e.replace(/^\./, ''));
  return extensions.length > 0 ? extensions : undefined;
}

/** FMC uploads media into its public folder, which the site serves at its root. */
function mediaOf(value: unknown): Pick<Collection, 'mediaFolder' | 'publicFolder'> {
  const raw = isObject(value) && value.relative !== true ? value.path : value;
  const folder = typeof raw === 'string' ? workspaceRelative(raw) : undefined;
  return typeof folder === 'string' ? { mediaFolder: folder, publicFolder: '/' } : {};
}

