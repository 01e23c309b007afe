// Starts code-server (VS Code 1.100 as server + browser workbench) for the integration tests and
// scripts/start.mjs. Why code-server and these flags: shared/TESTING.md.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const codeServerDir = join(repoRoot, '.cache/code-server/node_modules/code-server');
const host = '127.0.0.1'; // webviews need a secure context, which plain http has only on loopback

/** Runs the installer; it returns at once when code-server is already installed. */
export function ensureCodeServer() {
  const result = spawnSync('bash', [join(repoRoot, 'scripts/vscode/install-code-server.sh')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('installing code-server failed (scripts/vscode/install-code-server.sh)');
}

/** The given port when it is free, else the next free one above it, else any free port. */
export async function freePort(preferred = 0) {
  for (let port = preferred; preferred && port < preferred + 20; port++) {
    if (await canListen(port)) return port;
  }
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function canListen(port) {
  return new Promise((done) => {
    const server = createServer().once('error', () => done(false));
    server.listen(port, host, () => server.close(() => done(true)));
  });
}

/**
 * The workbench URL that opens `workspace` with an extension loaded from source and, optionally, its
 * test runner. The payload's authority must be exactly the host:port the page is loaded from.
 */
export function workbenchUrl(port, workspace, { extensionDevelopmentPath = repoRoot, extensionTestsPath } = {}) {
  const remote = (path) => `vscode-remote://${host}:${port}${resolve(path)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const target = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  const query = new URLSearchParams({ [target]: resolve(workspace), payload: JSON.stringify(payload) });
  return `http://${host}:${port}/?${query}`;
}

// A quiet window: no welcome walkthrough over the editors, no notice about the repository that holds
// .cache/runs/, no prompts. Screenshots then show the extension's own UI.
const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
};

/**
 * Starts code-server with all of its state inside `runDir`. `trust: false` leaves workspace trust on, so
 * the window opens in Restricted Mode. `env` reaches the extension host, which inherits the server's.
 * `settings` are added to the user settings when the run folder has none yet.
 */
export async function startCodeServer({ workspace, port, runDir, trust = true, env = {}, settings = {} }) {
  const entry = join(codeServerDir, 'out/node/entry.js');
  if (!existsSync(entry)) throw new Error(`code-server is not installed: run bash scripts/setup.sh`);
  port = port ?? (await freePort());
  runDir = resolve(runDir);
  const dirs = {};
  for (const name of ['home', 'tmp', 'config', 'data', 'cache']) {
    dirs[name] = join(runDir, 'code-server', name);
    mkdirSync(dirs[name], { recursive: true, mode: 0o700 });
  }
  // Only sockets go here, and a socket path must stay under 108 bytes, which a deep run folder exceeds.
  const runtimeDir = mkdtempSync(join(tmpdir(), 'code-server-'));
  const userData = join(runDir, 'code-server/user-data');
  const settingsFile = join(userData, 'User/settings.json');
  if (!existsSync(settingsFile)) { // a reused run folder keeps what its user changed
    mkdirSync(dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({ ...defaultSettings, ...settings }, null, 2));
  }

  const args = [
    entry,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', join(runDir, 'code-server/config.yaml'),
    '--user-data-dir', userData,
    '--extensions-dir', join(runDir, 'code-server/extensions'),
  ];
  if (trust) args.push('--disable-workspace-trust');

  // Variables a VS Code terminal sets would make the server talk to that other VS Code.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_')));
  const logPath = join(runDir, 'code-server.log');
  const log = createWriteStream(logPath);
  await new Promise((done) => log.once('open', done));
  const child = spawn(process.execPath, args, {
    cwd: workspace.endsWith('.code-workspace') ? dirname(resolve(workspace)) : resolve(workspace),
    detached: true, // its own process group, so stop() also ends the extension host and other children
    stdio: ['ignore', log, log],
    env: {
      ...inherited,
      EXTENSIONS_GALLERY: '{}', // no marketplace look-ups
      HOME: dirs.home,
      TMPDIR: dirs.tmp,
      XDG_CONFIG_HOME: dirs.config,
      XDG_DATA_HOME: dirs.data,
      XDG_CACHE_HOME: dirs.cache,
      XDG_RUNTIME_DIR: runtimeDir,
      ...env,
    },
  });
  const exited = new Promise((done) => child.once('exit', done));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // no process left in the group
    }
  };
  // Covers every way this process ends (errors, process.exit) except SIGKILL.
  process.once('exit', () => {
    signalGroup('SIGKILL');
    rmSync(runtimeDir, { recursive: true, force: true });
  });

  async function stop() {
    signalGroup('SIGTERM');
    const force = setTimeout(() => signalGroup('SIGKILL'), 5000);
    await exited;
    clearTimeout(force);
    // The extension host outlives the server by a moment; orphans that linger (or stay as zombies where
    // PID 1 does not reap) get a second and then SIGKILL.
    for (let i = 0; i < 10 && signalGroup(0); i++) await new Promise((done) => setTimeout(done, 100));
    signalGroup('SIGKILL');
    log.end();
    rmSync(runtimeDir, { recursive: true, force: true });
  }

  try {
    await waitForHealth(port, exited, logPath);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    logPath,
    exited,
    url: (folder = workspace, payload) => workbenchUrl(port, folder, payload),
    stop,
  };
}

async function waitForHealth(port, exited, logPath, timeoutMs = 60_000) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    try {
      const response = await fetch(`http://${host}:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  const tail = readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n');
  throw new Error(`code-server ${gone ? 'exited' : 'did not answer /healthz'} on port ${port}; log ${logPath}:\n${tail}`);
}
