import * as vscode from 'vscode';
import { candidatePaths, detectSite, type SiteLayout } from '../../core/site/detect-site';

/** The detected layout of each workspace folder, overridden by settings; re-detected when settings change. */
export class SiteLayouts implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<SiteLayout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when layouts must be detected again (settings or workspace folders changed). */
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('jamstackPosts.contentFolder') || event.affectsConfiguration('jamstackPosts.publicFolder')) this.clear();
  });
  private readonly folders = vscode.workspace.onDidChangeWorkspaceFolders(() => this.clear());

  private clear(): void {
    this.cache.clear();
    this.changed.fire();
  }

  layoutOf(folder: vscode.WorkspaceFolder): Promise<SiteLayout> {
    const key = folder.uri.toString();
    let layout = this.cache.get(key);
    if (!layout) {
      layout = detect(folder);
      this.cache.set(key, layout);
    }
    return layout;
  }

  dispose(): void {
    this.changed.dispose();
    this.subscription.dispose();
    this.folders.dispose();
  }
}

async function detect(folder: vscode.WorkspaceFolder): Promise<SiteLayout> {
  const paths = candidatePaths();
  const found = await Promise.all(
    paths.map((path) => vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, path)).then(() => true, () => false)),
  );
  const existing = new Set(paths.filter((_, i) => found[i]));
  const detected = detectSite((path) => existing.has(path));
  const config = vscode.workspace.getConfiguration('jamstackPosts', folder);
  const contentFolder = config.get<string>('contentFolder')?.trim();
  const publicFolder = config.get<string>('publicFolder')?.trim();
  return {
    kind: detected.kind,
    contentFolders: contentFolder ? [trimSlashes(contentFolder)] : detected.contentFolders,
    publicFolder: publicFolder ? trimSlashes(publicFolder) : detected.publicFolder,
  };
}

function trimSlashes(path: string): string {
  return path.replace(/^\.?\/+|\/+$/g, '');
}
