import * as vscode from 'vscode';
import { chooseRenderer } from '../../core/render/choose-renderer';
import { postHeader } from '../../core/render/post-header';
import type { HostToWebview, RenderedReport, WebviewToHost } from '../../shared/preview-protocol';
import { POST_LANGUAGES, type PostDocuments } from '../post-documents';
import type { SiteLayouts } from '../site/site-layouts';
import { previewHtml } from './preview-html';
import { RenderWorkerClient } from './render-worker-client';

const RENDER_DEBOUNCE_MS = 80;

/**
 * One preview panel beside the editor that follows the active post and its unsaved edits. Renders are debounced
 * and tagged with the document version; the webview reports back what it shows.
 */
export class PreviewPanel implements vscode.Disposable {
  static readonly viewType = 'jamstackPosts.preview';
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private roots = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly reported = new vscode.EventEmitter<RenderedReport>();
  /** Fires each time the webview has shown a render. */
  readonly onDidReport = this.reported.event;
  private readonly disposables: vscode.Disposable[] = [this.reported];
  private readonly worker: RenderWorkerClient;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly posts: PostDocuments,
    private readonly layouts: SiteLayouts,
  ) {
    this.worker = new RenderWorkerClient(extensionUri.fsPath);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleRender();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && POST_LANGUAGES.includes(editor.document.languageId) && editor.document !== this.document) {
          void this.follow(editor.document);
        }
      }),
    );
  }

  async show(uri?: vscode.Uri): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !POST_LANGUAGES.includes(document.languageId)) {
      void vscode.window.showInformationMessage('Open a Markdown post to preview it.');
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        PreviewPanel.viewType,
        'Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
        this.roots = '';
      }, null, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: WebviewToHost) => this.receive(message), null, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.follow(document);
  }

  private async follow(document: vscode.TextDocument): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    this.document = document;
    panel.title = `Preview ${document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1)}`;
    const roots = await this.resourceRoots(document);
    const key = roots.map(String).join('|');
    if (key !== this.roots) {
      this.roots = key;
      panel.webview.options = { enableScripts: true, localResourceRoots: roots };
      panel.webview.html = previewHtml(panel.webview, this.extensionUri); // the webview says `ready`, then renders
    } else {
      this.render();
    }
  }

  /** The extension's media, the post's folder and the site's public folder; nothing else. */
  private async resourceRoots(document: vscode.TextDocument): Promise<vscode.Uri[]> {
    const roots = [vscode.Uri.joinPath(this.extensionUri, 'dist', 'media'), vscode.Uri.joinPath(document.uri, '..')];
    const publicFolder = await this.publicFolder(document);
    if (publicFolder) roots.push(publicFolder);
    return roots;
  }

  private async publicFolder(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return undefined;
    const layout = await this.layouts.layoutOf(folder);
    if (layout.publicFolder === undefined) return undefined;
    return layout.publicFolder === '' ? folder.uri : vscode.Uri.joinPath(folder.uri, layout.publicFolder);
  }

  private scheduleRender(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), RENDER_DEBOUNCE_MS);
  }

  private render(): void {
    void this.renderNow();
  }

  private async renderNow(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const version = document.version;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const layout = folder ? await this.layouts.layoutOf(folder) : undefined;
    const publicFolder = await this.publicFolder(document);
    if (document !== this.document || document.version !== version) return; // a newer render is scheduled
    const setting = vscode.workspace.getConfiguration('jamstackPosts', document.uri).get<string>('preview.renderer');
    const post = this.posts.parsed(document);
    const outcome = await this.worker.render(chooseRenderer(layout?.kind ?? 'generic', setting), post.text.slice(post.bodyStart));
    if (outcome === 'superseded' || this.panel !== panel || this.document !== document || document.version !== version) return;
    if ('error' in outcome) {
      void vscode.window.showErrorMessage(`The preview could not render ${vscode.workspace.asRelativePath(document.uri)}: ${outcome.error}`);
      return;
    }
    const message: HostToWebview = {
      type: 'render',
      uri: document.uri.toString(),
      version,
      header: postHeader(post.data),
      html: outcome.html,
      renderer: outcome.describes,
      assets: {
        documentDir: panel.webview.asWebviewUri(vscode.Uri.joinPath(document.uri, '..')).toString(),
        publicRoot: publicFolder ? panel.webview.asWebviewUri(publicFolder).toString() : undefined,
      },
    };
    void panel.webview.postMessage(message);
  }

  private receive(message: WebviewToHost): void {
    switch (message.type) {
      case 'ready':
        this.render();
        return;
      case 'rendered':
        this.reported.fire(message);
        return;
      case 'openLink':
        void this.openLink(message.href);
        return;
    }
  }

  /** Web links open in the browser; links to other posts open them in the editor. */
  private async openLink(href: string): Promise<void> {
    if (/^https?:\/\//i.test(href) || /^mailto:/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href));
      return;
    }
    if (!this.document || /^[a-z][\w+.-]*:/i.test(href)) return;
    const path = decodeURIComponent(href.split(/[?#]/)[0]);
    if (path === '') return;
    const target = vscode.Uri.joinPath(this.document.uri, '..', path);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (exists) await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker.dispose();
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
