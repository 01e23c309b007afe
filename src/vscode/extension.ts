import * as vscode from 'vscode';
import type { RenderedReport } from '../shared/preview-protocol';
import { QuickFixes } from './code-actions';
import { newPostCommand, type NewPostArgs } from './commands/new-post';
import { LifecycleCommands, targets } from './commands/lifecycle-commands';
import { COMPLETION_TRIGGERS, FrontmatterCompletion } from './completion';
import { Diagnostics } from './diagnostics';
import { FrontmatterHover } from './hover';
import { WorkspaceIndex } from './index/workspace-index';
import { POST_SELECTOR, PostDocuments } from './post-documents';
import { PreviewPanel } from './preview/preview-panel';
import { JsonSchemaFiles } from './schema/json-schema-files';
import { RuleContexts } from './rules/rule-contexts';
import { SchemaResolver } from './schema/schema-resolver';
import { SiteLayouts } from './site/site-layouts';
import { SiteModels } from './site/site-models';
import { PostFactsReader } from './posts/post-facts';
import { PostStateStatus } from './status/post-state-status';
import { SchemaStatus } from './status/schema-status';
import { WorkspaceValidation } from './workspace-validation';

/** What the extension exposes to other extensions and to its own integration tests. */
export interface JamstackPostsApi {
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  /** Fires each time the preview webview has shown a render, with what it shows. */
  readonly onDidRenderPreview: vscode.Event<RenderedReport>;
  /** Resolves once the posts of every workspace folder are indexed. */
  indexed(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): JamstackPostsApi {
  const started = performance.now();
  const layouts = new SiteLayouts();
  const models = new SiteModels(layouts);
  const index = new WorkspaceIndex(context.extensionUri.fsPath, async (folder) => ({
    contentFolders: await models.contentFoldersOf(folder),
    imageFolders: await models.imageFoldersOf(folder),
  }));
  const schemas = new SchemaResolver(new JsonSchemaFiles(), models, index);
  const posts = new PostDocuments(models);
  const contexts = new RuleContexts(schemas, models, index);
  const diagnostics = new Diagnostics(posts, schemas, contexts);
  const preview = new PreviewPanel(context.extensionUri, posts, layouts);
  const facts = new PostFactsReader(schemas, models, index);
  const lifecycle = new LifecycleCommands(posts, facts);

  context.subscriptions.push(
    layouts,
    models,
    index,
    schemas,
    diagnostics,
    preview,
    new SchemaStatus(posts, schemas),
    new PostStateStatus(posts, facts),
    new WorkspaceValidation(index, models, contexts, schemas),
    vscode.languages.registerCompletionItemProvider(POST_SELECTOR, new FrontmatterCompletion(posts, schemas, models, index), ...COMPLETION_TRIGGERS),
    vscode.languages.registerCodeActionsProvider(POST_SELECTOR, new QuickFixes(diagnostics), QuickFixes.metadata),
    vscode.languages.registerHoverProvider(POST_SELECTOR, new FrontmatterHover(posts, schemas, models)),
    vscode.commands.registerCommand('jamstackPosts.openPreviewToSide', (uri?: vscode.Uri) => preview.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('jamstackPosts.newPost', (args?: NewPostArgs | vscode.Uri) => newPostCommand({ models, schemas, index, facts }, args)),
    vscode.commands.registerCommand('jamstackPosts.toggleDraft', (uri?: unknown, selection?: unknown) => lifecycle.toggleDraft(targets(uri, selection))),
    vscode.commands.registerCommand('jamstackPosts.publishNow', (uri?: unknown, selection?: unknown) => lifecycle.publishNow(targets(uri, selection))),
    vscode.commands.registerCommand('jamstackPosts.schedule', (uri?: unknown, selection?: unknown, at?: string) =>
      lifecycle.schedule(targets(uri, selection), typeof at === 'string' ? at : undefined)),
  );

  // The index is built off the typing path: started after activation, in a worker thread.
  const indexed = () => Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => index.ready(f))).then(() => undefined);
  setTimeout(() => void indexed(), 0);

  return { activationMs: performance.now() - started, onDidRenderPreview: preview.onDidReport, indexed };
}

export function deactivate(): void {}
