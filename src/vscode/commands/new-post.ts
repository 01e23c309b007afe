import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { planNewPost } from '../../core/posts/new-post-plan';
import { collectionFor } from '../../core/site/read-site';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { PostFactsReader } from '../posts/post-facts';
import type { SchemaResolver } from '../schema/schema-resolver';
import type { SiteModels } from '../site/site-models';

export interface NewPostArgs {
  readonly title?: string;
  /** A folder path, absolute or relative to the workspace folder, or a folder URI. */
  readonly folder?: string | vscode.Uri;
}

export interface NewPostServices {
  readonly models: SiteModels;
  readonly schemas: SchemaResolver;
  readonly index: WorkspaceIndex;
  readonly facts: PostFactsReader;
}

/**
 * Creates a post the way the site does (its collection's folder, Decap slug template, Hugo archetype, Jekyll's
 * dated names, page bundles, the date format of its other posts) and opens it. Never overwrites: an existing file
 * of that name is offered to open instead, or another title can be given. With `{ title, folder }` it runs
 * without prompts. Returns the new file's URI, or undefined when nothing was written.
 */
export async function newPostCommand(services: NewPostServices, args?: NewPostArgs | vscode.Uri): Promise<vscode.Uri | undefined> {
  const options: NewPostArgs = args instanceof vscode.Uri ? { folder: args } : args ?? {};
  const target = await targetFolder(services.models, options.folder);
  if (!target) return undefined;
  const { folder, relative } = target;
  const model = await services.models.modelOf(folder);
  const collection = collectionFor(model.collections, `${relative}/new.md`);
  const { schema } = await services.schemas.resolve(vscode.Uri.joinPath(folder.uri, relative, 'new.md'));
  const interactive = options.title === undefined;
  let title = options.title ?? (await askTitle(''));

  while (title !== undefined) {
    const plan = planNewPost({
      title,
      folder: relative,
      collection,
      siteKind: model.layout.kind,
      schema,
      otherPostPaths: [...services.index.indexOf(folder).postsIn(relative)].map(([path]) => path),
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      dateStyle: services.facts.dateStyleIn(folder, relative, schema),
    });
    if ('error' in plan) {
      void vscode.window.showErrorMessage(plan.error);
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, plan.path);
    if (await writeNew(uri, plan.text)) {
      const editor = await vscode.window.showTextDocument(uri);
      const end = editor.document.positionAt(plan.text.length);
      editor.selection = new vscode.Selection(end, end);
      return uri;
    }
    const relativePath = vscode.workspace.asRelativePath(uri);
    const open = 'Open Existing Post';
    const rename = 'Choose Another Title';
    if (!interactive) {
      // Run from a keybinding, task or another extension: report and return at once rather than wait on a click.
      void vscode.window.showWarningMessage(`${relativePath} already exists; it was left untouched.`, open).then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(uri);
      });
      return undefined;
    }
    const choice = await vscode.window.showWarningMessage(`${relativePath} already exists; it was left untouched.`, open, rename);
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

/** The folder to write into, relative to its workspace folder: given, or the site's content folder (asked when several). */
async function targetFolder(models: SiteModels, folder: string | vscode.Uri | undefined): Promise<{ folder: vscode.WorkspaceFolder; relative: string } | undefined> {
  const within = (uri: vscode.Uri) => {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
    if (!workspaceFolder) return undefined;
    return { folder: workspaceFolder, relative: uri.path.slice(workspaceFolder.uri.path.replace(/\/$/, '').length + 1) };
  };
  if (folder instanceof vscode.Uri) return within(folder) ?? notInWorkspace();
  const workspaceFolder = activeWorkspaceFolder();
  if (!workspaceFolder) return notInWorkspace();
  if (folder) return within(folder.startsWith('/') ? vscode.Uri.file(folder) : vscode.Uri.joinPath(workspaceFolder.uri, folder)) ?? notInWorkspace();
  const model = await models.modelOf(workspaceFolder);
  const choices = new Map<string, string>();
  for (const collection of model.collections) {
    if ((collection.extensions ?? ['md']).some((e) => /^(md|mdx|markdown)$/.test(e))) choices.set(collection.folder, `${collection.name} · ${collection.schema.source.label}`);
  }
  for (const content of await models.contentFoldersOf(workspaceFolder)) if (!choices.has(content)) choices.set(content, 'content folder');
  if (choices.size === 1) return { folder: workspaceFolder, relative: [...choices.keys()][0] };
  if (choices.size > 1) {
    const picked = await vscode.window.showQuickPick([...choices].map(([label, description]) => ({ label, description })), {
      title: 'New Post',
      placeHolder: 'Which collection?',
    });
    return picked ? { folder: workspaceFolder, relative: picked.label } : undefined;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    defaultUri: workspaceFolder.uri,
    openLabel: 'Create the post here',
    title: 'No content folder was found: where should posts go?',
  });
  return chosen?.[0] ? within(chosen[0]) : undefined;
}

function notInWorkspace(): undefined {
  void vscode.window.showErrorMessage('Open the folder of your site to create a post in it.');
  return undefined;
}

function activeWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}
