import * as vscode from 'vscode';
import { bodyStretches } from '../core/rules/body';
import type { Problem, RuleContext } from '../core/rules/problem';
import { withSeverities } from '../core/rules/severity';
import { validatePost } from '../core/rules/validate';
import { rangeOf, severityOf } from './convert';
import type { PostDocuments } from './post-documents';
import { severitySettings, type RuleContexts } from './rules/rule-contexts';
import type { SchemaResolver } from './schema/schema-resolver';

export const DIAGNOSTIC_SOURCE = 'jamstack-posts';
const DEBOUNCE_MS = 150;

/**
 * Validates posts as they are typed: each change restarts a short timer, and a result is shown only if the
 * document is still at the version it was computed for.
 */
export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly problemsByUri = new Map<string, { version: number; problems: readonly Problem[] }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly posts: PostDocuments, schemas: SchemaResolver, private readonly contexts: RuleContexts) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      schemas.onDidChange(() => this.revalidateAll()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('jamstackPosts') && this.revalidateAll()),
    );
    this.revalidateAll();
  }

  /** The problems behind the diagnostics shown for a document version, for quick fixes. */
  problemsFor(document: vscode.TextDocument): readonly Problem[] {
    const entry = this.problemsByUri.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.problems : [];
  }

  private revalidateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.validate(document);
    }, delay));
  }

  private async validate(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const { post: isPost, inContentFolder } = await this.posts.isPost(document);
    if (!isPost || document.isClosed) {
      this.clear(document.uri);
      return;
    }
    const post = this.posts.parsed(document);
    const context = await this.contexts.contextFor(document.uri, post, inContentFolder);
    if (document.version !== version || document.isClosed) return; // a newer change has its own timer
    const body = await this.bodyProblems(context, document, version);
    if (!body) return;
    const problems = withSeverities([...validatePost(context), ...body], severitySettings(document.uri));
    this.problemsByUri.set(document.uri.toString(), { version, problems });
    this.collection.set(document.uri, problems.map((problem) => toDiagnostic(document, problem)));
  }

  /**
   * The body checks, a stretch at a time with a yield between stretches, so a very large post never holds the
   * extension host for long. Undefined when the document changed meanwhile: the newer change has its own run.
   */
  private async bodyProblems(context: RuleContext, document: vscode.TextDocument, version: number): Promise<Problem[] | undefined> {
    const problems: Problem[] = [];
    for (const stretch of bodyStretches(context)) {
      problems.push(...stretch.problems);
      if (!stretch.last) await new Promise((resolve) => setImmediate(resolve));
      if (document.version !== version || document.isClosed) return undefined;
    }
    return problems;
  }

  private clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.problemsByUri.delete(uri.toString());
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((d) => d.dispose());
  }
}

function toDiagnostic(document: vscode.TextDocument, problem: Problem): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(document, problem.start, problem.end), problem.message, severityOf(problem.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}
