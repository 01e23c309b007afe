import slugify from '@sindresorhus/slugify';

/** The URL segment and file name for a title: lower case, ASCII, words joined by `-`, at most 80 characters. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title, { decamelize: false });
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 40 ? cut.slice(0, lastDash) : cut;
}
