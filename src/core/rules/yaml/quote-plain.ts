import type { Fix } from '../problem';

/**
 * "Quote the value": the plain scalar's own bytes inside quotes, nothing else touched. Double quotes unless the
 * value holds `"` or `\` (which double quotes would escape); then single quotes, where only `'` is doubled.
 */
export function quotePlainFix(source: string, start: number, end: number): Fix {
  const quoted = /["\\]/.test(source) ? `'${source.replace(/'/g, "''")}'` : `"${source}"`;
  return { title: 'Quote the value', edits: [{ start, end, newText: quoted }] };
}
