import * as vscode from 'vscode';
import { fixAllEdits } from '../core/rules/fix-all';
import type { Problem } from '../core/rules/problem';
import { rangeOf, textEditOf } from './convert';
import { DIAGNOSTIC_SOURCE, type Diagnostics } from './diagnostics';

/** Offers the fixes each rule attached to its problem, as quick fixes on the matching diagnostic. */
export class QuickFixes implements vscode.CodeActionProvider {
  static readonly fixAllKind = vscode.CodeActionKind.SourceFixAll.append('jamstackPosts');
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, QuickFixes.fixAllKind],
  };

  constructor(private readonly diagnostics: Diagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const problems = this.diagnostics.problemsFor(document);
    if (context.only && QuickFixes.fixAllKind.contains(context.only)) return this.fixAll(document, problems, 'every', QuickFixes.fixAllKind);
    const actions: vscode.CodeAction[] = [];
    const kindsHere = new Set<string>();
    for (const problem of problems) {
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
      kindsHere.add(problem.code);
    }
    for (const code of kindsHere) {
      const sameKind = problems.filter((p) => p.code === code);
      if (sameKind.filter((p) => p.fixes?.length === 1).length > 1) {
        actions.push(...this.fixAll(document, sameKind, `every '${code}' problem`, vscode.CodeActionKind.QuickFix));
      }
    }
    return actions;
  }

  /** One action that applies the single fix of each problem, in one undo step. */
  private fixAll(document: vscode.TextDocument, problems: readonly Problem[], what: string, kind: vscode.CodeActionKind): vscode.CodeAction[] {
    const edits = fixAllEdits(problems);
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction(`Fix ${what} in this file`, kind);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(document.uri, edits.map((edit) => textEditOf(document, edit)));
    return [action];
  }
}
