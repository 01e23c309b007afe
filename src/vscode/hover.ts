import * as vscode from 'vscode';
import { keyHover } from '../core/hover/key-hover';
import { rangeOf } from './convert';
import type { PostDocuments } from './post-documents';
import type { SchemaResolver } from './schema/schema-resolver';

/** Hovers on frontmatter keys. */
export class FrontmatterHover implements vscode.HoverProvider {
  constructor(private readonly posts: PostDocuments, private readonly schemas: SchemaResolver) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const post = this.posts.parsed(document);
    if (!post.block) return undefined;
    const { schema } = await this.schemas.resolve(document.uri, post);
    const hover = keyHover(post, document.offsetAt(position), schema);
    if (!hover) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(hover.contents), rangeOf(document, hover.start, hover.end));
  }
}
