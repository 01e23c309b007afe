import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, ourDiagnostics, siteUri, waitFor } from './helpers';

describe('workspace-wide validation', () => {
  before(async () => {
    await (await api()).indexed();
  });

  it('lists the problems of posts that are not open', async () => {
    const uri = siteUri('astro', 'src', 'content', 'blog', 'never-opened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the post is not open');
    const diagnostic = await waitFor('the wrong-type diagnostic of a closed post', () => ourDiagnostics(uri).find((d) => d.code === 'wrong-type'), 20_000);
    assert.equal(diagnostic.range.start.line, 6);
    assert.match(diagnostic.message, /`draft` should be `true` or `false`/);
  });

  it('follows changes on disk', async () => {
    const uri = siteUri('astro', 'src', 'content', 'blog', 'never-opened.md');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original.replace('draft: maybe', 'draft: false')));
    try {
      await waitFor('the diagnostic to go', () => !ourDiagnostics(uri).some((d) => d.code === 'wrong-type'), 15_000);
    } finally {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    }
  });
});
