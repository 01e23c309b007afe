import * as vscode from 'vscode';
import type { RenderedReport } from '../shared/preview-protocol';
import { QuickFixes } from './code-actions';
import { newPostCommand, type NewPostArgs } from './commands/new-post';
import { toggleDraftCommand } from './commands/toggle-draft';
import { COMPLETION_TRIGGERS, FrontmatterCompletion } from './completion';
import { Diagnostics } from './diagnostics';
import { POST_SELECTOR, PostDocuments } from './post-documents';
import { PreviewPanel } from './preview/preview-panel';
import { Schemas } from './schemas';
import { SiteLayouts } from './site-layouts';

/** What the extension exposes to other extensions and to its own integration tests. */
export interface JamstackPostsApi {
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  /** Fires each time the preview webview has shown a render, with what it shows. */
  readonly onDidRenderPreview: vscode.Event<RenderedReport>;
}

export function activate(context: vscode.ExtensionContext): JamstackPostsApi {
  const started = performance.now();
  const layouts = new SiteLayouts();
  const schemas = new Schemas();
  const posts = new PostDocuments(layouts);
  const diagnostics = new Diagnostics(posts, schemas);
  const preview = new PreviewPanel(context.extensionUri, posts, layouts);

  context.subscriptions.push(
    layouts,
    schemas,
    diagnostics,
    preview,
    vscode.languages.registerCompletionItemProvider(POST_SELECTOR, new FrontmatterCompletion(posts, schemas), ...COMPLETION_TRIGGERS),
    vscode.languages.registerCodeActionsProvider(POST_SELECTOR, new QuickFixes(diagnostics), QuickFixes.metadata),
    vscode.commands.registerCommand('jamstackPosts.openPreviewToSide', (uri?: vscode.Uri) => preview.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('jamstackPosts.newPost', (args?: NewPostArgs | vscode.Uri) => newPostCommand(layouts, schemas, args)),
    vscode.commands.registerCommand('jamstackPosts.toggleDraft', (uri?: vscode.Uri) => toggleDraftCommand(posts, uri)),
  );

  return { activationMs: performance.now() - started, onDidRenderPreview: preview.onDidReport };
}

export function deactivate(): void {}
