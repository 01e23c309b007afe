import * as vscode from 'vscode';
import { keyHover } from '../core/hover/key-hover';
import { valueHover } from '../core/hover/value-hover';
import { resolveSitePath } from '../core/site/site-path';
import { rangeOf } from './convert';
import type { PostDocuments } from './post-documents';
import type { SchemaResolver } from './schema/schema-resolver';
import type { SiteModels } from './site/site-models';

/** Hovers in frontmatter: what a key means and which schema says so; what the build reads from a value. */
export class FrontmatterHover implements vscode.HoverProvider {
  constructor(private readonly posts: PostDocuments, private readonly schemas: SchemaResolver, private readonly models: SiteModels) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const post = this.posts.parsed(document);
    if (!post.block) return undefined;
    const offset = document.offsetAt(position);
    const { schema, folder } = await this.schemas.resolve(document.uri, post);
    const key = keyHover(post, offset, schema);
    if (key) return new vscode.Hover(new vscode.MarkdownString(key.contents), rangeOf(document, key.start, key.end));

    const model = folder ? await this.models.modelOf(folder) : undefined;
    const value = valueHover(post, offset, schema, {
      siteKind: model?.layout.kind ?? 'generic',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (!value) return undefined;
    const contents = new vscode.MarkdownString(value.contents);
    const image = folder && model ? this.thumbnail(post.text.slice(value.start, value.end), folder, document.uri, model.layout.publicFolder) : undefined;
    if (image) contents.appendMarkdown(`\n\n![preview](${image.toString()}|height=120)`);
    return new vscode.Hover(contents, rangeOf(document, value.start, value.end));
  }

  /** A picture of an image path's file, when the value is a path to an image the site has. */
  private thumbnail(source: string, folder: vscode.WorkspaceFolder, uri: vscode.Uri, publicFolder: string | undefined): vscode.Uri | undefined {
    const written = source.replace(/^["']|["']$/g, '');
    if (!/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(written)) return undefined;
    const postPath = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const target = resolveSitePath(written, postPath, publicFolder);
    return target === undefined ? undefined : vscode.Uri.joinPath(folder.uri, target);
  }
}
