/**
 * What the site already uses, from every post's frontmatter: the values of each key with how many posts use them,
 * the posts of each folder, and the site's images. Paths are workspace-relative with `/` separators.
 */
export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

export class PostIndex {
  private readonly posts = new Map<string, Readonly<Record<string, unknown>>>();
  private readonly imagePaths = new Set<string>();
  private valueCache = new Map<string, readonly ValueCount[]>();
  private entriesCache: ReadonlyArray<readonly [string, Readonly<Record<string, unknown>>]> | undefined;

  get size(): number {
    return this.posts.size;
  }

  set(path: string, data: Readonly<Record<string, unknown>> | undefined): void {
    if (data) this.posts.set(path, data);
    else this.posts.delete(path);
    this.changed();
  }

  /** Adds many posts at once (the start-up scan's batches). */
  setMany(posts: Iterable<readonly [string, Readonly<Record<string, unknown>>]>): void {
    for (const [path, data] of posts) this.posts.set(path, data);
    this.changed();
  }

  delete(path: string): void {
    if (this.posts.delete(path)) this.changed();
  }

  /** Moves a post (a rename), keeping what is known of it. */
  rename(from: string, to: string): void {
    const data = this.posts.get(from);
    if (!data) return;
    this.posts.delete(from);
    this.posts.set(to, data);
    this.changed();
  }

  /** Every post with its data, as one array kept until the next change (the site rules walk it per keystroke). */
  entries(): ReadonlyArray<readonly [string, Readonly<Record<string, unknown>>]> {
    this.entriesCache ??= [...this.posts];
    return this.entriesCache;
  }

  private changed(): void {
    this.valueCache = new Map();
    this.entriesCache = undefined;
  }

  get(path: string): Readonly<Record<string, unknown>> | undefined {
    return this.posts.get(path);
  }

  /** Every post whose path lies in `folder` (at any depth). */
  *postsIn(folder: string): Iterable<[string, Readonly<Record<string, unknown>>]> {
    const prefix = folder === '' ? '' : folder + '/';
    for (const entry of this.posts) if (entry[0].startsWith(prefix)) yield entry;
  }

  /** The text values used for a key (list items counted one by one), most used first. */
  valuesOf(key: string): readonly ValueCount[] {
    let values = this.valueCache.get(key);
    if (!values) {
      const counts = new Map<string, number>();
      for (const data of this.posts.values()) {
        const value = data[key];
        const items = Array.isArray(value) ? new Set(value) : [value];
        for (const item of items) {
          if (typeof item !== 'string' && typeof item !== 'number') continue;
          const text = String(item);
          if (text.trim() !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
        }
      }
      values = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      this.valueCache.set(key, values);
    }
    return values;
  }

  setImages(paths: Iterable<string>): void {
    this.imagePaths.clear();
    for (const path of paths) this.imagePaths.add(path);
  }

  addImage(path: string): void {
    this.imagePaths.add(path);
  }

  deleteImage(path: string): void {
    this.imagePaths.delete(path);
  }

  get images(): ReadonlySet<string> {
    return this.imagePaths;
  }
}
