import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, completionsAt, hoverText, label, ourDiagnostics, siteUri, waitFor } from './helpers';

describe('the site model: a plain folder of posts', () => {
  before(async () => {
    await (await api()).indexed();
  });
  after(closeAllEditors);

  it('learns the folder conventions: a misspelt key is flagged with the key the other posts use', async () => {
    const uri = siteUri('plain', 'posts', 'typo.md');
    const editor = await vscode.window.showTextDocument(uri);
    const diagnostic = await waitFor('the unknown-key diagnostic', () => ourDiagnostics(uri).find((d) => d.code === 'unknown-key'));
    assert.equal(editor.document.getText(diagnostic.range), 'subtitel');
    assert.match(diagnostic.message, /did you mean `subtitle`\?/);
    const hover = await hoverText(uri, new vscode.Position(5, 1));
    assert.match(hover, /\*\*mood\*\*/);
    assert.match(hover, /Schema: inferred from 5 posts in posts/);
  });

  it('offers the tags the site already uses, most used first, leaving out those already listed', async () => {
    const uri = siteUri('plain', 'posts', 'typo.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.lineAt(4);
    assert.equal(line.text, 'tags: [field-notes]');
    await editor.edit((edit) => edit.replace(line.range, 'tags: [field-notes, ]'));
    const items = await completionsAt(uri, new vscode.Position(4, 20));
    const birds = items.find((i) => label(i) === 'birds');
    assert.ok(birds, items.map(label).join(', '));
    assert.equal(birds.detail, 'used in 4 posts');
    assert.ok(!items.some((i) => label(i) === 'field-notes'), 'a tag the post already has is not offered again');
    await vscode.commands.executeCommand('undo');
  });

  it('keeps the index current: a post written to disk brings its new tag', async () => {
    const created = siteUri('plain', 'posts', 'note-5.md');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('---\ntitle: Five\ndate: 2025-06-01\ntags: [migration]\n---\n'));
    const uri = siteUri('plain', 'posts', 'typo.md');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((edit) => edit.replace(editor.document.lineAt(4).range, 'tags: [field-notes, ]'));
    const offered = await waitFor('the new tag to be offered', async () => {
      const items = await completionsAt(uri, new vscode.Position(4, 20));
      return items.find((i) => label(i) === 'migration');
    });
    assert.equal(offered.detail, 'used in 1 post');
    await vscode.commands.executeCommand('undo');
    await vscode.workspace.fs.delete(created);
  });
});
