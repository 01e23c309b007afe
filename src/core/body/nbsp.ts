/**
 * Non-breaking spaces as rich-text editors leave them: the `&nbsp;` entity in any spelling, or the character.
 */
const UNIT = '&nbsp;|&#0*160;|&#[xX]0*[aA]0;|\u00A0';
const UNIT_RE = new RegExp(UNIT, 'g');
/** Units with the spaces and tabs between and around them, on one line. */
const RUN_RE = new RegExp(`(?:[ \\t]*(?:${UNIT}))+[ \\t]*`, 'g');
const ONLY_RE = new RegExp(`^(?:\\s|${UNIT})*$`);

/** A stretch of non-breaking spaces (and the plain spaces around them), in content positions. */
export interface NbspRun {
  readonly start: number;
  readonly end: number;
  /** How many non-breaking spaces it holds. */
  readonly count: number;
}

export function nbspRuns(content: string): NbspRun[] {
  if (!content.includes('&') && !content.includes('\u00A0')) return [];
  const runs: NbspRun[] = [];
  for (const match of content.matchAll(RUN_RE)) {
    runs.push({ start: match.index, end: match.index + match[0].length, count: match[0].match(UNIT_RE)!.length });
  }
  return runs;
}

/** Holds non-breaking spaces and nothing else but whitespace. */
export function isOnlyNbsp(content: string): boolean {
  return ONLY_RE.test(content) && nbspRuns(content).length > 0;
}
