import * as vscode from 'vscode';
import { rangeOf, textEditOf } from './convert';
import { DIAGNOSTIC_SOURCE, type Diagnostics } from './diagnostics';

/** Offers the fixes each rule attached to its problem, as quick fixes on the matching diagnostic. */
export class QuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: Diagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const problem of this.diagnostics.problemsFor(document)) {
      if (!problem.fixes?.length) continue;
      const problemRange = rangeOf(document, problem.start, problem.end);
      if (!problemRange.intersection(range) && !problemRange.contains(range)) continue;
      const diagnostic = context.diagnostics.find(
        (d) => d.source === DIAGNOSTIC_SOURCE && d.code === problem.code && d.range.isEqual(problemRange),
      );
      for (const fix of problem.fixes) {
        const action = new vscode.CodeAction(fix.title.replace(/`/g, "'"), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.set(document.uri, fix.edits.map((edit) => textEditOf(document, edit)));
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = problem.fixes.length === 1;
        actions.push(action);
      }
    }
    return actions;
  }
}
