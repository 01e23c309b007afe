/**
 * The other posts by the first one's path and how many more there are, with the verb agreeing:
 * "`a.md` has", "`a.md` and 2 other posts have".
 */
export function otherPostsNamed(paths: readonly string[], singular: string, plural: string): string {
  const more = paths.length - 1;
  if (more === 0) return `\`${paths[0]}\` ${singular}`;
  return `\`${paths[0]}\` and ${more} other post${more === 1 ? '' : 's'} ${plural}`;
}
