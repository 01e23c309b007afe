import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, hoverText, postUri } from './helpers';

describe('hovers on frontmatter values', () => {
  before(async () => {
    await api();
  });
  after(closeAllEditors);

  it('shows the instant the build reads from a date', async () => {
    const uri = postUri('pasted.md');
    const editor = await vscode.window.showTextDocument(uri);
    assert.equal(editor.document.lineAt(4).text, 'publishDate: 2025-09-02');
    assert.match(await hoverText(uri, new vscode.Position(4, 16)), /2025-09-02T00:00:00(\.000)?Z/);
  });

  it('shows a thumbnail of an image path from the public folder', async () => {
    const uri = postUri('pasted.md');
    const editor = await vscode.window.showTextDocument(uri);
    assert.match(editor.document.lineAt(8).text, /^image: /);
    const text = await hoverText(uri, new vscode.Position(8, 20));
    assert.match(text, /!\[preview\]\([^)]*\/public\/images\/uploads\/fbb0098e6c46f3ce0430c00abfbe7915\.png/);
  });
});
