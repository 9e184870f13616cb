#!/usr/bin/env bash
# The language server's latency and memory: a project with one release of 500 messages, its
# French file opened, then edited 1,000 times (alternately a `# @todo` removed and a line
# added, the whole text sent each time, as an editor with full sync does). Prints the
# server's memory after 1, 100 and 1,000 edits and the edit → diagnostics time.
# Usage: bench/lsp.sh   (WORK=/tmp/relingo-lsp by default)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin relingo
RL=$PWD/target/release/relingo
W=${WORK:-/tmp/relingo-lsp}
rm -rf "$W"; mkdir -p "$W/sources"
python3 - "$W" <<'PY'
import random, sys
random.seed(1)
words = "police funding children online safety minister report agency new million support victims the will today".split()
lines = ["govt", "A lead sentence for the large release about online safety."]
lines += [" ".join(random.choice(words) for _ in range(18)).capitalize() + f" {i}." for i in range(499)]
open(sys.argv[1] + "/sources/big.txt", "w").write("\n".join(lines) + "\n")
open(sys.argv[1] + "/relingo.toml", "w").write('source-locale = "en-GB"\nlocales = ["fr"]\n')
PY
(cd "$W" && "$RL" extract >/dev/null && "$RL" sync >/dev/null)
python3 bench/lsp_edit.py "$W" "$RL"
