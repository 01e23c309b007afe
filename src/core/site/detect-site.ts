/**
 * Recognises what builds a workspace folder from the files it has, without running any of them, and where its
 * posts and public files live. The caller says which of the candidate paths exist.
 */
export type SiteKind = 'astro' | 'hugo' | 'jekyll' | 'eleventy' | 'nextjs' | 'generic';

export interface SiteLayout {
  readonly kind: SiteKind;
  /** Folders that hold posts, relative to the workspace folder, most specific first. */
  readonly contentFolders: readonly string[];
  /** The folder served at the site's root (`/images/a.png` → `<publicFolder>/images/a.png`). */
  readonly publicFolder: string | undefined;
}

const MARKERS: ReadonlyArray<{ kind: SiteKind; files: readonly string[] }> = [
  { kind: 'astro', files: ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'astro.config.cjs'] },
  { kind: 'hugo', files: ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml'] },
  { kind: 'jekyll', files: ['_config.yml', '_config.yaml', '_config.toml'] },
  { kind: 'eleventy', files: ['eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', '.eleventy.js', 'eleventy.config.ts'] },
  { kind: 'nextjs', files: ['next.config.js', 'next.config.mjs', 'next.config.ts'] },
];

const CONTENT_FOLDERS: Record<SiteKind, readonly string[]> = {
  astro: ['src/content/blog', 'src/content/posts', 'src/data/blog', 'src/content'],
  hugo: ['content/posts', 'content/blog', 'content/post', 'content'],
  jekyll: ['_posts', '_drafts'],
  eleventy: ['src/posts', 'src/blog', 'posts', 'blog', 'content/blog', 'content'],
  nextjs: ['content/posts', 'content/blog', '_posts', 'posts', 'content', 'data/blog'],
  generic: ['src/content/blog', 'content/posts', 'content/blog', '_posts', 'posts', 'blog', 'content'],
};

const PUBLIC_FOLDERS: Record<SiteKind, readonly string[]> = {
  astro: ['public'],
  hugo: ['static'],
  jekyll: [''],
  eleventy: ['public', 'src', ''],
  nextjs: ['public'],
  generic: ['public', 'static'],
};

/** Every path whose existence decides the layout. */
export function candidatePaths(): string[] {
  const paths = new Set<string>();
  for (const marker of MARKERS) marker.files.forEach((f) => paths.add(f));
  for (const list of Object.values(CONTENT_FOLDERS)) list.forEach((f) => paths.add(f));
  for (const list of Object.values(PUBLIC_FOLDERS)) list.forEach((f) => f && paths.add(f));
  return [...paths];
}

export function detectSite(exists: (relativePath: string) => boolean): SiteLayout {
  const kind = MARKERS.find((m) => m.files.some(exists))?.kind ?? 'generic';
  const found = CONTENT_FOLDERS[kind].filter(exists);
  // `src/content` next to `src/content/blog`: the deeper folder is where the posts are.
  const contentFolders = found.filter((folder) => !found.some((other) => other.startsWith(folder + '/')));
  const publicFolder = PUBLIC_FOLDERS[kind].find((f) => f === '' || exists(f));
  return { kind, contentFolders, publicFolder };
}
