import type { Token } from 'markdown-it';
import type { InlineText } from './inline-text';
import type { LinkSource } from './source-positions';

/** A link or image written in Markdown (autolinks and raw HTML are not), with where it sits. */
export interface WrittenLink {
  readonly kind: 'link' | 'image';
  readonly token: Token;
  /** The address as the renderer will use it (from the reference definition for `[text][ref]`). */
  readonly href: string;
  readonly source: LinkSource;
  /** Nothing but spaces between the brackets (links only; an image's text is its alt text). */
  readonly emptyText: boolean;
}

export function* writtenLinks(inline: InlineText): Generator<WrittenLink> {
  const children = inline.token.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const token = children[i];
    if (token.type !== 'link_open' && token.type !== 'image') continue;
    const source = inline.facts.links.get(token);
    if (!source) continue;
    const kind = token.type === 'image' ? 'image' : 'link';
    const href = String(token.attrGet(kind === 'image' ? 'src' : 'href') ?? '');
    yield { kind, token, href, source, emptyText: kind === 'link' && isEmptyLabel(children, i + 1) };
  }
}

function isEmptyLabel(children: readonly Token[], from: number): boolean {
  for (let i = from; i < children.length; i++) {
    const token = children[i];
    if (token.type === 'link_close') return true;
    if (!(['text', 'text_special', 'softbreak'].includes(token.type) && token.content.trim() === '')) return false;
  }
  return true;
}
