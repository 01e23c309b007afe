import * as vscode from 'vscode';
import { postState } from '../../core/posts/post-state';
import { POST_LANGUAGES, type PostDocuments } from '../post-documents';
import type { PostFactsReader } from '../posts/post-facts';

const DEBOUNCE_MS = 200;

/** Shows whether the active post is a draft, scheduled or published; a click toggles its draft state. */
export class PostStateStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('jamstackPosts.state', vscode.StatusBarAlignment.Right, 101);
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly posts: PostDocuments, private readonly facts: PostFactsReader) {
    this.item.name = 'Jamstack Posts: post state';
    this.item.command = 'jamstackPosts.toggleDraft';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule(DEBOUNCE_MS)),
    ];
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(++this.generation), delay);
  }

  private async update(generation: number): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const isPost = document && POST_LANGUAGES.includes(document.languageId) && (await this.posts.isPost(document)).post;
    const post = isPost ? this.posts.parsed(document) : undefined;
    const facts = document && post ? await this.facts.factsOf(document.uri, post) : undefined;
    if (generation !== this.generation) return;
    if (!facts || !post || !post.block) {
      this.item.hide();
      return;
    }
    const { state, date } = postState({ ...facts, post, now: new Date() });
    const when = date ? date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : undefined;
    this.item.text = state === 'draft' ? '$(edit) Draft' : state === 'scheduled' ? `$(clock) Scheduled${when ? ` · ${when}` : ''}` : '$(check) Published';
    this.item.tooltip = state === 'draft'
      ? 'A draft: the production build leaves it out. Click to publish (toggle draft).'
      : `${state === 'scheduled' ? 'Scheduled' : 'Published'}: click to make it a draft again.`;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
