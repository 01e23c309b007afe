import * as vscode from 'vscode';
import type { Severity } from '../core/rules/problem';
import type { TextEdit } from '../core/text/text-edit';

/** Offsets become positions only here, at the edge. */
export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export function textEditOf(document: vscode.TextDocument, edit: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(rangeOf(document, edit.start, edit.end), edit.newText);
}

export function severityOf(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
  }
}
