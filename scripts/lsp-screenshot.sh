#!/usr/bin/env bash
# A screenshot of relingo's language server in a real editor: Neovim in a tmux pane opens
# the German file of online-safety-fund (its seeded broken link), and the hover over that
# message is captured, turned into HTML (ansi2html) and photographed by headless Chromium.
# Usage: scripts/lsp-screenshot.sh [OUT.png]   (default docs/lsp-neovim.png)
# Needs: nvim, tmux, chromium, python3 with ansi2html (pip install ansi2html).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$here/docs/lsp-neovim.png}")
for tool in nvim tmux chromium; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 0; }
done
python3 -c "import ansi2html" 2>/dev/null || { echo "skipped: pip install ansi2html"; exit 0; }
cargo build --release --quiet --manifest-path "$here/Cargo.toml" --bin relingo
work=$(mktemp -d)
cp -r "$here/sources" "$here/locales" "$here/relingo.toml" "$work/"
file=locales/de/online-safety-fund.ftl
line=$(grep -n '^under-the-new-arrangements' "$work/$file" | cut -d: -f1)
session=relingo-lsp-shot
tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 120 -y 40 -e RELINGO="$here/target/release/relingo" -e ROOT="$work" \
  "cd $work && nvim -u $here/scripts/lsp/neovim-demo.lua $file"
sleep 2.5
tmux send-keys -t "$session" ":$((line - 8))" Enter; sleep 0.3
tmux send-keys -t "$session" "zt"; sleep 0.3
tmux send-keys -t "$session" ":$line" Enter; sleep 1
tmux send-keys -t "$session" ":lua vim.lsp.buf.hover()" Enter; sleep 1.5
tmux capture-pane -t "$session" -e -p > "$work/screen.ansi"
tmux kill-session -t "$session"
python3 - "$work" <<'PY'
import sys
from ansi2html import Ansi2HTMLConverter
work = sys.argv[1]
html = Ansi2HTMLConverter(dark_bg=True, font_size="15px", title="relingo lsp in Neovim").convert(open(f"{work}/screen.ansi").read())
style = "pre.ansi2html-content { margin: 0; font-family: 'DejaVu Sans Mono', monospace; line-height: 1.25; } body { margin: 0; }"
open(f"{work}/screen.html", "w").write(html.replace("</style>", style + "</style>"))
PY
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1120,800 \
  --screenshot="$out" "file://$work/screen.html" >/dev/null 2>&1
rm -rf "$work"
echo "wrote $out"
