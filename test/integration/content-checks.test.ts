import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, ourDiagnostics, postUri, waitFor } from './helpers';
import { screenshot } from './screenshot';

describe('content that will render wrongly', () => {
  before(async () => {
    await api();
  });
  after(closeAllEditors);

  it('flags the ** a CMS paste leaves on the page and fixes them, one or all at once', async () => {
    const uri = postUri('pasted.md');
    const editor = await vscode.window.showTextDocument(uri);
    const first = await waitFor('a literal-emphasis diagnostic', () =>
      ourDiagnostics(uri).find((d) => d.code === 'literal-emphasis' && editor.document.lineAt(d.range.start.line).text.startsWith('**JavaScript****:**')));
    assert.ok(ourDiagnostics(uri).some((d) => d.code === 'nbsp-paragraph'), 'the &nbsp; paragraph is flagged too');
    await screenshot('content-checks');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, first.range, vscode.CodeActionKind.QuickFix.value);
    const single = actions.find((a) => a.title.startsWith('Make it bold') && a.edit);
    assert.ok(single?.edit, actions.map((a) => a.title).join(', '));
    const count = ourDiagnostics(uri).filter((d) => d.code === 'literal-emphasis').length;
    const line = first.range.start.line;
    const before = editor.document.lineAt(line).text;
    assert.ok(await vscode.workspace.applyEdit(single.edit));
    assert.equal(editor.document.lineAt(line).text, before.replace('**JavaScript****:**Primarily', '**JavaScript:** Primarily'));

    // Once the fixed text is checked again, one problem fewer is left.
    const remaining = await waitFor('the remaining literal-emphasis diagnostics', () => {
      const found = ourDiagnostics(uri).filter((d) => d.code === 'literal-emphasis');
      return found.length === count - 1 && found.length > 1 && found;
    });
    const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, remaining[0].range, vscode.CodeActionKind.QuickFix.value))
      .find((a) => a.title === "Fix every 'literal-emphasis' problem in this file");
    assert.ok(all?.edit);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await waitFor('every literal-emphasis diagnostic to go', () => !ourDiagnostics(uri).some((d) => d.code === 'literal-emphasis'));
  });
});
