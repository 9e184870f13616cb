#!/usr/bin/env bash
# Screenshots of built pages in headless Chromium, at desktop width (1280 px, the whole page)
# and phone width (390 px, the first screen), taken by the browser tests' own driver
# (tests/browser/audit.mjs), which also prints what the browser made of each page.
# Usage: scripts/screenshot.sh OUT-DIR PAGE.html…  → OUT-DIR/<locale>-<page>-{desktop,phone}.png
# Needs Debian's chromium and `npm ci` in tests/browser; exits 0 with a message without them.
set -euo pipefail
out=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v chromium >/dev/null || [ ! -d "$here/tests/browser/node_modules/puppeteer-core" ]; then
  echo "skipped: needs chromium (apt-get install chromium) and npm ci in tests/browser"; exit 0
fi
mkdir -p "$out"
pages=(); for page in "$@"; do pages+=("$(realpath "$page")"); done
node "$here/tests/browser/audit.mjs" --screenshots "$(realpath "$out")" "${pages[@]}" >/dev/null
ls "$out"/*.png
