import * as vscode from 'vscode';
import { parsePost } from '../core/frontmatter/parse-post';
import { validateBody } from '../core/rules/body';
import type { Problem } from '../core/rules/problem';
import { withSeverities } from '../core/rules/severity';
import { validatePost } from '../core/rules/validate';
import { LineIndex } from '../core/text/line-index';
import { severityOf } from './convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { WorkspaceIndex } from './index/workspace-index';
import { severitySettings, type RuleContexts } from './rules/rule-contexts';
import type { SchemaResolver } from './schema/schema-resolver';
import type { SiteModels } from './site/site-models';

/** Work done between two yields to the event loop, so the extension host stays responsive. */
const SLICE_MS = 15;
const FILE_DEBOUNCE_MS = 300;
const PROGRESS_AFTER = 500;

/**
 * Puts the problems of every post of the site into the Problems list, not only of open ones: a full pass once the
 * index is built and whenever a schema changes, then file by file as posts change on disk. Open posts are left
 * to the live diagnostics.
 */
export class WorkspaceValidation implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-workspace`);
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private pass = 0;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly models: SiteModels,
    private readonly contexts: RuleContexts,
    schemas: SchemaResolver,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,mdx,markdown}');
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.scheduleFile(uri)),
      watcher.onDidCreate((uri) => this.scheduleFile(uri)),
      watcher.onDidDelete((uri) => this.collection.delete(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.collection.delete(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => this.scheduleFile(document.uri)),
      schemas.onDidChangeSchemas(() => void this.validateAll()),
    );
    void this.validateAll();
  }

  private enabled(uri?: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('jamstackPosts.validation', uri).get<boolean>('workspace', true);
  }

  /** Validates every indexed post of every folder, in slices; a newer pass stops an older one. */
  private async validateAll(): Promise<void> {
    const pass = ++this.pass;
    if (!this.enabled()) {
      this.collection.clear();
      return;
    }
    const files: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      await this.index.ready(folder);
      if (pass !== this.pass) return;
      for (const [path] of this.index.indexOf(folder).postsIn('')) files.push(vscode.Uri.joinPath(folder.uri, path));
    }
    const run = async (progress?: vscode.Progress<{ increment: number }>) => {
      let sliceStart = performance.now();
      for (const uri of files) {
        if (pass !== this.pass) return;
        await this.validateFile(uri);
        progress?.report({ increment: 100 / files.length });
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    };
    if (files.length < PROGRESS_AFTER) return run();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Jamstack Posts: checking ${files.length} posts` },
      run,
    );
  }

  private scheduleFile(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.validateFile(uri);
    }, FILE_DEBOUNCE_MS));
  }

  private async validateFile(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (open || !this.enabled(uri) || !(await this.models.isInContentFolder(uri))) {
      this.collection.delete(uri);
      return;
    }
    const bytes = await vscode.workspace.fs.readFile(uri).then((b) => b, () => undefined);
    if (!bytes) {
      this.collection.delete(uri);
      return;
    }
    const text = new TextDecoder().decode(bytes);
    const post = parsePost(text);
    const context = await this.contexts.contextFor(uri, post, true);
    const problems = withSeverities([...validatePost(context), ...validateBody(context)], severitySettings(uri));
    const lines = new LineIndex(text);
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return; // opened meanwhile
    this.collection.set(uri, problems.map((problem) => toDiagnostic(lines, problem)));
  }

  dispose(): void {
    this.pass++;
    this.timers.forEach(clearTimeout);
    this.disposables.forEach((d) => d.dispose());
  }
}

function toDiagnostic(lines: LineIndex, problem: Problem): vscode.Diagnostic {
  const start = lines.positionAt(problem.start);
  const end = lines.positionAt(problem.end);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start.line, start.character, end.line, end.character),
    problem.message,
    severityOf(problem.severity),
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}
