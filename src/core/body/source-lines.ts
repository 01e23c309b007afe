/**
 * The lines of a stretch of the file, as markdown-it counts them (`\r\n`, `\r` and `\n` each end a line), with
 * their offsets into the whole file.
 */
export interface SourceLines {
  readonly count: number;
  /** Offset of the line's first character. */
  start(line: number): number;
  /** Offset just past the line's last character, before its line ending. */
  end(line: number): number;
}

export function sourceLines(text: string, from: number, to: number): SourceLines {
  const starts: number[] = [from];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    ends.push(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
  }
  ends.push(to);
  return {
    count: starts.length,
    start: (line) => starts[Math.min(line, starts.length - 1)],
    end: (line) => ends[Math.min(line, ends.length - 1)],
  };
}
