import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, hoverText, ourDiagnostics, readText, siteUri, waitFor } from './helpers';

/** Opens a post and waits for the diagnostic of that code on the line holding `text`. */
async function diagnosticOn(uri: vscode.Uri, code: string, text: string): Promise<vscode.Diagnostic> {
  const editor = await vscode.window.showTextDocument(uri);
  return waitFor(`${code} on "${text}"`, () =>
    ourDiagnostics(uri).find((d) => d.code === code && editor.document.getText(d.range) === text),
  );
}

describe('schemas read from the site itself', () => {
  before(async () => {
    await (await api()).indexed();
  });
  after(closeAllEditors);

  it('Astro: the generated collection schema drives the checks and the hover names it', async () => {
    const uri = siteUri('astro', 'src', 'content', 'blog', 'planted-mistakes.md');
    const diagnostic = await diagnosticOn(uri, 'invalid-enum', 'tutorail');
    assert.match(diagnostic.message, /did you mean `tutorial`\?/);
    assert.match(await hoverText(uri, new vscode.Position(5, 2)), /Astro collection `blog`/);
  });

  it('Decap: the config.yml collection drives the checks, and an edit to config.yml applies without a reload', async () => {
    const uri = siteUri('decap', 'src', 'content', 'blog', '2025-05-20-edited-by-hand.md');
    await diagnosticOn(uri, 'invalid-enum', 'tutorials');
    assert.match(await hoverText(uri, new vscode.Position(5, 2)), /Decap collection `blog`, public\/admin\/config.yml/);

    const config = siteUri('decap', 'public', 'admin', 'config.yml');
    const original = await readText(config);
    const edited = original.replace('options: ["news", "tutorial", "release"]', 'options: ["news", "tutorial", "tutorials", "release"]');
    assert.notEqual(edited, original);
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(edited));
    try {
      await waitFor('the invalid-enum diagnostic to go', () => !ourDiagnostics(uri).some((d) => d.code === 'invalid-enum'), 15_000);
    } finally {
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(original));
    }
  });

  it('Front Matter CMS: the content type of frontmatter.json drives the checks', async () => {
    const uri = siteUri('fmc', 'content', 'blog', '2024-03-08-choosing-a-theme.md');
    const diagnostic = await diagnosticOn(uri, 'invalid-enum', 'tutorail');
    assert.match(diagnostic.message, /did you mean `tutorial`\?/);
    assert.match(await hoverText(uri, new vscode.Position(3, 2)), /Front Matter CMS content type/);
  });

  it('Hugo: the archetype governs TOML posts, checked as they are typed', async () => {
    const uri = siteUri('hugo', 'content', 'posts', 'first-light.md');
    const editor = await vscode.window.showTextDocument(uri);
    assert.match(await hoverText(uri, new vscode.Position(3, 1)), /Hugo archetype archetypes\/posts\.md/);
    const line = editor.document.lineAt(3);
    assert.equal(line.text, 'draft = false');
    await editor.edit((edit) => edit.replace(line.range, 'draft = "no"'));
    const diagnostic = await waitFor('a wrong-type diagnostic in TOML', () => ourDiagnostics(uri).find((d) => d.code === 'wrong-type'));
    assert.equal(editor.document.getText(diagnostic.range), '"no"');
    await vscode.commands.executeCommand('undo');
    await waitFor('the diagnostic to go', () => !ourDiagnostics(uri).some((d) => d.code === 'wrong-type'));
  });
});
