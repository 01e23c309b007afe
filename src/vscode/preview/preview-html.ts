import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The webview's page: nothing may load but the extension's own script (by nonce) and stylesheet, and images
 * from the folders the panel was given. Inline styles are allowed because posts' raw HTML uses them; with no
 * remote source allowed, CSS cannot fetch anything.
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'media', 'preview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'media', 'preview.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style}">
<title>Post preview</title>
</head>
<body>
<div id="banner" role="status"></div>
<article id="post"><header id="post-header"></header><div id="post-body"></div></article>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
