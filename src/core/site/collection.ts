import type { PostSchema } from '../schema/model';

/**
 * A group of posts that share a folder and a schema: an Astro collection, a Decap folder collection, a Front
 * Matter CMS page folder, a Hugo section. Every schema source reader returns these.
 */
export interface Collection {
  /** The name the site gives it (`blog`), used in labels and by relations. */
  readonly name: string;
  /** Workspace-folder-relative folder its posts live in, without leading or trailing slash (`src/content/blog`). */
  readonly folder: string;
  /** File extensions of its posts, without dots; undefined means Markdown (`md`, `mdx`, `markdown`). */
  readonly extensions?: readonly string[];
  readonly schema: PostSchema;
  /** Decap's `slug` template (`{{year}}-{{month}}-{{day}}-{{slug}}`), for new posts. */
  readonly slugTemplate?: string;
  /** Where uploads go, relative to the workspace folder, and the URL path they are served under. */
  readonly mediaFolder?: string;
  readonly publicFolder?: string;
  /** A template for new posts (a Hugo archetype's or Front Matter CMS template's text). */
  readonly template?: string;
}

/** What a schema source reader found in one config file. */
export interface SourceReading {
  readonly collections: readonly Collection[];
  /** Problems with the config file itself, said to the user (never thrown). */
  readonly problems: readonly string[];
}
