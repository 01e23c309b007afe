// Asks the integration runner (scripts/vscode/run-integration-tests.mjs) for a screenshot of the
// workbench as it looks now. The request travels as a log line because that is the only channel from the
// extension host to the page; the runner writes the file under a temporary name and renames it when done.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The PNG's path, or undefined where no runner takes screenshots (e.g. under @vscode/test-electron). */
export async function screenshot(name: string): Promise<string | undefined> {
  const dir = process.env.JAMSTACK_POSTS_SCREENSHOTS;
  if (!dir) return undefined;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be letters, digits, '.', '_' or '-': ${name}`);
  const file = join(dir, `${name}.png`);
  rmSync(file, { force: true }); // a shot of the same name taken earlier must not answer this request
  console.log(`[screenshot] ${name}`);
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    if (existsSync(file)) return file;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`screenshot ${name} did not appear in ${dir} within 15 s`);
}
