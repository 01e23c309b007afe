import * as vscode from 'vscode';
import { readSite, SITE_CONFIG_GLOBS, SITE_CONFIG_PATHS, type SiteModel } from '../../core/site/read-site';
import type { SiteLayouts } from './site-layouts';

// One brace group: VS Code's glob patterns do not nest them.
const WATCHED = '{src/content.config.*,src/content/config.*,**/admin/config.yml,**/admin/config.yaml,frontmatter.json,.astro/collections/*.schema.json,archetypes/**/*.md}';

/**
 * The site model of each workspace folder: its layout and the collections its config files declare. Re-read when
 * one of those files is created, changed or deleted, so a schema edit takes effect without a reload.
 */
export class SiteModels implements vscode.Disposable {
  private readonly models = new Map<string, Promise<SiteModel>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  readonly onDidChange = this.changed.event;
  private readonly reported = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly layouts: SiteLayouts) {
    this.disposables.push(
      layouts.onDidChange(() => {
        for (const folder of vscode.workspace.workspaceFolders ?? []) this.invalidate(folder);
      }),
    );
  }

  modelOf(folder: vscode.WorkspaceFolder): Promise<SiteModel> {
    const key = folder.uri.toString();
    let model = this.models.get(key);
    if (!model) {
      model = this.read(folder);
      this.models.set(key, model);
      this.watch(folder);
    }
    return model;
  }

  /** Folders holding posts: the detected ones and every collection's. */
  async contentFoldersOf(folder: vscode.WorkspaceFolder): Promise<string[]> {
    const model = await this.modelOf(folder);
    return [...new Set([...model.layout.contentFolders, ...model.collections.map((c) => c.folder)])];
  }

  /** Folders whose images posts refer to, each with the URL path the site serves it under. */
  async imageFoldersOf(folder: vscode.WorkspaceFolder): Promise<Array<{ folder: string; urlPath: string }>> {
    const model = await this.modelOf(folder);
    const folders = new Map<string, string>();
    if (model.layout.publicFolder !== undefined) folders.set(model.layout.publicFolder, '/');
    for (const collection of model.collections) {
      if (collection.mediaFolder !== undefined && collection.publicFolder !== undefined) folders.set(collection.mediaFolder, collection.publicFolder);
    }
    return [...folders].map(([imageFolder, urlPath]) => ({ folder: imageFolder, urlPath }));
  }

  /** Whether a file lies in one of its folder's content folders. */
  async isInContentFolder(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return (await this.contentFoldersOf(folder)).some((content) => relative.startsWith(content + '/'));
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<SiteModel> {
    const layout = await this.layouts.layoutOf(folder);
    const files = new Map<string, string>();
    const decoder = new TextDecoder();
    const readInto = async (relative: string) => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, relative)).then((b) => b, () => undefined);
      if (bytes) files.set(relative, decoder.decode(bytes));
    };
    const globbed = await Promise.all(
      SITE_CONFIG_GLOBS.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**', 500)),
    );
    const relative = (uri: vscode.Uri) => uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    await Promise.all([...SITE_CONFIG_PATHS.map(readInto), ...globbed.flat().map((uri) => readInto(relative(uri)))]);
    const model = readSite(layout, files);
    for (const problem of model.problems) this.report(`${problem.path}: ${problem.message}`);
    return model;
  }

  /** Tells the user once about each problem in a config file; the rest of the file is still used. */
  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    void vscode.window.showWarningMessage(`Jamstack Posts: ${message}`);
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    if (this.watchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, WATCHED));
    const invalidate = () => this.invalidate(folder);
    this.watchers.set(key, vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete(invalidate),
    ));
  }

  private invalidate(folder: vscode.WorkspaceFolder): void {
    this.models.delete(folder.uri.toString());
    this.changed.fire(folder);
  }

  dispose(): void {
    this.watchers.forEach((d) => d.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}
