#!/usr/bin/env bash
# Installs code-server (a real VS Code: server + browser workbench) into .cache/code-server/ for the
# integration tests and scripts/start.mjs. Recipe and reasons: shared/TESTING.md. The npm registry is the
# only download source, so every step that would fetch a prebuilt binary is skipped or redirected.
set -euo pipefail

VERSION=4.100.3 # the newest code-server that runs on Node 20
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/.cache/code-server"
STAMP="$DIR/.installed-$VERSION"
CS="$DIR/node_modules/code-server"
VS="$CS/lib/vscode"

[ -f "$STAMP" ] && exit 0

start=$(date +%s)
echo "installing code-server $VERSION into $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"

# node-gyp would otherwise download Node headers; the machine's own are in /usr/include/node.
export npm_config_nodedir=/usr
# Native rebuilds below must run their scripts even if npm is configured to skip them.
export npm_config_ignore_scripts=false npm_config_yes=true
quiet=(--no-audit --no-fund --loglevel=error)

echo '{"name":"code-server-cache","private":true}' > package.json
npm install "${quiet[@]}" --ignore-scripts "code-server@$VERSION"
npm rebuild "${quiet[@]}" argon2

cd "$VS"
npm install "${quiet[@]}" --omit=dev --ignore-scripts
# @vscode/ripgrep's postinstall downloads rg from GitHub; it is skipped when bin/ already exists.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm rebuild "${quiet[@]}" # node-pty, spdlog, kerberos, …
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install "${quiet[@]}" --omit=dev --ignore-scripts)

# npm rebuild reports success even when a package's script was skipped, so check the results.
for module in "$DIR/node_modules/argon2/lib/binding/napi-v3/argon2.node" \
              "$VS/node_modules/node-pty/build/Release/pty.node" \
              "$VS/node_modules/@vscode/spdlog/build/Release/spdlog.node"; do
  [ -f "$module" ] || { echo "native module missing after rebuild: $module" >&2; exit 1; }
done

touch "$STAMP"
echo "code-server $VERSION installed in $(( $(date +%s) - start )) s"
