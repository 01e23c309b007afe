import type { TextEdit } from '../text/text-edit';
import type { Problem } from './problem';

/**
 * The edits of every problem's first fix, for "fix all": in file order, leaving out any edit that overlaps one
 * already taken, so applying them all at once is safe.
 */
export function fixAllEdits(problems: readonly Problem[]): TextEdit[] {
  const edits = problems
    .flatMap((p) => (p.fixes && p.fixes.length === 1 ? [p.fixes[0].edits] : []))
    .filter((group) => group.length > 0)
    .sort((a, b) => a[0].start - b[0].start);
  const taken: TextEdit[] = [];
  let end = -1;
  for (const group of edits) {
    const first = Math.min(...group.map((e) => e.start));
    if (first < end) continue;
    taken.push(...group);
    end = Math.max(...group.map((e) => e.end));
  }
  return taken;
}
