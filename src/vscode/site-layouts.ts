import * as vscode from 'vscode';
import { candidatePaths, detectSite, type SiteLayout } from '../core/site/detect-site';

/** The detected layout of each workspace folder, overridden by settings; re-detected when settings change. */
export class SiteLayouts implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<SiteLayout>>();
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('jamstackPosts')) this.cache.clear();
  });
  private readonly folders = vscode.workspace.onDidChangeWorkspaceFolders(() => this.cache.clear());

  layoutOf(folder: vscode.WorkspaceFolder): Promise<SiteLayout> {
    const key = folder.uri.toString();
    let layout = this.cache.get(key);
    if (!layout) {
      layout = detect(folder);
      this.cache.set(key, layout);
    }
    return layout;
  }

  /** Whether a file lies in one of its folder's content folders. */
  async isInContentFolder(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const layout = await this.layoutOf(folder);
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return layout.contentFolders.some((content) => relative.startsWith(content + '/'));
  }

  dispose(): void {
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
