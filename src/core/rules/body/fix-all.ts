import type { TextEdit } from '../../text/text-edit';
import type { RuleCode } from '../codes';
import type { Problem } from '../problem';

/**
 * The edits that fix every problem of one code at once ("Fix all of this kind"), as one list that `applyEdits`
 * (or a VS Code WorkspaceEdit) can apply in a single step. Each problem's first fix goes in whole or not at all:
 * when it touches the edits already taken (overlapping ranges, or two insertions at the same offset, whose order
 * would be a guess), it is left out, and the problem stays for the next run. Sorted by offset.
 */
export function fixAllEdits(problems: readonly Problem[], code: RuleCode): TextEdit[] {
  const taken: TextEdit[] = [];
  const candidates = problems.filter((p) => p.code === code && p.fixes?.length).sort((a, b) => a.start - b.start);
  for (const problem of candidates) {
    const edits = problem.fixes![0].edits;
    if (edits.some((edit) => conflicts(taken, edit))) continue;
    for (const edit of edits) taken.splice(insertionPoint(taken, edit.start), 0, edit);
  }
  return taken;
}

/** Whether `edit` overlaps an edit of the sorted list `taken`. */
function conflicts(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const at = insertionPoint(taken, edit.start);
  // Only the neighbours can overlap: the edits taken do not overlap each other.
  for (const other of [taken[at - 1], taken[at]]) {
    if (!other) continue;
    if (other.start === edit.start) return true;
    if (other.start < edit.end && edit.start < other.end) return true;
  }
  return false;
}

/** The index of the first edit that starts after `start`. */
function insertionPoint(taken: readonly TextEdit[], start: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (taken[middle].start <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}
