import { resolveAssetUrl, type AssetBases } from '../src/core/render/asset-url';
import type { PostHeader } from '../src/core/render/post-header';
import type { HostToWebview, RenderMessage, WebviewToHost } from '../src/shared/preview-protocol';
import { sanitize } from './sanitize';
import './preview.css';

declare function acquireVsCodeApi(): { postMessage(message: WebviewToHost): void };

const vscode = acquireVsCodeApi();
const headerElement = document.getElementById('post-header') as HTMLElement;
const bodyElement = document.getElementById('post-body') as HTMLElement;
const banner = document.getElementById('banner') as HTMLElement;
let latest = -1;

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  if (event.data.type === 'render') void show(event.data);
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('a');
  if (!link) return;
  const href = link.getAttribute('href') ?? '';
  event.preventDefault();
  if (href.startsWith('#')) {
    document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
  } else if (href !== '') {
    vscode.postMessage({ type: 'openLink', href });
  }
});

async function show(message: RenderMessage): Promise<void> {
  latest = message.version;
  const parsed = new DOMParser().parseFromString(message.html, 'text/html'); // inert: nothing in it runs
  const removed = sanitize(parsed.body);
  resolveImages(parsed.body, message.assets);
  bodyElement.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.adoptNode(node)));
  headerElement.replaceChildren(...headerNodes(message.header, message.assets));
  banner.textContent = message.header.draft
    ? `Draft: the production build leaves this post out. Rendered like ${message.renderer}.`
    : `Rendered like ${message.renderer}.`;
  banner.className = message.header.draft ? 'draft' : '';

  const images = await settled(Array.from(document.querySelectorAll<HTMLImageElement>('#post img')));
  if (message.version !== latest) return; // a newer render replaced this one
  vscode.postMessage({
    type: 'rendered',
    uri: message.uri,
    version: message.version,
    title: headerElement.querySelector('h1')?.textContent ?? '',
    headings: Array.from(bodyElement.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.textContent ?? ''),
    text: bodyElement.innerText,
    images,
    removed,
  });
}

function resolveImages(root: HTMLElement, assets: AssetBases): void {
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const source = image.getAttribute('src') ?? '';
    const resolved = resolveAssetUrl(source, assets);
    image.dataset.src = source;
    if (resolved) image.setAttribute('src', resolved);
    else image.removeAttribute('src');
  }
}

function headerNodes(header: PostHeader, assets: AssetBases): Node[] {
  const nodes: Node[] = [];
  if (header.image) {
    const image = document.createElement('img');
    image.className = 'hero';
    image.alt = header.imageAlt ?? '';
    image.dataset.src = header.image;
    const resolved = resolveAssetUrl(header.image, assets);
    if (resolved) image.src = resolved;
    nodes.push(image);
  }
  const title = document.createElement('h1');
  title.textContent = header.title ?? 'Untitled';
  nodes.push(title);

  const meta = document.createElement('p');
  meta.className = 'meta';
  const parts = [header.date ? formatDate(header.date) : undefined, header.authors.join(', ') || undefined].filter(Boolean);
  meta.textContent = parts.join(' · ');
  if (parts.length > 0) nodes.push(meta);

  if (header.tags.length > 0) {
    const tags = document.createElement('ul');
    tags.className = 'tags';
    for (const tag of header.tags) {
      const item = document.createElement('li');
      item.textContent = tag;
      tags.append(item);
    }
    nodes.push(tags);
  }
  return nodes;
}

/** A date-only value is a calendar day, shown as written whatever the reader's timezone. */
function formatDate(value: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(undefined, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Waits until every image has loaded or failed (or a moment has passed), and says which loaded. */
async function settled(images: HTMLImageElement[]): Promise<Array<{ src: string; loaded: boolean }>> {
  await Promise.race([
    Promise.all(images.map((image) => (image.complete ? Promise.resolve() : new Promise((done) => {
      image.addEventListener('load', done, { once: true });
      image.addEventListener('error', done, { once: true });
    })))),
    new Promise((done) => setTimeout(done, 3000)),
  ]);
  return images.map((image) => ({ src: image.dataset.src ?? '', loaded: image.complete && image.naturalWidth > 0 }));
}

vscode.postMessage({ type: 'ready' });
