import type { SiteKind } from '../../site/detect-site';
import { collectionOf, slugOf } from './post-slug';
import { tagKey } from './tag-key';
import { titleKey } from './title-key';

export type TaxonomyName = 'tags' | 'categories' | 'keywords';

/** What the site rules look up about the other posts (the post being edited left out), by the keys they compare. */
export interface SiteIndex {
  /** Paths of the posts with each title, by `titleKey`. */
  readonly titles: ReadonlyMap<string, readonly string[]>;
  /** Paths of the posts that build to each URL: by collection folder, then by slug. */
  readonly routes: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** For each subject (`tagKey`), how many posts use each spelling of it. */
  readonly taxonomies: Readonly<Record<TaxonomyName, ReadonlyMap<string, ReadonlyMap<string, number>>>>;
}

/** The spellings a post's data uses in a taxonomy, each once: `category` and `categories` are one taxonomy. */
function spellingsOf(data: Readonly<Record<string, unknown>>, taxonomy: TaxonomyName): ReadonlySet<string> {
  const spellings = new Set<string>();
  if (taxonomy === 'tags') addSpellings(spellings, data.tags);
  else if (taxonomy === 'keywords') addSpellings(spellings, data.keywords);
  else {
    addSpellings(spellings, data.categories);
    addSpellings(spellings, data.category);
  }
  return spellings;
}

function addSpellings(spellings: Set<string>, value: unknown): void {
  if (typeof value === 'string') spellings.add(value);
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') spellings.add(item);
}

type Data = Readonly<Record<string, unknown>>;

/** The index as its upkeep changes it. */
export interface MutableIndex extends SiteIndex {
  readonly titles: Map<string, string[]>;
  readonly routes: Map<string, Map<string, string[]>>;
  readonly taxonomies: Record<TaxonomyName, Map<string, Map<string, number>>>;
}

const TAXONOMY_NAMES: readonly TaxonomyName[] = ['tags', 'categories', 'keywords'];

export function emptyIndex(): MutableIndex {
  return { titles: new Map(), routes: new Map(), taxonomies: { tags: new Map(), categories: new Map(), keywords: new Map() } };
}

/** Puts a post in the index; `removePost` with the same arguments takes it out again. */
export function addPost(index: MutableIndex, kind: SiteKind, path: string, data: Data): void {
  if (typeof data.title === 'string') push(index.titles, titleKey(data.title), path);
  const slug = slugOf(path, data, kind);
  if (slug !== undefined) {
    const collection = collectionOf(path, kind);
    let slugs = index.routes.get(collection);
    if (!slugs) index.routes.set(collection, (slugs = new Map()));
    push(slugs, slug, path);
  }
  for (const name of TAXONOMY_NAMES) {
    for (const spelling of spellingsOf(data, name)) {
      const subject = tagKey(spelling);
      let spellings = index.taxonomies[name].get(subject);
      if (!spellings) index.taxonomies[name].set(subject, (spellings = new Map()));
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
  }
}

export function removePost(index: MutableIndex, kind: SiteKind, path: string, data: Data): void {
  if (typeof data.title === 'string') pull(index.titles, titleKey(data.title), path);
  const slug = slugOf(path, data, kind);
  const slugs = slug === undefined ? undefined : index.routes.get(collectionOf(path, kind));
  if (slugs) pull(slugs, slug!, path);
  for (const name of TAXONOMY_NAMES) {
    for (const spelling of spellingsOf(data, name)) {
      const subject = tagKey(spelling);
      const spellings = index.taxonomies[name].get(subject);
      const count = spellings?.get(spelling);
      if (!spellings || count === undefined) continue;
      if (count > 1) spellings.set(spelling, count - 1);
      else if (spellings.delete(spelling) && spellings.size === 0) index.taxonomies[name].delete(subject);
    }
  }
}

function push(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  if (list) list.push(path);
  else map.set(key, [path]);
}

function pull(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key);
  const at = list ? list.indexOf(path) : -1;
  if (at < 0) return;
  list!.splice(at, 1);
  if (list!.length === 0) map.delete(key);
}
