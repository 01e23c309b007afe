import * as path from 'node:path';
import * as vscode from 'vscode';
import { PostIndex } from '../../core/index/post-index';
import { summarizeFrontmatter } from '../../core/index/summarize';
import { scanFolder } from './scan-folder';

const EDIT_DEBOUNCE_MS = 300;
const CHANGE_DEBOUNCE_MS = 200;
/** A scan still running after this long gets a progress notification. */
const PROGRESS_AFTER_MS = 1500;

export interface IndexFolders {
  readonly contentFolders: readonly string[];
  readonly imageFolders: ReadonlyArray<{ readonly folder: string; readonly urlPath: string }>;
}

/**
 * The frontmatter of every post of each workspace folder: scanned in a worker thread at start-up, then kept
 * current by a file watcher (create, change, delete, rename) and by unsaved edits.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly indexes = new Map<string, { index: PostIndex; ready: Promise<void> }>();
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  /** Fires (debounced) when what a folder's posts use has changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly extensionPath: string, private readonly foldersOf: (folder: vscode.WorkspaceFolder) => Promise<IndexFolders>) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,mdx,markdown,png,jpg,jpeg,gif,webp,avif,svg}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.readFromDisk(uri)),
      watcher.onDidChange((uri) => this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleEdit(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => document.isDirty || this.readFromDisk(document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => event.removed.forEach((f) => this.indexes.delete(f.uri.toString()))),
    );
  }

  /** The index of a workspace folder; the first call starts its scan. */
  indexOf(folder: vscode.WorkspaceFolder): PostIndex {
    return this.entryOf(folder).index;
  }

  /** Resolves once the folder's start-up scan has finished. */
  ready(folder: vscode.WorkspaceFolder): Promise<void> {
    return this.entryOf(folder).ready;
  }

  /** Scans the folder again from scratch (when the site's content folders change). */
  rescan(folder: vscode.WorkspaceFolder): void {
    this.indexes.delete(folder.uri.toString());
    this.entryOf(folder);
  }

  private entryOf(folder: vscode.WorkspaceFolder): { index: PostIndex; ready: Promise<void> } {
    const key = folder.uri.toString();
    let entry = this.indexes.get(key);
    if (!entry) {
      const index = new PostIndex();
      entry = { index, ready: this.scan(folder, index) };
      this.indexes.set(key, entry);
    }
    return entry;
  }

  private async scan(folder: vscode.WorkspaceFolder, index: PostIndex): Promise<void> {
    if (folder.uri.scheme !== 'file') return;
    const { contentFolders, imageFolders } = await this.foldersOf(folder);
    const done = scanFolder(path.join(this.extensionPath, 'dist', 'index', 'worker.js'), { root: folder.uri.fsPath, contentFolders, imageFolders }, index);
    let progressShown = false;
    const progressTimer = setTimeout(() => {
      progressShown = true;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Jamstack Posts: indexing the posts of ${folder.name}…` },
        () => done,
      );
    }, PROGRESS_AFTER_MS);
    const { errors } = await done;
    clearTimeout(progressTimer);
    if (errors.length > 0) void vscode.window.showWarningMessage(`Jamstack Posts could not index all of ${folder.name}: ${errors[0]}`);
    if (progressShown) vscode.window.setStatusBarMessage(`Jamstack Posts: ${index.size} posts indexed`, 4000);
    this.fireChanged(folder);
  }

  private relative(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !this.indexes.has(folder.uri.toString())) return undefined;
    return { folder, path: uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) };
  }

  private async readFromDisk(uri: vscode.Uri): Promise<void> {
    const where = this.relative(uri);
    if (!where) return;
    if (!/\.(md|mdx|markdown)$/i.test(where.path)) {
      await this.refreshImages(where.folder, uri, true);
      return;
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return; // the unsaved text is what the author sees; it stays indexed
    const bytes = await vscode.workspace.fs.readFile(uri).then((b) => b, () => undefined);
    if (!bytes || !(await this.isIndexed(where.folder, where.path))) return;
    this.indexOf(where.folder).set(where.path, summarizeFrontmatter(new TextDecoder().decode(bytes)));
    this.fireChanged(where.folder);
  }

  private async forget(uri: vscode.Uri): Promise<void> {
    const where = this.relative(uri);
    if (!where) return;
    if (!/\.(md|mdx|markdown)$/i.test(where.path)) {
      await this.refreshImages(where.folder, uri, false);
      return;
    }
    this.indexOf(where.folder).delete(where.path);
    this.fireChanged(where.folder);
  }

  private async refreshImages(folder: vscode.WorkspaceFolder, uri: vscode.Uri, exists: boolean): Promise<void> {
    const { imageFolders } = await this.foldersOf(folder);
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    for (const { folder: imageFolder, urlPath } of imageFolders) {
      const prefix = imageFolder === '' ? '' : imageFolder + '/';
      if (!relative.startsWith(prefix)) continue;
      const url = `${urlPath.replace(/\/$/, '')}/${relative.slice(prefix.length)}`;
      if (exists) this.indexOf(folder).addImage(url);
      else this.indexOf(folder).deleteImage(url);
    }
  }

  private async isIndexed(folder: vscode.WorkspaceFolder, relative: string): Promise<boolean> {
    const { contentFolders } = await this.foldersOf(folder);
    return contentFolders.some((content) => content === '' || relative.startsWith(content + '/'));
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!/\.(md|mdx|markdown)$/i.test(document.uri.path)) return;
    const key = document.uri.toString();
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(key, setTimeout(async () => {
      this.editTimers.delete(key);
      const where = this.relative(document.uri);
      if (!where || document.isClosed || !(await this.isIndexed(where.folder, where.path))) return;
      this.indexOf(where.folder).set(where.path, summarizeFrontmatter(document.getText()));
      this.fireChanged(where.folder);
    }, EDIT_DEBOUNCE_MS));
  }

  private fireChanged(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    clearTimeout(this.changeTimers.get(key));
    this.changeTimers.set(key, setTimeout(() => {
      this.changeTimers.delete(key);
      this.changed.fire(folder);
    }, CHANGE_DEBOUNCE_MS));
  }

  dispose(): void {
    this.editTimers.forEach(clearTimeout);
    this.changeTimers.forEach(clearTimeout);
    this.disposables.forEach((d) => d.dispose());
  }
}
