import { bodyParser } from './body-parser';

/** Link reference definitions, keyed as markdown-it keys them (`env.references`). */
export type References = Readonly<Record<string, { readonly href: string; readonly title: string }>>;

const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*(?:\r?\n[ \t]*)?(<[^>\n]*>|[^\s<>]+)/gm;

/**
 * The one-line link reference definitions (`[label]: /url`) of a body, found by a quick scan, so a stretch of a
 * very large body resolves `[text][label]` defined in another stretch. The scan does not know about code blocks;
 * a "definition" inside one only matters if prose uses the same label, and markdown-it's own definitions, read as
 * each stretch is parsed, come on top.
 */
export function referenceDefinitions(text: string, start: number): References {
  const md = bodyParser();
  const references: Record<string, { href: string; title: string }> = {};
  DEFINITION.lastIndex = start;
  for (let match = DEFINITION.exec(text); match; match = DEFINITION.exec(text)) {
    const label = md.utils.normalizeReference(match[1]);
    const destination = match[2].startsWith('<') ? match[2].slice(1, -1) : match[2];
    const href = md.normalizeLink(md.utils.unescapeAll(destination));
    if (label && !(label in references) && md.validateLink(href)) references[label] = { href, title: '' };
  }
  return references;
}
