// What the code-server and test-electron runners share: a fresh run folder with its own copy of the
// fixture site (tests may edit files), and the reading of the results file test/integration/index.ts writes.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './code-server.mjs';

const fixtures = join(repoRoot, 'test/fixtures');
// A multi-root workspace of every fixture site: the main site first, then one site per kind of schema source.
const workspaceFile = 'integration.code-workspace';
export const testsIndex = join(repoRoot, 'dist/test/integration/index.js');
const keptRuns = 5; // older run folders are removed so .cache/ does not grow without end

export function prepareRun() {
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: run npm run build first`);
  const runsDir = join(repoRoot, '.cache/runs');
  mkdirSync(runsDir, { recursive: true });
  for (const old of readdirSync(runsDir).sort().slice(0, -(keptRuns - 1))) {
    rmSync(join(runsDir, old), { recursive: true, force: true });
  }
  const runDir = join(runsDir, new Date().toISOString().replace(/\D/g, '').slice(0, 17));
  const copy = join(runDir, 'fixtures');
  mkdirSync(copy, { recursive: true });
  // .gitkeep only keeps an empty fixture folder in git; it is not part of the site.
  cpSync(fixtures, copy, { recursive: true, filter: (src) => !src.endsWith('/.gitkeep') });
  const workspace = existsSync(join(copy, workspaceFile)) ? join(copy, workspaceFile) : join(copy, 'site');
  // Cleared so that a test waiting for a screenshot never finds one from an earlier run.
  const screenshotsDir = join(repoRoot, '.cache/screenshots');
  rmSync(screenshotsDir, { recursive: true, force: true });
  mkdirSync(screenshotsDir, { recursive: true });
  return { runDir, workspace, screenshotsDir, resultsPath: join(runDir, 'results.json') };
}

/** Prints the failures and the closing count line; returns the process exit code. */
export function reportResults(resultsPath) {
  if (!existsSync(resultsPath)) {
    console.error(`integration: no results at ${resultsPath} (the suite crashed or never started)`);
    return 1;
  }
  const { passed, failed, pending, failures } = JSON.parse(readFileSync(resultsPath, 'utf8'));
  for (const { title, message } of failures) console.log(`\nFAILED ${title}\n${message}`);
  if (pending) console.log(`${pending} pending`);
  console.log(`\nintegration: ${passed} passed, ${failed} failed`);
  if (passed === 0 && failed === 0) console.error('integration: no test ran');
  return failed > 0 || passed === 0 ? 1 : 0;
}
