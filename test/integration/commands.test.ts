import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, postUri, readText, siteUri } from './helpers';

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

    it("names a Decap post by the collection's slug template", async () => {
      const folder = siteUri('decap', 'src', 'content', 'blog');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('jamstackPosts.newPost', { title: 'Hello from Decap', folder: folder.fsPath });
      assert.ok(uri, 'a post was written');
      assert.match(uri.path, /\/src\/content\/blog\/\d{4}-\d{2}-\d{2}-hello-from-decap\.md$/);
      assert.match(await readText(uri), /^---\ntitle: Hello from Decap\n/);
    });

    it("fills in the Hugo section's archetype", async () => {
      const folder = siteUri('hugo', 'content', 'posts');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('jamstackPosts.newPost', { title: 'Hello from Hugo', folder: folder.fsPath });
      assert.ok(uri);
      const text = await readText(uri);
      assert.match(text, /^\+\+\+\ntitle = "Hello from Hugo"\ndate = \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})\ndraft = true\n/);
      assert.match(text, /\+\+\+\n\nWrite the post here\.\n$/);
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
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', uri), ['draft']);
      const after = await readText(uri);
      assert.equal(after, before.replace('draft: false # flipped', 'draft: true # flipped'));
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', uri), ['published']);
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
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', uri), [undefined]);
      assert.equal(await readText(uri), original);
    });

    it('acts on every post of an Explorer selection', async () => {
      const first = postUri('multi-1.md');
      const second = postUri('multi-2.md');
      await vscode.workspace.fs.writeFile(first, new TextEncoder().encode('---\ntitle: One\npubDate: 2025-01-01\ndraft: true\n---\n'));
      await vscode.workspace.fs.writeFile(second, new TextEncoder().encode('---\r\ntitle: Two\r\npubDate: 2025-01-01\r\ndraft: True\r\n---\r\n'));
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', first, [first, second]), ['published', 'published']);
      assert.equal(await readText(first), '---\ntitle: One\npubDate: 2025-01-01\ndraft: false\n---\n');
      assert.equal(await readText(second), '---\r\ntitle: Two\r\npubDate: 2025-01-01\r\ndraft: False\r\n---\r\n');
    });
  });

  describe('Publish Now and Schedule', () => {
    it('turns a draft off and dates it today, in the format the site uses', async () => {
      const uri = postUri('to-publish.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Soon\npubDate: 2020-01-01 # first draft\ndraft: true\n---\n'));
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.publishNow', uri), ['published']);
      const today = new Date();
      const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      assert.equal(await readText(uri), `---\ntitle: Soon\npubDate: ${day} # first draft\ndraft: false\n---\n`);
    });

    it('schedules a post for a future day', async () => {
      const uri = postUri('to-schedule.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Later\npubDate: 2020-01-01\ndraft: true\n---\n'));
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.schedule', uri, undefined, '2099-03-04T09:00:00'), ['scheduled']);
      assert.equal(await readText(uri), '---\ntitle: Later\npubDate: 2099-03-04\ndraft: false\n---\n');
    });

    it("moves a Jekyll post into _drafts and back, as Jekyll's folders say", async () => {
      const published = siteUri('jekyll', '_posts', '2025-01-02-hello-jekyll.md');
      const draft = siteUri('jekyll', '_drafts', 'hello-jekyll.md');
      const text = await readText(published);
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', published), ['draft']);
      assert.equal(await readText(draft), text);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(published)));
      assert.deepEqual(await vscode.commands.executeCommand('jamstackPosts.toggleDraft', draft), ['published']);
      assert.equal(await readText(published), text);
    });
  });
});
