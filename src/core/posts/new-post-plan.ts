import { dayIn, isKnownTimeZone } from '../dates/time-zone';
import type { PostSchema } from '../schema/model';
import type { Collection } from '../site/collection';
import type { SiteKind } from '../site/detect-site';
import { fillArchetype } from './archetype-fill';
import { cleanSegment, fillDecapSlug, type DecapSlugOptions } from './decap-slug';
import { formatDate, type DateStyle } from './date-style';
import { dateSource } from './date-value';
import { draftConventionOf } from './draft-convention';
import { draftPathOf, jekyllPlaceOf } from './jekyll-paths';
import { readDate } from './post-date';
import { isBundleFolder, usualExtension } from './post-files';
import { schemaFrontmatter } from './schema-frontmatter';
import { slugFromTitle } from './slug';

export interface NewPostPlanInput {
  readonly title: string;
  /** Where the post goes, relative to the workspace folder. */
  readonly folder: string;
  readonly collection?: Collection;
  readonly siteKind: SiteKind;
  readonly schema: PostSchema;
  /** The folder's existing posts, relative to the workspace folder (or to `folder`). */
  readonly otherPostPaths: readonly string[];
  readonly now: Date;
  /** The author's IANA zone. */
  readonly timeZone: string;
  readonly dateStyle: DateStyle;
  readonly eol?: '\n' | '\r\n';
  /** Optional: `toml` writes `+++` frontmatter (what the folder's posts or Decap's `format` use); YAML otherwise. */
  readonly frontmatterFormat?: 'yaml' | 'toml';
  /** Optional: the site-wide `slug` options of a Decap config. */
  readonly decapSlug?: DecapSlugOptions;
}

export type NewPostPlan =
  | {
    /** Relative to the workspace folder, `/` separators. The caller must not overwrite an existing file. */
    readonly path: string;
    readonly text: string;
    /** Hugo archetype actions that had no value here and were left empty. */
    readonly unfilled?: readonly string[];
  }
  | { readonly error: string };

/**
 * A new post as the site would make it. The name: Decap's slug template, else Jekyll's `_posts/YYYY-MM-DD-slug.md`
 * (or `_drafts/slug.md` where the folder says draft), else the slug; `slug/index.md` when most of the folder's
 * posts are bundles. The text: a Hugo collection's archetype filled in, else the schema's keys (schema-frontmatter.ts),
 * dated now in the site's style and starting as a draft.
 */
export function planNewPost(input: NewPostPlanInput): NewPostPlan {
  const { collection, siteKind, schema, now, timeZone, dateStyle } = input;
  const title = input.title.trim();
  if (title === '') return { error: 'A post needs a title.' };
  if (!isKnownTimeZone(timeZone)) return { error: `\`${timeZone}\` is not a time zone; use an IANA name such as \`Europe/Berlin\`.` };
  const folder = input.folder.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+|\/+$/g, '');
  const slug = slugFromTitle(title);
  const convention = draftConventionOf({ siteKind, schema, postPath: join(folder, 'new.md'), data: {} });
  const extension = collection?.extensions?.[0] ?? usualExtension(input.otherPostPaths) ?? 'md';
  const dateText = formatDate(now, dateStyle, timeZone);

  let name: string;
  if (collection?.slugTemplate && convention.kind !== 'folder') {
    const fields: Record<string, unknown> = { ...defaultsOf(schema), title };
    if (schema.dateKey) fields[schema.dateKey] = dateText;
    // Decap dates the name by the entry's date as its browser reads it back.
    const date = (schema.dateKey ? readDate(dateText, timeZone) : undefined) ?? now;
    const filled = fillDecapSlug({ template: collection.slugTemplate, identifier: title, date, fields }, input.decapSlug);
    if ('error' in filled) return filled;
    name = filled.slug;
  } else {
    name = siteKind === 'jekyll' && convention.kind === 'flag' && jekyllPlaceOf(join(folder, 'x'))?.kind === 'posts'
      ? `${dayIn(now, timeZone)}-${slug}`
      : slug;
  }
  const usesTitle = collection?.slugTemplate && convention.kind !== 'folder' ? cleanSegment(title, input.decapSlug) : slug;
  if (name === '' || usesTitle === '') {
    return { error: `No file name can be made from "${title}": use some letters or digits.` };
  }

  const archetype = collection?.template !== undefined && collection.schema.source.kind === 'hugo-archetype' ? collection.template : undefined;
  // `hugo new` makes a bundle from a bundle archetype (`archetypes/posts/index.md`) whatever the folder holds.
  const bundleArchetype = archetype !== undefined && /(^|\/)archetypes\/[^/]+\/index\.[^/.]+$/.test(collection?.schema.source.path ?? '');
  let path: string;
  const place = convention.kind === 'folder' ? jekyllPlaceOf(join(folder, 'x')) : undefined;
  if (place) path = draftPathOf({ ...place, rest: place.rest.replace(/x$/, `${name}.${extension}`) });
  else if (bundleArchetype || (siteKind !== 'jekyll' && isBundleFolder(folder, input.otherPostPaths))) path = join(folder, `${name}/index.${extension}`);
  else path = join(folder, `${name}.${extension}`);

  if (collection && archetype !== undefined) {
    const section = collection.name !== 'default' ? collection.name : folder.slice(folder.lastIndexOf('/') + 1);
    const filled = fillArchetype(archetype, { title, slug: name, date: now, timeZone, section });
    return { path, text: filled.text, ...(filled.unfilled.length > 0 ? { unfilled: filled.unfilled } : {}) };
  }

  const flag = convention.kind === 'flag' ? { key: convention.key, value: convention.key === 'draft' } : undefined;
  const date = { yaml: dateSource(now, dateStyle, timeZone, 'yaml'), toml: dateSource(now, dateStyle, timeZone, 'toml') };
  const format = input.frontmatterFormat ?? 'yaml';
  return { path, text: schemaFrontmatter({ title, schema, date, flag, format, eol: input.eol ?? '\n' }) };
}

function defaultsOf(schema: PostSchema): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const field of schema.fields.values()) if (field.default !== undefined) defaults[field.name] = field.default;
  return defaults;
}

function join(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

