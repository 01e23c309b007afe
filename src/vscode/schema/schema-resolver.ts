import * as vscode from 'vscode';
import type { ParsedPost } from '../../core/frontmatter/parse-post';
import { BUILTIN_SCHEMA } from '../../core/schema/builtin';
import type { PostSchema } from '../../core/schema/model';
import { inferCollection } from '../../core/schema/sources/inferred';
import type { Collection } from '../../core/site/collection';
import { collectionFor } from '../../core/site/read-site';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { SiteModels } from '../site/site-models';
import type { JsonSchemaFiles } from './json-schema-files';

export interface ResolvedSchema {
  readonly schema: PostSchema;
  /** The collection the post belongs to, when the site declares one. */
  readonly collection?: Collection;
  /** The workspace folder the post lies in. */
  readonly folder?: vscode.WorkspaceFolder;
}

/**
 * Which schema governs a post, most specific first: the JSON Schema named in the settings, a `$schema` key in the
 * post, the site's own collection (Astro, Decap, Front Matter CMS, Hugo archetype), a schema inferred from the
 * posts of the same folder, and the built-in default.
 */
export class SchemaResolver implements vscode.Disposable {
  private readonly inferred = new Map<string, Collection | undefined>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when any input of a schema changed, the index included. */
  readonly onDidChange = this.changed.event;
  private readonly schemasChanged = new vscode.EventEmitter<void>();
  /** Fires when a schema file, a site config or the settings changed (not for edits of posts). */
  readonly onDidChangeSchemas = this.schemasChanged.event;
  private readonly reported = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly jsonFiles: JsonSchemaFiles, private readonly models: SiteModels, private readonly index: WorkspaceIndex) {
    this.disposables = [
      this.changed,
      this.schemasChanged,
      jsonFiles.onDidChange(() => this.fireSchemas()),
      models.onDidChange((folder) => {
        this.index.rescan(folder);
        this.fireSchemas();
      }),
      index.onDidChange((folder) => {
        this.forgetInferred(folder);
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('jamstackPosts') && this.fireSchemas()),
    ];
  }

  private fireSchemas(): void {
    this.changed.fire();
    this.schemasChanged.fire();
  }

  async resolve(uri: vscode.Uri, post?: ParsedPost): Promise<ResolvedSchema> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const setting = vscode.workspace.getConfiguration('jamstackPosts', folder ?? uri).get<string>('schema')?.trim();
    if (setting) {
      const schema = await this.fromFile(resolvePath(setting, folder?.uri ?? vscode.Uri.joinPath(uri, '..')), setting, 'setting jamstackPosts.schema');
      if (schema) return { schema, folder };
    }
    const declared = post?.data.$schema;
    if (typeof declared === 'string' && !/^[a-z][\w+.-]*:\/\//i.test(declared)) {
      const schemaUri = resolvePath(declared, vscode.Uri.joinPath(uri, '..'));
      const schema = await this.fromFile(schemaUri, vscode.workspace.asRelativePath(schemaUri), '`$schema` key');
      if (schema) return { schema, folder };
    }
    if (!folder) return { schema: BUILTIN_SCHEMA };
    const model = await this.models.modelOf(folder);
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const collection = collectionFor(model.collections, relative);
    if (collection) return { schema: collection.schema, collection, folder };
    const inferred = this.inferredFor(folder, relative, model.layout.contentFolders);
    return inferred ? { schema: inferred.schema, collection: inferred, folder } : { schema: BUILTIN_SCHEMA, folder };
  }

  private async fromFile(uri: vscode.Uri, label: string, origin: string): Promise<PostSchema | undefined> {
    const schema = await this.jsonFiles.load(uri, label);
    if (typeof schema !== 'string') return schema;
    if (!this.reported.has(schema)) {
      this.reported.add(schema);
      void vscode.window.showWarningMessage(`${schema} (${origin}) Posts are checked with the site's own schema until it is fixed.`);
    }
    return undefined;
  }

  /** A schema from the posts of the content folder holding the file (or its own folder). */
  private inferredFor(folder: vscode.WorkspaceFolder, relative: string, contentFolders: readonly string[]): Collection | undefined {
    const contentFolder = contentFolders.find((c) => relative.startsWith(c + '/')) ?? relative.slice(0, Math.max(0, relative.lastIndexOf('/')));
    const key = `${folder.uri.toString()}|${contentFolder}`;
    if (!this.inferred.has(key)) {
      const posts = [...this.index.indexOf(folder).postsIn(contentFolder)].map(([, data]) => data);
      this.inferred.set(key, inferCollection(contentFolder, posts));
    }
    return this.inferred.get(key);
  }

  private forgetInferred(folder: vscode.WorkspaceFolder): void {
    const prefix = folder.uri.toString() + '|';
    for (const key of [...this.inferred.keys()]) if (key.startsWith(prefix)) this.inferred.delete(key);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function resolvePath(path: string, base: vscode.Uri): vscode.Uri {
  if (/^[a-z][\w+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return vscode.Uri.parse(path);
  return path.startsWith('/') ? vscode.Uri.file(path) : vscode.Uri.joinPath(base, path);
}
