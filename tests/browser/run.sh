#!/usr/bin/env bash
# Installs what the browser test needs (Debian's chromium, playwright-core) and runs it:
#     tests/browser/run.sh [path/to/gongwen]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
gongwen="${1:-target/release/gongwen}"
node "$here/serve.mjs" "$(realpath "$gongwen")"
