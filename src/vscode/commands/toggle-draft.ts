import * as vscode from 'vscode';
import { toggleDraft } from '../../core/posts/toggle-draft';
import { textEditOf } from '../convert';
import type { PostDocuments } from '../post-documents';

/**
 * Flips `draft` in the active post or in the file given as argument, as one minimal edit (one undo step).
 * A file that was not open with unsaved changes is saved again, so toggling from the Explorer leaves no dirty editor.
 * Returns the new draft state, or undefined when nothing was changed.
 */
export async function toggleDraftCommand(posts: PostDocuments, target?: vscode.Uri): Promise<boolean | undefined> {
  const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Open a post to toggle its draft state.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  const result = toggleDraft(posts.parsed(document));
  if ('error' in result) {
    void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)}: ${result.error}`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, [textEditOf(document, result.edit)]);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} could not be edited.`);
    return undefined;
  }
  const shownInEditor = vscode.window.visibleTextEditors.some((e) => e.document === document);
  if (!wasDirty && !shownInEditor) await document.save();
  vscode.window.setStatusBarMessage(`$(check) ${vscode.workspace.asRelativePath(uri)} is now ${result.draft ? 'a draft' : 'published'}`, 4000);
  return result.draft;
}
