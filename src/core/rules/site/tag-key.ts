/** Case, spaces, hyphens and underscores: what spellings of one subject most often differ by. */
const SEPARATORS = /[\s_-]+/g;

/**
 * The form under which tags name one subject: lower case, without spaces, hyphens or underscores, and without a
 * plural `s` (`Static Sites` → `staticsite`). Short words and `ss` endings keep their `s` (`css`, `class`).
 */
export function tagKey(tag: string): string {
  const key = withoutSeparators(tag.toLowerCase());
  return key.length > 3 && key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}

export type TagDifference = 'case' | 'spacing' | 'plural' | 'spacing and plural';

/** How two spellings of one subject differ, for the message. */
export function tagDifference(a: string, b: string): TagDifference {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA === lowerB) return 'case';
  if (withoutSeparators(lowerA) === withoutSeparators(lowerB)) return 'spacing';
  return lowerA.replace(/s$/, '') === lowerB.replace(/s$/, '') ? 'plural' : 'spacing and plural';
}

function withoutSeparators(text: string): string {
  return text.replace(SEPARATORS, '');
}
