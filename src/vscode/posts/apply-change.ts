import * as vscode from 'vscode';
import type { LifecycleChange } from '../../core/posts/lifecycle';
import { textEditOf } from '../convert';

/**
 * Applies a lifecycle change as one workspace edit (one undo step): the text edits, then the move if any.
 * Never moves onto an existing file. Returns the post's URI afterwards, or a sentence saying why nothing changed.
 */
export async function applyChange(document: vscode.TextDocument, folder: vscode.WorkspaceFolder, change: LifecycleChange): Promise<vscode.Uri | string> {
  if ('error' in change) return change.error;
  const edit = new vscode.WorkspaceEdit();
  if (change.edits.length > 0) edit.set(document.uri, change.edits.map((e) => textEditOf(document, e)));
  let target = document.uri;
  if (change.rename) {
    target = vscode.Uri.joinPath(folder.uri, change.rename.to);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (exists) return `${change.rename.to} already exists; the post was left where it is.`;
    edit.renameFile(document.uri, target, { overwrite: false });
  }
  // WorkspaceEdit.size counts text edits only, so a move alone is checked for itself.
  if (change.edits.length === 0 && !change.rename) return target;
  const wasDirty = document.isDirty;
  const shown = vscode.window.visibleTextEditors.some((e) => e.document === document);
  if (!(await vscode.workspace.applyEdit(edit))) return 'VS Code refused the edit.';
  // A post changed from the Explorer without being open is saved again, so no unsaved editor is left behind.
  if (!wasDirty && !shown) {
    const moved = await vscode.workspace.openTextDocument(target);
    if (moved.isDirty) await moved.save();
  }
  return target;
}
