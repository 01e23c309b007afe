import { readAstroContentConfig } from '../schema/sources/astro-config';
import { readAstroGeneratedSchema } from '../schema/sources/astro-generated';
import { readDecapConfig } from '../schema/sources/decap';
import { readFrontMatterCmsConfig } from '../schema/sources/frontmatter-cms';
import { readHugoArchetypes } from '../schema/sources/hugo-archetypes';
import type { Collection } from './collection';
import type { SiteLayout } from './detect-site';

/** Config files that declare a site's collections and schemas; the caller reads those that exist. */
export const SITE_CONFIG_PATHS = [
  'src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs',
  'src/content/config.ts', 'src/content/config.mts', 'src/content/config.js', 'src/content/config.mjs',
  'public/admin/config.yml', 'static/admin/config.yml', 'admin/config.yml', 'src/admin/config.yml',
  'public/admin/config.yaml', 'static/admin/config.yaml', 'admin/config.yaml',
  'frontmatter.json',
] as const;

/** Globs (relative to the workspace folder) for the config files that come in numbers. */
export const SITE_CONFIG_GLOBS = ['.astro/collections/*.schema.json', 'archetypes/**/*.md'] as const;

export interface SiteModel {
  readonly layout: SiteLayout;
  /** Collections the site declares, the most authoritative source first. */
  readonly collections: readonly Collection[];
  /** Config files that could not be read fully, with what to fix. */
  readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  /** The config files the model was read from (to watch them). */
  readonly sources: readonly string[];
}

/**
 * Reads every schema source a site has into one model. Sources are data: configs written in code (Astro's content
 * config) are read statically, never run.
 */
export function readSite(layout: SiteLayout, files: ReadonlyMap<string, string>): SiteModel {
  const collections: Collection[] = [];
  const problems: Array<{ path: string; message: string }> = [];
  const take = (path: string, reading: { collections: readonly Collection[]; problems: readonly string[] }) => {
    collections.push(...reading.collections);
    problems.push(...reading.problems.map((message) => ({ path, message })));
  };

  // Astro: the generated JSON Schemas are exact; the content config gives their folders and covers the rest.
  const configPath = SITE_CONFIG_PATHS.slice(0, 8).find((path) => files.has(path));
  const config = configPath ? readAstroContentConfig(files.get(configPath)!, configPath) : undefined;
  const fromConfig = new Map(config?.collections.map((c) => [c.name, c]));
  for (const [path, text] of files) {
    const generated = /^\.astro\/collections\/([^/]+)\.schema\.json$/.exec(path);
    if (!generated) continue;
    // The config names what the generated file cannot: each reference's collection, which strings are images.
    const known = fromConfig.get(generated[1]);
    take(path, readAstroGeneratedSchema(generated[1], text, path, known?.folder, known?.schema));
  }
  if (config && configPath) take(configPath, config);

  for (const path of SITE_CONFIG_PATHS.slice(8, 15)) {
    const text = files.get(path);
    if (text !== undefined) take(path, readDecapConfig(text, path));
  }
  const fmc = files.get('frontmatter.json');
  if (fmc !== undefined) take('frontmatter.json', readFrontMatterCmsConfig(fmc, 'frontmatter.json'));

  const archetypes = [...files].filter(([path]) => path.startsWith('archetypes/')).map(([path, text]) => ({ path, text }));
  if (archetypes.length > 0) take('archetypes', readHugoArchetypes(archetypes));

  return { layout, collections, problems, sources: [...files.keys()] };
}

/**
 * The collection a post belongs to: the one whose folder holds it most closely; between equally close ones, the
 * one listed first (the more authoritative source).
 */
export function collectionFor(collections: readonly Collection[], path: string): Collection | undefined {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  let best: Collection | undefined;
  for (const collection of collections) {
    const prefix = collection.folder === '' ? '' : collection.folder + '/';
    if (!path.startsWith(prefix)) continue;
    const extensions = collection.extensions ?? ['md', 'mdx', 'markdown'];
    if (!extensions.includes(extension)) continue;
    if (!best || collection.folder.length > best.folder.length) best = collection;
  }
  return best;
}
