// Opens an example site in a real VS Code with this extension loaded from source (dist/, so run
// `npm run build` first): code-server in the browser by default, or desktop VS Code with --desktop.
//   node scripts/start.mjs [folder] [--desktop]      PORT=9000 node scripts/start.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCodeServer, freePort, repoRoot, startCodeServer } from './vscode/code-server.mjs';

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? join(repoRoot, 'examples/astro-blog'));

if (!existsSync(folder)) fail(`no folder ${folder}`);
if (!existsSync(join(repoRoot, 'dist/extension.js'))) fail('dist/extension.js is missing: run npm run build first');

if (desktop) {
  const code = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  if (code.error) fail(`could not run the desktop 'code' command: ${code.error.message}`);
  process.exit(code.status ?? 1);
}

ensureCodeServer();
const server = await startCodeServer({
  workspace: folder,
  port: await freePort(Number(process.env.PORT) || 8080),
  runDir: join(repoRoot, '.cache/start'), // kept between starts, so settings and open editors persist
});
console.log(`\nVS Code with the extension loaded, on ${folder}:\n\n  ${server.url()}\n`);
console.log(`Open that address in a browser on this machine. Ctrl-C stops. Server log: ${server.logPath}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server');
    await server.stop();
    process.exit(0);
  });
}
await server.exited;
if (!stopping) fail(`code-server exited on its own; see ${server.logPath}`);

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}
