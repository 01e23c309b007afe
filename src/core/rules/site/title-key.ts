/** White space other than single spaces between words: what `titleKey` rewrites. */
const ODD_SPACE = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** A title as readers tell titles apart: case and runs of white space do not count (`What is  the Jamstack?`). */
export function titleKey(title: string): string {
  const trimmed = title.trim();
  return (ODD_SPACE.test(trimmed) ? trimmed.replace(SPACES, ' ') : trimmed).toLowerCase();
}
