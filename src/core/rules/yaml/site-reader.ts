import type { SiteKind } from '../../site/detect-site';
import { readGoYaml } from './read-go-yaml';
import { readJsYaml3, readJsYaml4 } from './read-js-yaml';
import { readSafeYaml } from './read-safe-yaml';

/** What a YAML reader makes of an unquoted value, as far as a frontmatter check cares. */
export type Reading =
  | { readonly kind: 'text' }
  | { readonly kind: 'null' }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number; readonly notation?: 'octal' | 'base 60' }
  | { readonly kind: 'date'; readonly withTime: boolean };

/** The YAML reader a site's build runs over frontmatter, named as the author knows the build. */
export interface SiteReader {
  readonly name: string;
  /** Types one plain (unquoted, untagged, single-line) scalar. */
  readonly read: (plain: string) => Reading;
}

const JEKYLL: SiteReader = { name: 'Jekyll', read: readSafeYaml };
const HUGO: SiteReader = { name: 'Hugo', read: readGoYaml };

/**
 * Jekyll reads frontmatter with SafeYAML over Ruby's Psych (YAML 1.1 typing); Hugo, since v0.152, with
 * goccy/go-yaml (YAML 1.2 words, but `010` is octal); Astro and Eleventy with js-yaml 4; the Next.js blog
 * starters with gray-matter, which still bundles js-yaml 3. An unknown site is read as js-yaml 4 reads it.
 */
export function readerFor(kind: SiteKind | undefined): SiteReader {
  switch (kind) {
    case 'jekyll': return JEKYLL;
    case 'hugo': return HUGO;
    case 'astro': return { name: 'Astro', read: readJsYaml4 };
    case 'eleventy': return { name: 'Eleventy', read: readJsYaml4 };
    case 'nextjs': return { name: 'Next.js (gray-matter)', read: readJsYaml3 };
    default: return { name: 'js-yaml, which most site builds use,', read: readJsYaml4 };
  }
}

/** "the boolean false", "the octal number 8", "a date": how a reading is named in messages. */
export function describeReading(reading: Reading): string {
  switch (reading.kind) {
    case 'text': return 'text';
    case 'null': return 'an empty value (null)';
    case 'boolean': return `the boolean ${reading.value}`;
    case 'date': return reading.withTime ? 'a date and time' : 'a date';
    case 'number':
      if (reading.notation === 'octal') return `the octal number ${reading.value}`;
      if (reading.notation === 'base 60') return `the number ${reading.value} (base 60, as for times)`;
      return `the number ${reading.value}`;
  }
}
