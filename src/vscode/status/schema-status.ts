import * as vscode from 'vscode';
import type { SchemaSourceKind } from '../../core/schema/model';
import { POST_LANGUAGES, type PostDocuments } from '../post-documents';
import type { SchemaResolver } from '../schema/schema-resolver';

const SHORT: Record<SchemaSourceKind, string> = {
  builtin: 'Built-in schema',
  'json-schema': 'JSON Schema',
  astro: 'Astro',
  'astro-config': 'Astro',
  decap: 'Decap',
  'frontmatter-cms': 'Front Matter CMS',
  'hugo-archetype': 'Hugo archetype',
  inferred: 'Inferred schema',
};

/** A status-bar item naming the schema that governs the active post; a click opens that schema's file. */
export class SchemaStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('jamstackPosts.schema', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private generation = 0;

  constructor(private readonly posts: PostDocuments, private readonly schemas: SchemaResolver) {
    this.item.name = 'Jamstack Posts: schema';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      schemas.onDidChange(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    void this.show(++this.generation);
  }

  private async show(generation: number): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const isPost = document && POST_LANGUAGES.includes(document.languageId) && (await this.posts.isPost(document)).post;
    if (generation !== this.generation) return;
    if (!document || !isPost) {
      this.item.hide();
      return;
    }
    const { schema, collection, folder } = await this.schemas.resolve(document.uri, this.posts.parsed(document));
    if (generation !== this.generation) return;
    const source = schema.source;
    this.item.text = `$(symbol-structure) ${SHORT[source.kind]}${collection && source.kind !== 'inferred' ? `: ${collection.name}` : ''}`;
    this.item.tooltip = `Frontmatter checked against ${source.label}${source.approximate ? ' (approximate)' : ''}`;
    this.item.command = source.path && folder
      ? { title: 'Open the schema', command: 'vscode.open', arguments: [vscode.Uri.joinPath(folder.uri, source.path)] }
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
