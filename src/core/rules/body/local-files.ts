import { writtenLinks, type WrittenLink } from '../../body/links';
import { localTarget } from '../../body/local-target';
import type { ParsedBody } from '../../body/parse-body';
import type { RuleContext } from '../problem';

/** A link or image whose file the workspace says is not there. */
export interface MissingFile {
  readonly link: WrittenLink;
  /** The workspace-relative path that was looked for. */
  readonly path: string;
  /** The offsets of the address (the whole link for `[text][ref]`). */
  readonly start: number;
  readonly end: number;
}

/**
 * The links or images of one kind that point at files that do not exist. Silent without site facts, and for
 * every file the workspace cannot answer for (`exists` returns undefined).
 */
export function* missingFiles(body: ParsedBody, context: RuleContext, kind: 'link' | 'image'): Generator<MissingFile> {
  const { site } = context;
  if (!site) return;
  for (const inline of body.inlines) {
    if (inline.facts.links.size === 0) continue;
    for (const link of writtenLinks(inline)) {
      if (link.kind !== kind) continue;
      const path = localTarget(link.href, kind, site);
      if (path === undefined || site.exists(path) !== false) continue;
      const { destinationStart = link.source.start, destinationEnd = link.source.end } = link.source;
      yield { link, path, start: inline.offsetAt(destinationStart), end: inline.offsetAt(destinationEnd) };
    }
  }
}
