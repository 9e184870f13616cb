#!/usr/bin/env bash
# Screenshots of an HTML page in headless Chromium, at desktop and phone widths.
# Usage: scripts/screenshot.sh PAGE.html OUT-PREFIX   → OUT-PREFIX-desktop.png, OUT-PREFIX-phone.png
# Needs Debian's chromium (apt-get install chromium); exits 0 with a message when it is absent.
set -euo pipefail
page=$(realpath "$1"); out=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then echo "skipped: chromium is not installed (apt-get install chromium)"; exit 0; fi
profile=$(mktemp -d)
shot() { # shot WIDTH HEIGHT FILE
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$1,$2" \
    --screenshot="$3" "file://$page" >/dev/null 2>&1
}
shot 1280 1600 "$out-desktop.png"
shot 390 1800 "$out-phone.png"
rm -rf "$profile"
echo "wrote $out-desktop.png and $out-phone.png"
