import type { ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
import type { SiteKind } from '../site/detect-site';
import type { TextEdit } from '../text/text-edit';
import type { RuleCode } from './codes';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A fix offered with a problem: minimal edits, described in a few words. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Problem {
  readonly code: RuleCode;
  readonly message: string;
  readonly severity: Severity;
  /** Offsets into the whole file. */
  readonly start: number;
  readonly end: number;
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly post: ParsedPost;
  readonly schema: PostSchema;
  /** Today's date as `YYYY-MM-DD`, for fixes that insert a date. */
  readonly today: string;
  /** Whether the file is a post even without frontmatter (it lives in a content folder). */
  readonly expectFrontmatter: boolean;
  /** Which build reads the post: decides the YAML reader and how dates are read. Generic when unknown. */
  readonly siteKind?: SiteKind;
  /** The current instant and the author's IANA time zone, for date rules; the real clock and UTC when absent. */
  readonly now?: Date;
  readonly timeZone?: string;
  /** What the rest of the site holds, for the rules that look across it and at files. */
  readonly site?: SiteFacts;
  readonly options?: Partial<RuleOptions>;
}

/** The rest of the site as the rules see it: other posts' frontmatter and which files exist. */
export interface SiteFacts {
  /** This post's path, relative to the workspace folder (`src/content/blog/a.md`). */
  readonly postPath: string;
  /** Every other post with its frontmatter, paths relative to the workspace folder. */
  otherPosts(): Iterable<readonly [string, Readonly<Record<string, unknown>>]>;
  /** Whether a file exists, by its path relative to the workspace folder; undefined when it cannot be told. */
  exists(relativePath: string): boolean | undefined;
  /** The folder served at the site root, relative to the workspace folder ('' for the root itself). */
  readonly publicFolder?: string;
  /** The authors the site lists (an authors collection or data file); undefined when it lists none. */
  readonly knownAuthors?: readonly string[];
}

/** Limits users can change in the settings. */
export interface RuleOptions {
  readonly titleMaxLength: number;
  readonly descriptionMinLength: number;
  readonly descriptionMaxLength: number;
  /** Reading speed for the computed reading time. */
  readonly wordsPerMinute: number;
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  titleMaxLength: 60,
  descriptionMinLength: 50,
  descriptionMaxLength: 160,
  wordsPerMinute: 200,
};

/** Every rule has this shape: it reads the parsed post and the schema and reports problems. */
export type Rule = (context: RuleContext) => Problem[];
