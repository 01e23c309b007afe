// Entry point the extension host calls with extensionTestsPath (code-server or @vscode/test-electron).
// The exit code VS Code passes back does not carry the counts, so they go to a JSON file the runner reads.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { JamstackPostsApi } from '../../src/vscode/extension';

interface Results {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20000, color: false, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const results: Results = { passed: 0, failed: 0, pending: 0, failures: [] };
  return new Promise((resolve, reject) => {
    try {
      mocha
        .run(() => {
          const path = process.env.JAMSTACK_POSTS_TEST_RESULTS;
          if (path) writeFileSync(path, JSON.stringify(results, null, 2));
          recordActivationTime();
          resolve(); // failures are reported through the results file, not by rejecting
        })
        .on('pass', () => results.passed++)
        .on('pending', () => results.pending++)
        .on('fail', (test, error: Error) => {
          results.failed++;
          results.failures.push({ title: test.fullTitle(), message: String(error?.stack ?? error) });
        });
    } catch (error) {
      console.error(error); // e.g. a test file that throws while loading
      reject(error);
    }
  });
}

/** A figure for the benchmarks, not a test: how long `activate` took in this real VS Code. */
function recordActivationTime(): void {
  const path = process.env.JAMSTACK_POSTS_ACTIVATION_FILE;
  const api = vscode.extensions.getExtension<JamstackPostsApi>('jamstack-posts.jamstack-posts')?.exports;
  if (!path || !api) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ activationMs: api.activationMs, measuredAt: new Date().toISOString() }));
}
