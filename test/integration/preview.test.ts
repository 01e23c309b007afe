import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { RenderedReport } from '../../src/shared/preview-protocol';
import { api, closeAllEditors, postUri } from './helpers';
import { screenshot } from './screenshot';

/** Resolves with the next report the preview webview sends that matches. */
async function nextReport(match: (report: RenderedReport) => boolean, timeoutMs = 15_000): Promise<RenderedReport> {
  const { onDidRenderPreview } = await api();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('the preview did not report a matching render'));
    }, timeoutMs);
    const listener = onDidRenderPreview((report) => {
      if (!match(report)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(report);
    });
  });
}

describe('preview', () => {
  before(async () => {
    await api();
  });
  after(closeAllEditors);

  it('shows the header and body as the build renders them, the hero image from the public folder', async () => {
    const uri = postUri('pasted.md');
    await vscode.window.showTextDocument(uri);
    const rendered = nextReport((r) => r.uri === uri.toString());
    await vscode.commands.executeCommand('jamstackPosts.openPreviewToSide');
    const report = await rendered;
    assert.equal(report.title, 'What is Jamstack? What are the benefits?');
    assert.ok(report.text.includes('JavaScript**:Primarily'), 'the literal ** a CMS paste leaves is visible, as on the site');
    assert.deepEqual(report.images, [{ src: '/images/uploads/fbb0098e6c46f3ce0430c00abfbe7915.png', loaded: true }]);
    await screenshot('preview');
  });

  it('follows unsaved edits', async () => {
    const uri = postUri('pasted.md');
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    const line = editor.document.lineAt(1);
    const rendered = nextReport((r) => r.title === 'Edited live');
    await editor.edit((edit) => edit.replace(line.range, 'title: "Edited live"'));
    const report = await rendered;
    assert.equal(report.version, editor.document.version);
    assert.ok(editor.document.isDirty);
  });

  it('runs no script from the post and loads nothing remote', async () => {
    const uri = postUri('hostile.md');
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    const first = await nextReport((r) => r.uri === uri.toString());
    for (const removed of ['<script>', 'onerror=', 'href="javascript:"', '<iframe>', '<meta>']) {
      assert.ok(first.removed.includes(removed), `removed: ${first.removed.join(' ')}`);
    }
    assert.ok(first.images.every((image) => !image.loaded), 'neither the missing nor the remote image loads');
    // Any handler that had survived would have fired by the time a second render is reported.
    const second = nextReport((r) => r.uri === uri.toString() && r.version > first.version);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\nOne more line.\n'));
    const report = await second;
    assert.ok(!report.text.includes('EXECUTED'));
    assert.ok(report.text.includes('Plain text before.') && report.text.includes('One more line.'));
    await screenshot('preview-hostile');
  });
});
