// Runs dist/test/integration/*.test.js inside a real VS Code: code-server's extension host runs the
// suite, headless Chromium shows the workbench (shared/TESTING.md). Run `npm run build` first.
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureCodeServer, repoRoot, startCodeServer } from './code-server.mjs';
import { prepareRun, reportResults, testsIndex } from './test-run.mjs';

const timeoutMs = 5 * 60_000;
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

let server;
let browser;
async function cleanUp() {
  await browser?.close().catch(() => {});
  await server?.stop();
  browser = server = undefined;
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => cleanUp().finally(() => process.exit(code)));
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`integration: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function main() {
  ensureCodeServer();
  const { runDir, workspace, screenshotsDir, resultsPath } = prepareRun();
  console.log(`integration: run folder ${runDir}`);

  server = await startCodeServer({
    workspace,
    runDir,
    env: {
      JAMSTACK_POSTS_TEST_RESULTS: resultsPath,
      JAMSTACK_POSTS_SCREENSHOTS: screenshotsDir,
      // `npm run bench` prints the activation time the last run measured in this real VS Code.
      JAMSTACK_POSTS_ACTIVATION_FILE: join(repoRoot, '.cache/bench/activation.json'),
    },
  });
  const browserHome = join(runDir, 'chromium/home');
  mkdirSync(browserHome, { recursive: true });
  browser = await chromium.launchPersistentContext(join(runDir, 'chromium/profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1600, height: 1000 },
    env: { ...process.env, HOME: browserHome },
    // Playwright's own handlers exit the process before code-server is stopped; ours do both.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());

  const consoleLog = join(runDir, 'browser-console.log');
  writeFileSync(consoleLog, '');
  page.on('console', (message) => {
    if (message.type() === 'error') appendFileSync(consoleLog, `${message.text()} (${message.location().url})\n`);
  });
  page.on('pageerror', (error) => appendFileSync(consoleLog, `pageerror: ${error.stack ?? error}\n`));

  // Shots are taken one at a time while the test that asked for one waits for its file.
  let shots = Promise.resolve();
  const takeScreenshot = (name) => {
    shots = shots.then(async () => {
      const file = join(screenshotsDir, `${name}.png`);
      const partial = join(screenshotsDir, `.${name}.partial.png`);
      try {
        await page.screenshot({ path: partial });
        renameSync(partial, file); // the test sees the file only once it is complete
      } catch (error) {
        console.error(`integration: screenshot ${name} failed: ${error.message}`);
      }
    });
  };
  // The extension host's console.log arrives as its argument list, format string first.
  await page.exposeFunction('codeAutomationLog', (_level, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    console.log(text);
    const requested = /\[screenshot\] ([\w.-]+)/.exec(text);
    if (requested) takeScreenshot(requested[1]);
  });
  let exited;
  const exit = new Promise((resolve) => (exited = resolve));
  await page.exposeFunction('codeAutomationExit', (code, logs = []) => {
    // The workbench hands over its own log files on exit; kept for debugging a failed run.
    for (const { relativePath, contents } of logs) {
      const file = join(runDir, 'workbench-logs', relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
    }
    exited(code);
  });

  await page.goto(server.url(workspace, { extensionTestsPath: testsIndex }));
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([exit, timedOut]);
  clearTimeout(timer);
  await shots;
  if (outcome === 'timeout') {
    await page.screenshot({ path: join(runDir, 'timeout.png') }).catch(() => {});
    console.error(`integration: timed out after ${timeoutMs / 1000} s; workbench at ${join(runDir, 'timeout.png')}, ` +
      `logs in ${runDir}`);
    return 1;
  }
  console.log(`integration: screenshots in ${screenshotsDir}`);
  return reportResults(resultsPath);
}
