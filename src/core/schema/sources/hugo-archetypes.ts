import type { Collection, SourceReading } from '../../site/collection';
import type { Field, FieldType, PostSchema } from '../model';
import { isIsoDate } from '../value-type';
import { readArchetypeData } from './hugo-archetype-data';
import { actionsIn, type TemplateAction } from './hugo-template-actions';

/**
 * Reads Hugo archetypes as schemas: `archetypes/posts.md` (or the bundle `archetypes/posts/index.md`) describes
 * the posts of `content/posts`, `archetypes/default.md` those of every section without its own. The keys an
 * archetype writes are the fields, typed by the values `hugo new` would put there. Hugo itself requires no key
 * and accepts any other, so nothing is an error here: a post without a title or a date only gets a warning.
 */
export interface ArchetypeFile {
  /** Relative to the site, e.g. `archetypes/posts.md` or `themes/x/archetypes/default.md`. */
  readonly path: string;
  readonly text: string;
}

/** Keys Hugo always reads as dates. */
const HUGO_DATES = new Set(['date', 'publishDate', 'lastmod', 'expiryDate']);
/** Where `.Date` comes from by default (`[frontmatter] date = [...]`): any one of them dates the post. */
const DATE_SOURCES = ['date', 'publishDate', 'lastmod'];
/** Keys Hugo accepts in several shapes, whatever shape the archetype happens to use. */
const FLEXIBLE: Record<string, FieldType[]> = {
  menu: ['string', 'array', 'object'],
  menus: ['string', 'array', 'object'],
  cascade: ['object', 'array'],
};

export function readHugoArchetypes(archetypes: ReadonlyArray<ArchetypeFile>, contentDir = 'content'): SourceReading {
  const root = contentDir.replace(/\\/g, '/').replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
  const bySection = new Map<string, ArchetypeFile>();
  // The project's own archetypes win over a theme's, as in Hugo's lookup.
  const ordered = [...archetypes].sort((a, b) => Number(!isProjectLevel(a.path)) - Number(!isProjectLevel(b.path)));
  for (const archetype of ordered) {
    const section = sectionOf(archetype.path);
    if (section !== undefined && !bySection.has(section)) bySection.set(section, archetype);
  }

  const problems: string[] = [];
  const collections = [...bySection].map(([section, archetype]): Collection => ({
    name: section,
    folder: section === 'default' ? root : [root, section].filter(Boolean).join('/'),
    schema: schemaOf(archetype, problems),
    template: archetype.text,
  }));
  return { collections, problems };
}

function schemaOf(archetype: ArchetypeFile, problems: string[]): PostSchema {
  const read = readArchetypeData(archetype.text, archetype.path);
  if ('problem' in read) problems.push(read.problem);
  const fields = new Map<string, Field>();
  if ('data' in read) {
    for (const [key, value] of Object.entries(read.data)) {
      fields.set(key, fieldOf(key, value, actionsIn(value, read.actions), archetype.path));
    }
  }
  const dateKey = DATE_SOURCES.find((k) => fields.has(k));
  // requiredOneOf is reported as a warning, which is all a missing title or date is worth to Hugo.
  const requiredOneOf = [fields.has('title') ? ['title'] : [], dateKey ? [dateKey, ...DATE_SOURCES.filter((k) => k !== dateKey)] : []]
    .filter((group) => group.length > 0);
  return {
    source: { kind: 'hugo-archetype', label: `Hugo archetype ${archetype.path}`, path: archetype.path },
    fields,
    required: [],
    requiredOneOf,
    allowUnknownKeys: true,
    dateKey,
    draftKey: 'draft',
  };
}

function fieldOf(name: string, value: unknown, actions: readonly TemplateAction[], path: string): Field {
  const description = actions.length > 0
    ? `\`hugo new\` fills it in from ${actions.map((a) => `\`${a.source}\``).join(', ')} (${path}).`
    : `Listed in ${path}.`;
  const wholeDate = actions.length === 1 && actions[0].kind === 'date' && (value === actions[0].sample || value instanceof Date);
  if (HUGO_DATES.has(name) || wholeDate || value instanceof Date || (typeof value === 'string' && isIsoDate(value))) {
    return { name, types: ['date'], description };
  }
  const flexible = FLEXIBLE[name];
  if (flexible) return { name, types: flexible, description };

  // A value the archetype writes as is becomes the default; one made by an action is different in every post.
  const literal = actions.length === 0 ? value : undefined;
  if (typeof value === 'boolean') return { name, types: ['boolean'], description, default: literal };
  if (typeof value === 'number') return { name, types: ['number'], description, default: literal };
  if (typeof value === 'string') return { name, types: ['string'], description, default: literal };
  if (Array.isArray(value)) {
    const itemTypes = [...new Set(value.map(scalarType))];
    const items = value.length === 0 ? ['string' as const] : itemTypes.length === 1 && itemTypes[0] ? [itemTypes[0]] : [];
    return { name, types: ['array'], items: { name, types: items }, description, default: literal };
  }
  if (typeof value === 'object' && value !== null) return { name, types: ['object'], description };
  return { name, types: [], description };
}

function scalarType(value: unknown): FieldType | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return undefined;
}

/** `archetypes/posts.md` and `archetypes/posts/index.md` → `posts`; anything else in the folder → undefined. */
function sectionOf(path: string): string | undefined {
  const normal = path.replace(/\\/g, '/');
  const at = normal.lastIndexOf('archetypes/');
  if (at < 0 || (at > 0 && normal[at - 1] !== '/')) return undefined;
  const rest = normal.slice(at + 'archetypes/'.length);
  const match = /^([^/]+?)\.(md|markdown)$/.exec(rest) ?? /^([^/]+)\/_?index\.(md|markdown)$/.exec(rest);
  return match?.[1];
}

function isProjectLevel(path: string): boolean {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').startsWith('archetypes/');
}
