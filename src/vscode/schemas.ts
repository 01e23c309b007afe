import * as vscode from 'vscode';
import { BUILTIN_SCHEMA } from '../core/schema/builtin';
import { schemaFromJsonSchema } from '../core/schema/json-schema';
import type { PostSchema } from '../core/schema/model';

/**
 * The schema that governs each post: the JSON Schema named in `jamstackPosts.schema`, else the built-in default.
 * A schema file is re-read when it changes on disk, without a reload.
 */
export class Schemas implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<PostSchema>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly reported = new Set<string>();

  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((document) => this.reload(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('jamstackPosts.schema')) {
          this.loaded.clear();
          this.changed.fire();
        }
      }),
    );
  }

  async schemaFor(uri: vscode.Uri): Promise<PostSchema> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const setting = vscode.workspace.getConfiguration('jamstackPosts', folder ?? uri).get<string>('schema')?.trim();
    if (!setting) return BUILTIN_SCHEMA;
    const schemaUri = /^[a-z][\w+.-]*:/i.test(setting) || setting.startsWith('/')
      ? vscode.Uri.file(setting)
      : vscode.Uri.joinPath(folder?.uri ?? vscode.Uri.joinPath(uri, '..'), setting);
    const key = schemaUri.toString();
    let schema = this.loaded.get(key);
    if (!schema) {
      schema = this.load(schemaUri, setting);
      this.loaded.set(key, schema);
      this.watch(schemaUri);
    }
    return schema;
  }

  private reload(uri: vscode.Uri): void {
    if (this.loaded.delete(uri.toString())) this.changed.fire();
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const pattern = new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1));
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = () => this.reload(uri);
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)));
  }

  private async load(uri: vscode.Uri, label: string): Promise<PostSchema> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return this.fallback(`The schema file ${label} (setting jamstackPosts.schema) was not found.`);
    }
    const result = schemaFromJsonSchema(text, `JSON Schema ${label}`);
    if (!result.schema) return this.fallback(result.error ?? `${label} could not be read.`);
    this.reported.delete(label);
    return result.schema;
  }

  /** Tells the user once per problem, and keeps checking posts with the built-in schema meanwhile. */
  private fallback(message: string): PostSchema {
    if (!this.reported.has(message)) {
      this.reported.add(message);
      void vscode.window.showWarningMessage(`${message} Posts are checked with the built-in schema until it is fixed.`);
    }
    return BUILTIN_SCHEMA;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.watchers.forEach((d) => d.dispose());
  }
}
