import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, completionsAt, label, postUri } from './helpers';

describe('completion in frontmatter', () => {
  before(async () => {
    await api();
  });
  after(closeAllEditors);

  it('offers schema keys with descriptions on an empty frontmatter line, missing keys first', async () => {
    const uri = postUri('no-draft-key.md');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), '\n'));
    const items = await completionsAt(uri, new vscode.Position(3, 0));
    const draft = items.find((i) => label(i) === 'draft');
    const title = items.find((i) => label(i) === 'title');
    assert.ok(draft && title, `items: ${items.map(label).join(', ')}`);
    assert.equal(draft.insertText, 'draft: ');
    assert.match((draft.documentation as vscode.MarkdownString).value, /production build/);
    assert.ok(draft.sortText! < title.sortText!, 'a key not yet set sorts before one already set');
    await vscode.commands.executeCommand('undo');
  });

  it("offers true/false for draft and today's date for a date key", async () => {
    const uri = postUri('no-draft-key.md');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), 'draft: \nupdatedDate: \n'));
    const values = (await completionsAt(uri, new vscode.Position(3, 7))).map(label);
    assert.ok(values.includes('true') && values.includes('false'), values.join(', '));
    const dates = await completionsAt(uri, new vscode.Position(4, 13));
    const today = new Date();
    const expected = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    assert.ok(dates.map(label).includes(expected), dates.map(label).join(', '));
    await vscode.commands.executeCommand('undo');
  });

  it('offers no frontmatter keys in the body', async () => {
    const uri = postUri('no-draft-key.md');
    const editor = await vscode.window.showTextDocument(uri);
    const items = await completionsAt(uri, new vscode.Position(editor.document.lineCount - 1, 0));
    // VS Code's own word-based suggestions may list words of the file; frontmatter keys are Property items.
    const keys = items.filter((i) => i.kind === vscode.CompletionItemKind.Property);
    assert.deepEqual(keys.map(label), []);
  });
});
