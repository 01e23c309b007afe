import * as vscode from 'vscode';
import { publishNow, schedule, setDraft, type LifecycleChange } from '../../core/posts/lifecycle';
import { postState } from '../../core/posts/post-state';
import type { PostDocuments } from '../post-documents';
import { applyChange } from '../posts/apply-change';
import type { PostFacts, PostFactsReader } from '../posts/post-facts';

type Change = (facts: PostFacts, document: vscode.TextDocument, now: Date) => LifecycleChange;

/** The posts a command acts on: the Explorer selection, the file given, or the active editor's post. */
export function targets(uri?: unknown, selection?: unknown): vscode.Uri[] {
  if (Array.isArray(selection) && selection.every((u) => u instanceof vscode.Uri) && selection.length > 0) return selection;
  if (uri instanceof vscode.Uri) return [uri];
  const active = vscode.window.activeTextEditor?.document.uri;
  return active ? [active] : [];
}

/**
 * Toggle Draft, Publish Now and Schedule…, whichever convention the site uses (a `draft` or `published` flag,
 * Jekyll's `_drafts/` folder) and in YAML, TOML and JSON frontmatter. Each post changes in one undo step; a post
 * that cannot be parsed is left untouched and the user is told why. Returns the new state of each changed post.
 */
export class LifecycleCommands {
  constructor(private readonly posts: PostDocuments, private readonly facts: PostFactsReader) {}

  toggleDraft(uris: readonly vscode.Uri[]): Promise<Array<string | undefined>> {
    return this.run(uris, 'Toggle Draft', (facts, document, now) => {
      const { state } = postState({ ...facts, post: this.posts.parsed(document), now });
      return setDraft({ ...facts, post: this.posts.parsed(document), draft: state !== 'draft', now });
    });
  }

  publishNow(uris: readonly vscode.Uri[]): Promise<Array<string | undefined>> {
    return this.run(uris, 'Publish Now', (facts, document, now) => publishNow({ ...facts, post: this.posts.parsed(document), now }));
  }

  async schedule(uris: readonly vscode.Uri[], at?: string): Promise<Array<string | undefined>> {
    const when = at ?? (await askWhen());
    if (!when) return [];
    const date = new Date(when);
    if (Number.isNaN(date.getTime())) {
      void vscode.window.showErrorMessage(`"${when}" is not a date and time.`);
      return [];
    }
    return this.run(uris, 'Schedule', (facts, document, now) => schedule({ ...facts, post: this.posts.parsed(document), at: date, now }));
  }

  private async run(uris: readonly vscode.Uri[], title: string, change: Change): Promise<Array<string | undefined>> {
    if (uris.length === 0) {
      void vscode.window.showInformationMessage(`Open a post, or select posts in the Explorer, to ${title.toLowerCase()}.`);
      return [];
    }
    const now = new Date();
    const results: Array<string | undefined> = [];
    const failures: string[] = [];
    for (const uri of uris) {
      const document = await vscode.workspace.openTextDocument(uri);
      const facts = await this.facts.factsOf(uri, this.posts.parsed(document));
      const planned: LifecycleChange = facts ? change(facts, document, now) : { error: 'it is not in a workspace folder' };
      const outcome = facts ? await applyChange(document, facts.folder, planned) : (planned as { error: string }).error;
      if (typeof outcome === 'string') {
        failures.push(`${vscode.workspace.asRelativePath(uri)}: ${outcome}`);
        results.push(undefined);
      } else {
        results.push('state' in planned ? planned.state : undefined);
      }
    }
    if (failures.length > 0) {
      void vscode.window.showWarningMessage(`${title}: ${failures.length === 1 ? failures[0] : `${failures.length} posts were left untouched. ${failures.join(' ')}`}`);
    }
    const changed = results.filter(Boolean).length;
    if (changed > 0) vscode.window.setStatusBarMessage(`$(check) ${title}: ${changed === 1 ? `now ${results.find(Boolean)}` : `${changed} posts changed`}`, 4000);
    return results;
  }
}

async function askWhen(): Promise<string | undefined> {
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const value = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())} 09:00`;
  const answer = await vscode.window.showInputBox({
    title: 'Schedule',
    prompt: 'When the post should go live, in your time zone (YYYY-MM-DD HH:mm)',
    value,
    validateInput: (text) => {
      const date = new Date(text.trim().replace(' ', 'T'));
      if (Number.isNaN(date.getTime())) return 'Write a date and time such as 2026-12-01 09:00.';
      return date.getTime() <= Date.now() ? 'Choose a moment in the future.' : undefined;
    },
  });
  return answer?.trim().replace(' ', 'T');
}
