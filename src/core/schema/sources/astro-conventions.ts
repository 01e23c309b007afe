import type { Field } from '../model';

/**
 * What Astro's readers share: where a collection's posts live by default, and which keys hold a post's date and
 * draft flag. Both readers use these, so a site reads the same whichever of its files is found.
 */
const DATE_KEYS = ['pubDate', 'publishDate', 'date'];

/** The key a new post gets its date in: the Astro templates' names first, then any date field. */
export function astroDateKey(fields: ReadonlyMap<string, Field>): string | undefined {
  return DATE_KEYS.find((key) => fields.has(key)) ?? [...fields.values()].find((f) => f.types.includes('date'))?.name;
}

/**
 * Astro reads `slug` from the frontmatter of any Markdown entry to name it (and so its URL), whatever the schema
 * lists, so the key is never a typo.
 */
export function withAstroSlug(fields: ReadonlyMap<string, Field>): ReadonlyMap<string, Field> {
  if (fields.has('slug')) return fields;
  const slug: Field = { name: 'slug', types: ['string'], description: 'Overrides the entry\'s id, and so its URL, which Astro otherwise makes from the file name.' };
  return new Map([...fields, ['slug', slug]]);
}

export function astroDraftKey(fields: ReadonlyMap<string, Field>): string | undefined {
  return fields.has('draft') ? 'draft' : undefined;
}

/**
 * The Astro project's folder, relative to the workspace folder, from the path of one of its files
 * (`apps/site/src/content.config.ts` → `apps/site`): a site need not sit at the workspace's root.
 */
export function projectRootOf(path: string, marker: RegExp): string {
  const normalized = path.replace(/\\/g, '/');
  const match = marker.exec(normalized);
  return match ? normalized.slice(0, match.index).replace(/\/+$/, '') : '';
}

/** `src/content.config.ts` (Astro 5) or `src/content/config.ts` (Astro 2–4), with any script extension. */
export const CONTENT_CONFIG_PATH = /(?:^|\/)src\/content(?:\.config|\/config)\.[cm]?[jt]s$/;

/** `.astro/collections/<name>.schema.json`, which `astro sync` and `astro dev` write. */
export const GENERATED_SCHEMA_PATH = /(?:^|\/)\.astro\/collections\/[^/]+\.schema\.json$/;

/** Where a collection without a loader keeps its entries. */
export function defaultFolder(root: string, collection: string): string {
  return joinFolder(root, `src/content/${collection}`) ?? `src/content/${collection}`;
}

/**
 * A project-relative folder (`./src/content/blog/`) made relative to the workspace folder, without leading or
 * trailing slash; undefined when it leaves the workspace folder or is absolute.
 */
export function joinFolder(root: string, folder: string): string | undefined {
  if (folder.startsWith('/') || /^[a-zA-Z]:/.test(folder)) return undefined;
  const parts: string[] = [];
  for (const part of `${root}/${folder}`.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}
