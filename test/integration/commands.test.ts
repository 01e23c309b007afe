import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, postUri, readText } from './helpers';

describe('post commands', () => {
  before(async () => {
    await (await api()).indexed();
    await closeAllEditors(); // with no active editor, New Post writes into the first workspace folder
  });
  after(closeAllEditors);

  describe('New Post', () => {
    it('writes <content folder>/<slug>.md with frontmatter from the schema and opens it', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('jamstackPosts.newPost', { title: 'Integration: a brand new post!' });
      assert.ok(uri, 'the command returns the new file');
      assert.equal(uri.toString(), postUri('integration-a-brand-new-post.md').toString());
      const text = await readText(uri);
      // The other posts of the folder use pubDate, so the new one does too.
      assert.match(text, /^---\ntitle: "Integration: a brand new post!"\ndescription: ""\npubDate: \d{4}-\d{2}-\d{2}\ndraft: true\ntags: \[\]\n---\n/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    });

    it('never overwrites an existing post', async () => {
      const existing = postUri('already-here.md');
      const original = '---\ntitle: Already here\n---\n\nHand-written text that must survive.\n';
      await vscode.workspace.fs.writeFile(existing, new TextEncoder().encode(original));
      const result = await vscode.commands.executeCommand('jamstackPosts.newPost', { title: 'Already here' });
      assert.equal(result, undefined);
      assert.equal(await readText(existing), original);
    });

    it('writes into the folder given as argument', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('jamstackPosts.newPost', { title: 'Notes', folder: 'src/content/notes' });
      assert.ok(uri?.path.endsWith('/src/content/notes/notes.md'));
    });
  });

  describe('Toggle Draft', () => {
    it('flips only the value bytes of draft in a file given by URI, keeping CRLF, quotes and comments', async () => {
      const uri = postUri('toggle-me.md');
      const before = await readText(uri);
      assert.equal(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', uri), true);
      const after = await readText(uri);
      assert.equal(after, before.replace('draft: false # flipped', 'draft: true # flipped'));
      assert.equal(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', uri), false);
      assert.equal(await readText(uri), before);
    });

    it('adds draft: true to the active post when the key is missing, as one undo step', async () => {
      const editor = await vscode.window.showTextDocument(postUri('no-draft-key.md'));
      const before = editor.document.getText();
      await vscode.commands.executeCommand('jamstackPosts.toggleDraft');
      assert.equal(editor.document.getText(), before.replace('pubDate: 2025-01-01\n', 'pubDate: 2025-01-01\ndraft: true\n'));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
    });

    it('leaves a post with broken frontmatter untouched', async () => {
      const uri = postUri('unclosed.md');
      const original = '---\ntitle: Never closed\ndraft: true\n\nBody\n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
      assert.equal(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', uri), undefined);
      assert.equal(await readText(uri), original);
    });
  });
});
