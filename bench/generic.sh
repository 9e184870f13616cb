#!/usr/bin/env bash
# `relingo status` on a Fluent repository that is not a relingo project, shaped like
# Mozilla's website localizations: a reference of 200 files (4,200 messages, 100 terms) and
# 115 locale folders, most of each translated, against its floor (a bare fluent-syntax
# parse of the same files) and against compare-locales over the same tree.
# Usage: bench/generic.sh [LOCALES] [FILES]   (WORK=/tmp/relingo-generic by default)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --examples --bin relingo
RL=$PWD/target/release/relingo
FLOOR=$PWD/target/release/examples/parse-floor
W=${WORK:-/tmp/relingo-generic}
LOCALES=${1:-115}; FILES=${2:-200}
rm -rf "$W"; mkdir -p "$W"
python3 - "$W" "$LOCALES" "$FILES" <<'PY'
import os, random, sys
root, n_locales, n_files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
words = "page firefox privacy download browser mozilla account sync settings help community".split()
def sentence(k):
    return " ".join(random.choice(words) for _ in range(6 + k % 9)).capitalize() + "."
os.makedirs(f"{root}/l10n/en", exist_ok=True)
reference = []
for f in range(n_files):
    ids = [(f"msg-{f}-{m}", sentence(f + m)) for m in range(21)]
    terms = [(f"-term-{f}-0", "Firefox")] if f % 2 == 0 else []
    reference.append((ids, terms))
    with open(f"{root}/l10n/en/page{f}.ftl", "w") as out:
        for i, t in terms + ids:
            out.write(f"{i} = {t}\n")
codes = [a + b for a in "bcdfg" for b in "abcdefghijklmnopqrstuvwxyz"][:n_locales]
for code in codes:
    d = f"{root}/l10n/{code}"
    os.makedirs(d, exist_ok=True)
    for f, (ids, terms) in enumerate(reference):
        if random.random() < 0.05:
            continue
        with open(f"{d}/page{f}.ftl", "w") as out:
            for i, t in terms + ids:
                if random.random() < 0.9:
                    out.write(f"{i} = [{code}] {t}\n")
with open(f"{root}/l10n.toml", "w") as out:
    out.write('basepath = "."\nlocales = [%s]\n' % ", ".join(f'"{c}"' for c in codes))
    out.write('[env]\n  l = "{l10n_base}/{locale}/"\n')
    out.write('[[paths]]\n  reference = "l10n/en/*.ftl"\n  l10n = "{l}*.ftl"\n')
PY
cd "$W"
echo "tree: $(find l10n -name '*.ftl' | wc -l) files, $(du -sh l10n | cut -f1)"
t() { /usr/bin/time -f "%e s  %M KiB" "$@" > /dev/null 2> .t || true; tail -1 .t; }
for i in 1 2 3; do echo "floor: fluent parse   $(t "$FLOOR" l10n)"; done
for i in 1 2 3; do echo "relingo status        $(t "$RL" status --l10n-toml l10n.toml --l10n-base l10n --format json)"; done
if command -v compare-locales >/dev/null; then
  [ -n "${SKIP_PEER:-}" ] || echo "compare-locales       $(t compare-locales --json cl.json l10n.toml l10n)"
fi
