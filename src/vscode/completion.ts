import * as vscode from 'vscode';
import { completeFrontmatter, type CompletionEntry } from '../core/complete/frontmatter-completion';
import { localDate, localDateTime } from '../core/dates/local-date';
import { rangeOf } from './convert';
import type { PostDocuments } from './post-documents';
import type { Schemas } from './schemas';

export const COMPLETION_TRIGGERS = [':', ' ', '-'];

/** Keys and values inside frontmatter; nothing anywhere else in the file. */
export class FrontmatterCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly posts: PostDocuments, private readonly schemas: Schemas) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.CompletionItem[] | undefined> {
    const post = this.posts.parsed(document);
    if (!post.block) return undefined;
    const schema = await this.schemas.schemaFor(document.uri);
    if (token.isCancellationRequested) return undefined;
    const now = new Date();
    const result = completeFrontmatter({
      post: this.posts.parsed(document),
      offset: document.offsetAt(position),
      schema,
      today: localDate(now),
      now: localDateTime(now),
    });
    if (!result) return undefined;
    const range = rangeOf(document, result.replaceStart, result.replaceEnd);
    return result.items.map((entry) => toItem(entry, range));
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
