import * as vscode from 'vscode';
import { schemaFromJsonSchema } from '../../core/schema/json-schema';
import type { PostSchema } from '../../core/schema/model';

/**
 * JSON Schema files read into the internal model, each read once and again whenever it changes on disk or is
 * saved, so an edited schema takes effect without a reload.
 */
export class JsonSchemaFiles implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<PostSchema | string>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly saved = vscode.workspace.onDidSaveTextDocument((document) => this.reload(document.uri));

  /** The schema, or a sentence saying why the file cannot be used. */
  load(uri: vscode.Uri, label: string): Promise<PostSchema | string> {
    const key = uri.toString();
    let schema = this.loaded.get(key);
    if (!schema) {
      schema = this.read(uri, label);
      this.loaded.set(key, schema);
      this.watch(uri);
    }
    return schema;
  }

  private async read(uri: vscode.Uri, label: string): Promise<PostSchema | string> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return `The schema file ${label} was not found.`;
    }
    const result = schemaFromJsonSchema(text, `JSON Schema ${label}`);
    if (result.schema) return { ...result.schema, source: { ...result.schema.source, path: label } };
    return result.error ?? `${label} could not be read.`;
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

  dispose(): void {
    this.saved.dispose();
    this.changed.dispose();
    this.watchers.forEach((d) => d.dispose());
  }
}
