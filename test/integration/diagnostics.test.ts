import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, ourDiagnostics, postUri, waitFor, workspaceUri } from './helpers';
import { screenshot } from './screenshot';

describe('diagnostics while typing', () => {
  before(async () => {
    await api();
  });
  after(closeAllEditors);

  it('underlines a misspelt key, offers the rename, and clears once fixed', async () => {
    const uri = postUri('broken.md');
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostic = await waitFor('the unknown-key diagnostic', () => ourDiagnostics(uri).find((d) => d.code === 'unknown-key'));
    assert.equal(editor.document.getText(diagnostic.range), 'pubdate');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /did you mean `pubDate`/);

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    const rename = actions.find((a) => a.title === "Rename to 'pubDate'");
    assert.ok(rename?.edit, `quick fixes offered: ${actions.map((a) => a.title).join(', ')}`);
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(rename.edit));
    assert.equal(editor.document.getText(), before.replace('pubdate:', 'pubDate:'));
    await waitFor('the diagnostics to clear', () => ourDiagnostics(uri).length === 0);
  });

  it('follows unsaved typing: a YAML error appears where it is typed and goes when removed', async () => {
    const uri = postUri('broken.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = 2; // description: "…"
    const end = editor.document.lineAt(line).range.end;
    await editor.edit((edit) => edit.insert(end, ' [oops'));
    const syntax = await waitFor('a yaml-syntax diagnostic', () => ourDiagnostics(uri).find((d) => d.code === 'yaml-syntax'));
    assert.equal(syntax.range.start.line, line);
    await vscode.commands.executeCommand('undo');
    await waitFor('the yaml-syntax diagnostic to go', () => !ourDiagnostics(uri).some((d) => d.code === 'yaml-syntax'));
  });

  it('uses the JSON Schema named in the settings, and follows edits to that file without a reload', async () => {
    const uri = postUri('with-status.md');
    await vscode.window.showTextDocument(uri);
    const config = vscode.workspace.getConfiguration('jamstackPosts', workspaceUri());
    await config.update('schema', 'schemas/post.schema.json', vscode.ConfigurationTarget.Workspace);
    try {
      const invalid = await waitFor('the invalid-enum diagnostic', () => ourDiagnostics(uri).find((d) => d.code === 'invalid-enum'));
      assert.match(invalid.message, /did you mean `writing`\?/);

      const schemaUri = workspaceUri('schemas', 'post.schema.json');
      const schema = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(schemaUri)));
      schema.properties.status.enum.push('writting');
      await vscode.workspace.fs.writeFile(schemaUri, new TextEncoder().encode(JSON.stringify(schema, null, 2)));
      await waitFor('the diagnostic to go after the schema changed', () => ourDiagnostics(uri).length === 0, 15_000);
    } finally {
      await config.update('schema', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
