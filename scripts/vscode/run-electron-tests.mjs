// Runs the integration suite in desktop VS Code through @vscode/test-electron, where VS Code can be
// downloaded (it cannot on machines that reach only package registries: then this says so and exits 0).
// On Linux without a display, run it under xvfb-run. Run `npm run build` first.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { repoRoot } from './code-server.mjs';
import { prepareRun, reportResults, testsIndex } from './test-run.mjs';

const downloadTimeoutMs = 60_000;

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`electron: ${error.message ?? error}`);
  process.exitCode = 1;
}

async function main() {
  const { runDir, workspace, resultsPath } = prepareRun();
  let vscodeExecutablePath;
  try {
    let timer;
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no answer in ${downloadTimeoutMs / 1000} s`)), downloadTimeoutMs);
    });
    const download = downloadAndUnzipVSCode({
      cachePath: join(repoRoot, '.cache/vscode-test'),
      timeout: downloadTimeoutMs,
    });
    vscodeExecutablePath = await Promise.race([download, timeout]).finally(() => clearTimeout(timer));
  } catch (error) {
    console.log(`skipped: VS Code could not be downloaded (${String(error.message ?? error).split('\n')[0]})`);
    return 0;
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsIndex,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust',
      `--user-data-dir=${join(runDir, 'vscode-user-data')}`],
    extensionTestsEnv: { JAMSTACK_POSTS_TEST_RESULTS: resultsPath },
  }).catch((error) => console.error(`electron: ${error.message ?? error}`)); // the results file tells more
  return reportResults(resultsPath);
}
