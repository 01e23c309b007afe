import type { ParsedPost } from '../frontmatter/parse-post';
import type { PostSchema } from '../schema/model';
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
}

/** Every rule has this shape: it reads the parsed post and the schema and reports problems. */
export type Rule = (context: RuleContext) => Problem[];
