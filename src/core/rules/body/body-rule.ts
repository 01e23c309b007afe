import type { ParsedBody } from '../../body/parse-body';
import type { Problem, RuleContext } from '../problem';

/**
 * Every body rule has this shape: it reads a stretch of the body parsed once (the whole body, or one stretch of
 * a very large one) and the rule context, and reports problems with offsets into the whole file.
 */
export type BodyRule = (body: ParsedBody, context: RuleContext) => Problem[];
