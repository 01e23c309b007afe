import * as vscode from 'vscode';
import type { JamstackPostsApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'jamstack-posts.jamstack-posts';

export async function api(): Promise<JamstackPostsApi> {
  const extension = vscode.extensions.getExtension<JamstackPostsApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture site open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

/** A file of the workspace folder of that name (the fixture sites of the multi-root workspace). */
export function siteUri(site: string, ...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === site);
  if (!folder) throw new Error(`no workspace folder named ${site}`);
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export function postUri(name: string): vscode.Uri {
  return workspaceUri('src', 'content', 'blog', name);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Polls until `probe` returns a value other than undefined/false, or fails with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jamstack-posts');
}

/** Reverts what a test left unsaved, so closing asks nothing, then closes every editor. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of every hover VS Code shows at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** The completion items VS Code offers at a position. */
export async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position)).items;
}

export function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
