/**
 * Runs in a worker thread: reads every post of a workspace folder once, at start-up, so the extension host never
 * waits on thousands of file reads. Replies in batches as it goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFrontmatter } from '../../core/index/summarize';
import type { ScanReply, ScanRequest } from './index-protocol';

const POST = /\.(md|mdx|markdown)$/i;
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
const BATCH = 2000;

function send(reply: ScanReply): void {
  parentPort?.postMessage(reply);
}

/** Relative paths of the files under `folder` whose names match, skipping dependencies and hidden folders. */
function* files(root: string, folder: string, match: RegExp): Iterable<string> {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) yield* files(root, path, match);
    else if (entry.isFile() && match.test(entry.name)) yield path;
  }
}

function scan({ root, contentFolders, imageFolders }: ScanRequest): void {
  const started = performance.now();
  const seen = new Set<string>();
  let batch: Array<readonly [string, Record<string, unknown>]> = [];
  for (const folder of contentFolders) {
    for (const path of files(root, folder, POST)) {
      if (seen.has(path)) continue;
      seen.add(path);
      let text: string;
      try {
        text = readFileSync(join(root, path), 'utf8');
      } catch {
        continue;
      }
      const data = summarizeFrontmatter(text);
      if (data) batch.push([path, data]);
      if (batch.length >= BATCH) {
        send({ type: 'posts', posts: batch });
        batch = [];
      }
    }
  }
  if (batch.length > 0) send({ type: 'posts', posts: batch });
  const images: string[] = [];
  for (const { folder, urlPath } of imageFolders) {
    for (const path of files(root, folder, IMAGE)) {
      images.push(`${urlPath.replace(/\/$/, '')}/${folder === '' ? path : path.slice(folder.length + 1)}`);
    }
  }
  send({ type: 'images', paths: images });
  send({ type: 'done', files: seen.size, ms: performance.now() - started });
}

try {
  scan(workerData as ScanRequest);
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
