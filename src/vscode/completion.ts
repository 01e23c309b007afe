import * as vscode from 'vscode';
import { completeFrontmatter, type CompletionEntry, type SiteValues } from '../core/complete/frontmatter-completion';
import { localDate, localDateTime } from '../core/dates/local-date';
import { rangeOf } from './convert';
import type { WorkspaceIndex } from './index/workspace-index';
import type { PostDocuments } from './post-documents';
import type { SchemaResolver } from './schema/schema-resolver';
import type { SiteModels } from './site/site-models';

export const COMPLETION_TRIGGERS = [':', ' ', '-', '[', ','];

/** Keys and values inside frontmatter, values from what the site already uses; nothing anywhere else. */
export class FrontmatterCompletion implements vscode.CompletionItemProvider {
  constructor(
    private readonly posts: PostDocuments,
    private readonly schemas: SchemaResolver,
    private readonly models: SiteModels,
    private readonly index: WorkspaceIndex,
  ) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.CompletionItem[] | undefined> {
    const post = this.posts.parsed(document);
    if (!post.block) return undefined;
    const { schema, folder } = await this.schemas.resolve(document.uri, post);
    if (token.isCancellationRequested) return undefined;
    const now = new Date();
    const result = completeFrontmatter({
      post,
      offset: document.offsetAt(position),
      schema,
      today: localDate(now),
      now: localDateTime(now),
      site: folder ? await this.siteValues(folder) : undefined,
    });
    if (!result || token.isCancellationRequested) return undefined;
    const range = rangeOf(document, result.replaceStart, result.replaceEnd);
    return result.items.map((entry) => toItem(entry, range));
  }

  private async siteValues(folder: vscode.WorkspaceFolder): Promise<SiteValues> {
    const index = this.index.indexOf(folder);
    const model = await this.models.modelOf(folder);
    return {
      valuesOf: (key) => index.valuesOf(key),
      images: index.images,
      postsOf: (name) => {
        const collection = model.collections.find((c) => c.name === name);
        if (!collection) return [];
        const prefix = collection.folder === '' ? '' : collection.folder + '/';
        return [...index.postsIn(collection.folder)].map(([path]) => path.slice(prefix.length).replace(/(\/index)?\.(md|mdx|markdown)$/i, ''));
      },
    };
  }
}

function toItem(entry: CompletionEntry, range: vscode.Range): vscode.CompletionItem {
  const item = new vscode.CompletionItem(entry.label, kindOf(entry));
  item.insertText = entry.insertText;
  item.range = range;
  item.sortText = entry.sortText;
  item.detail = entry.detail;
  if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
  if (entry.retrigger) item.command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };
  return item;
}

function kindOf(entry: CompletionEntry): vscode.CompletionItemKind {
  switch (entry.kind) {
    case 'key': return vscode.CompletionItemKind.Property;
    case 'date': return vscode.CompletionItemKind.Constant;
    case 'value': return vscode.CompletionItemKind.Value;
  }
}
