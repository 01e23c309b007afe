import * as vscode from 'vscode';
import { parsePost, type ParsedPost } from '../core/frontmatter/parse-post';
import type { SiteModels } from './site/site-models';

export const POST_LANGUAGES = ['markdown', 'mdx'];
export const POST_SELECTOR: vscode.DocumentSelector = POST_LANGUAGES.map((language) => ({ language }));

/** Which open documents are posts, and their parse for the current version, computed once per version. */
export class PostDocuments {
  private readonly parsedByDocument = new WeakMap<vscode.TextDocument, { version: number; post: ParsedPost }>();

  constructor(private readonly models: SiteModels) {}

  parsed(document: vscode.TextDocument): ParsedPost {
    const cached = this.parsedByDocument.get(document);
    if (cached && cached.version === document.version) return cached.post;
    const post = parsePost(document.getText());
    this.parsedByDocument.set(document, { version: document.version, post });
    return post;
  }

  /** A Markdown file is a post when it has frontmatter or lives in one of the site's content folders. */
  async isPost(document: vscode.TextDocument): Promise<{ post: boolean; inContentFolder: boolean }> {
    if (!POST_LANGUAGES.includes(document.languageId)) return { post: false, inContentFolder: false };
    const inContentFolder = await this.models.isInContentFolder(document.uri);
    return { post: inContentFolder || this.parsed(document).block !== undefined, inContentFolder };
  }
}
