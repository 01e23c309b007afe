import { parseBody, type BlockKind } from '../../body/parse-body';
import { referenceDefinitions, type References } from '../../body/reference-definitions';
import type { Problem, RuleContext } from '../problem';
import type { BodyRule } from './body-rule';
import { emptyLink } from './empty-link';
import { fakeHeading } from './fake-heading';
import { literalEmphasis } from './literal-emphasis';
import { missingImage } from './missing-image';
import { missingLinkTarget } from './missing-link-target';
import { nbspParagraph } from './nbsp-paragraph';
import { nbspRun } from './nbsp-run';

/** The body rules, in the order they run; each reads the same parse. */
export const BODY_RULES: readonly BodyRule[] = [
  literalEmphasis, nbspParagraph, nbspRun, fakeHeading, emptyLink, missingImage, missingLinkTarget,
];

/**
 * Checks of the Markdown body (content that will render wrongly, links and images to missing files). They run
 * apart from the frontmatter rules: heavier, and scheduled separately while typing. The body is parsed once
 * (a post of up to `STRETCH_LENGTH` characters in one go); for a very large body, see `bodyStretches`.
 */
export function validateBody(context: RuleContext): Problem[] {
  return [...bodyStretches(context)].flatMap((stretch) => stretch.problems);
}

/** The problems of one stretch of the body, in file order. */
export interface BodyStretch {
  readonly problems: readonly Problem[];
  /** Whether the whole body has been checked with this stretch. */
  readonly last: boolean;
}

/**
 * The body's problems a stretch at a time, each stretch checked only when the iteration asks for it, so the
 * caller can yield to the event loop between stretches, and drop the work when the document changes meanwhile:
 *
 *     for (const stretch of bodyStretches(context)) {
 *       problems.push(...stretch.problems);
 *       if (!stretch.last) await new Promise((resolve) => setImmediate(resolve));
 *       if (document.version !== version) return;
 *     }
 *
 * The problems of all stretches together are those of `validateBody`, in file order.
 */
export function* bodyStretches(context: RuleContext, length = STRETCH_LENGTH): Iterable<BodyStretch> {
  let cursor: BodyCursor | undefined;
  do {
    const stretch = validateBodyStretch(context, cursor, length);
    cursor = stretch.next;
    yield { problems: stretch.problems, last: !cursor };
  } while (cursor);
}

/** Where the next stretch of a large body starts. Callers only pass it back. */
export interface BodyCursor {
  readonly offset: number;
  readonly blockBefore?: BlockKind;
  readonly references?: References;
}

export interface BodyStretchResult {
  readonly problems: Problem[];
  /** Undefined once the whole body has been checked. */
  readonly next?: BodyCursor;
}

/**
 * About 8 ms of work on a slow laptop (under 30 ms at worst), well under the 50 ms the extension host should be
 * blocked at a time.
 */
export const STRETCH_LENGTH = 32 * 1024;

/**
 * Checks one stretch of the body: the step `bodyStretches` repeats. Start without a cursor and pass back `next`
 * until it is undefined. Each stretch is whole top-level blocks of about `length` characters (more when one block
 * is longer); the problems of all stretches together are those of `validateBody`, in file order.
 */
export function validateBodyStretch(context: RuleContext, cursor?: BodyCursor, length = STRETCH_LENGTH): BodyStretchResult {
  const { text, bodyStart } = context.post;
  const start = cursor?.offset ?? bodyStart;
  if (start >= text.length) return { problems: [] };
  const references = cursor ? cursor.references : text.length - start > length ? referenceDefinitions(text, start) : undefined;
  const body = parseBody(text, { start, maxLength: length, blockBefore: cursor?.blockBefore, references });
  const problems = BODY_RULES.flatMap((rule) => rule(body, context)).sort((a, b) => a.start - b.start);
  if (body.end >= text.length) return { problems };
  const last = body.blocks[body.blocks.length - 1];
  return { problems, next: { offset: body.end, blockBefore: last?.kind ?? cursor?.blockBefore, references } };
}
