import type { TextEdit } from '../text/text-edit';
import type { RuleCode } from './codes';
import type { Problem } from './problem';

/**
 * The edits that fix many problems at once, as one list that `applyEdits` (or a VS Code WorkspaceEdit) can apply
 * in a single step: every problem's ("Fix all"), or with `code` those of one kind ("Fix all of this kind").
 *
 * Nobody chooses between fixes here, so only problems with exactly one fix take part; a problem that offers a
 * choice is left for the user. Fixes are taken in file order, each whole or not at all: one that reaches into a
 * fix already taken, or has an edit starting where a taken edit starts (two insertions at one offset, whose order
 * would be a guess), is left out, and its problem stays for the next run. The edits come sorted by offset.
 */
export function fixAllEdits(problems: readonly Problem[], code?: RuleCode): TextEdit[] {
  const fixes = problems
    .filter((p) => (code === undefined || p.code === code) && p.fixes?.length === 1)
    .map((p) => p.fixes![0].edits)
    .filter((edits) => edits.length > 0)
    .sort((a, b) => startOf(a) - startOf(b));
  const taken: TextEdit[] = [];
  const takenStarts = new Set<number>();
  let takenEnd = -1;
  for (const edits of fixes) {
    if (startOf(edits) < takenEnd || edits.some((edit) => takenStarts.has(edit.start))) continue;
    for (const edit of edits) {
      taken.push(edit);
      takenStarts.add(edit.start);
    }
    takenEnd = Math.max(takenEnd, ...edits.map((edit) => edit.end));
  }
  return taken.sort((a, b) => a.start - b.start);
}

function startOf(edits: readonly TextEdit[]): number {
  return Math.min(...edits.map((edit) => edit.start));
}
