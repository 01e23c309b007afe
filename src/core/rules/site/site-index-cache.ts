import type { SiteKind } from '../../site/detect-site';
import type { RuleContext } from '../problem';
import { addPost, emptyIndex, removePost, type MutableIndex, type SiteIndex } from './site-index';

type Data = Readonly<Record<string, unknown>>;

/**
 * A site index is built from one sequence of posts and then kept up to date: the walk over the sequence the site
 * yields now compares paths and data objects by reference with the last one (the workspace index replaces, never
 * mutates, the data of a changed file), and only the posts that differ are taken out and put back in. While an
 * author types, the other 10,000 posts stay put, so a keystroke costs that walk and a few lookups; switching to
 * another post, or a post saved, added or removed elsewhere, costs a few updates; a mass change costs a rebuild.
 * A few sites are kept (multi-root workspaces), the most recently used first.
 */
interface Snapshot {
  readonly kind: SiteKind;
  paths: readonly string[];
  posts: readonly Data[];
  readonly index: MutableIndex;
}

const MAX_SNAPSHOTS = 4;
/** Beyond this many changes, or a quarter of the posts, rebuild: as quick, and another site's index stays its own. */
const MAX_UPDATES = 500;
const recent: Snapshot[] = [];
/** The index of one validation, which every site rule shares. */
const byContext = new WeakMap<RuleContext, SiteIndex>();

export function siteIndexOf(context: RuleContext): SiteIndex | undefined {
  const site = context.site;
  if (!site) return undefined;
  let index = byContext.get(context);
  if (index) return index;
  const kind = context.siteKind ?? 'generic';
  const paths: string[] = [];
  const posts: Data[] = [];
  for (const [path, data] of site.otherPosts()) {
    if (path === site.postPath) continue; // the stored version of the post being edited, should the site list it
    paths.push(path);
    posts.push(data);
  }
  let snapshot: Snapshot | undefined;
  for (let i = 0; i < recent.length && !snapshot; i++) {
    if (recent[i].kind === kind && update(recent[i], paths, posts)) snapshot = recent.splice(i, 1)[0];
  }
  snapshot ??= { kind, paths, posts, index: build(kind, paths, posts) };
  recent.unshift(snapshot);
  if (recent.length > MAX_SNAPSHOTS) recent.pop();
  byContext.set(context, (index = snapshot.index));
  return index;
}

/**
 * Brings a snapshot up to date with the posts the site yields now, walking both sequences side by side: a post
 * missing from one side (added, removed, or the post being edited, which is left out) is stepped over, a post
 * whose data or path differs is replaced. False, leaving the snapshot as it was, when it would take a rebuild.
 */
function update(snapshot: Snapshot, paths: readonly string[], posts: readonly Data[]): boolean {
  const old = snapshot.paths;
  const removed: number[] = [];
  const added: number[] = [];
  const limit = Math.min(MAX_UPDATES, (old.length + paths.length) / 4);
  let i = 0;
  let j = 0;
  while (i < old.length || j < paths.length) {
    if (removed.length + added.length > limit) return false;
    if (i < old.length && j < paths.length && old[i] === paths[j]) {
      if (snapshot.posts[i] !== posts[j]) {
        removed.push(i);
        added.push(j);
      }
      i++;
      j++;
    } else if (j >= paths.length || (i < old.length && old[i + 1] === paths[j])) {
      removed.push(i++);
    } else if (i >= old.length || paths[j + 1] === old[i]) {
      added.push(j++);
    } else {
      removed.push(i++);
      added.push(j++);
    }
  }
  for (const r of removed) removePost(snapshot.index, snapshot.kind, old[r], snapshot.posts[r]);
  for (const a of added) addPost(snapshot.index, snapshot.kind, paths[a], posts[a]);
  snapshot.paths = paths;
  snapshot.posts = posts;
  return true;
}

function build(kind: SiteKind, paths: readonly string[], posts: readonly Data[]): MutableIndex {
  const index = emptyIndex();
  for (let i = 0; i < paths.length; i++) addPost(index, kind, paths[i], posts[i]);
  return index;
}
