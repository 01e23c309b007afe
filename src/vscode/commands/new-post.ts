import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { localDate } from '../../core/dates/local-date';
import { newPost } from '../../core/posts/new-post';
import type { SchemaResolver } from '../schema/schema-resolver';
import type { SiteModels } from '../site/site-models';

export interface NewPostArgs {
  readonly title?: string;
  /** A folder path, absolute or relative to the workspace folder, or a folder URI. */
  readonly folder?: string | vscode.Uri;
}

/**
 * Creates a post in the site's content folder and opens it. Never overwrites: an existing file of that name is
 * offered to open instead, or another title can be given. With `{ title, folder }` it runs without prompts.
 * Returns the new file's URI, or undefined when nothing was written.
 */
export async function newPostCommand(models: SiteModels, schemas: SchemaResolver, args?: NewPostArgs | vscode.Uri): Promise<vscode.Uri | undefined> {
  const options: NewPostArgs = args instanceof vscode.Uri ? { folder: args } : args ?? {};
  const folder = await targetFolder(models, options.folder);
  if (!folder) return undefined;
  const { schema } = await schemas.resolve(vscode.Uri.joinPath(folder, 'new.md'));
  const interactive = options.title === undefined;
  let title = options.title ?? (await askTitle(''));

  while (title !== undefined) {
    const post = newPost({ title, schema, today: localDate(new Date()) });
    if ('error' in post) {
      void vscode.window.showErrorMessage(post.error);
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, post.fileName);
    if (await writeNew(uri, post.text)) {
      const editor = await vscode.window.showTextDocument(uri);
      const end = editor.document.positionAt(post.text.length);
      editor.selection = new vscode.Selection(end, end);
      return uri;
    }
    const relative = vscode.workspace.asRelativePath(uri);
    const open = 'Open Existing Post';
    const rename = 'Choose Another Title';
    if (!interactive) {
      // Run from a keybinding, task or another extension: report and return at once rather than wait on a click.
      void vscode.window.showWarningMessage(`${relative} already exists; it was left untouched.`, open).then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(uri);
      });
      return undefined;
    }
    const choice = await vscode.window.showWarningMessage(`${relative} already exists; it was left untouched.`, open, rename);
    if (choice === open) {
      await vscode.window.showTextDocument(uri);
      return undefined;
    }
    title = choice === rename ? await askTitle(title) : undefined;
  }
  return undefined;
}

function askTitle(value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'New Post',
    prompt: 'The title of the post; the file name is made from it.',
    value,
    validateInput: (text) => (text.trim() === '' ? 'A post needs a title.' : undefined),
  });
}

/** Writes only if no file has that name: the check and the write are one step for local files. */
async function writeNew(uri: vscode.Uri, text: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(text);
  if (uri.scheme === 'file') {
    await fs.mkdir(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    try {
      await fs.writeFile(uri.fsPath, bytes, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (exists) return false;
  await vscode.workspace.fs.writeFile(uri, bytes);
  return true;
}

async function targetFolder(models: SiteModels, folder: string | vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (folder instanceof vscode.Uri) return folder;
  const workspaceFolder = activeWorkspaceFolder();
  if (!workspaceFolder) {
    void vscode.window.showErrorMessage('Open the folder of your site to create a post in it.');
    return undefined;
  }
  if (folder) {
    return folder.startsWith('/') ? vscode.Uri.file(folder) : vscode.Uri.joinPath(workspaceFolder.uri, folder);
  }
  const contentFolders = await models.contentFoldersOf(workspaceFolder);
  if (contentFolders.length === 1) return vscode.Uri.joinPath(workspaceFolder.uri, contentFolders[0]);
  if (contentFolders.length > 1) {
    const picked = await vscode.window.showQuickPick(contentFolders, { title: 'New Post', placeHolder: 'Which folder?' });
    return picked ? vscode.Uri.joinPath(workspaceFolder.uri, picked) : undefined;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    defaultUri: workspaceFolder.uri,
    openLabel: 'Create the post here',
    title: 'No content folder was found: where should posts go?',
  });
  return chosen?.[0];
}

function activeWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}
