/** A replacement of the bytes between two offsets of a file's text; everything else stays as it was. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}
