#!/usr/bin/env bash
# Prepares a fresh machine (as root) for building, testing and `node scripts/start.mjs`.
# Safe to run again: every step checks first, so a warm run takes well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."

# Compilers and headers for code-server's native modules, ripgrep for its search, Chromium for the tests.
packages=(build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
          ripgrep chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" > /dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
fi

# npm writes node_modules/.package-lock.json last, so a lockfile newer than it means an install is due.
if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
elif [ ! -d node_modules ]; then
  npm install --no-audit --no-fund
fi

bash scripts/vscode/install-code-server.sh
