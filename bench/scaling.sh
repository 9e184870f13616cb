#!/usr/bin/env bash
# Time per unit of the inputs that were once quadratic, at growing sizes: it must stay flat.
#
# Usage: bench/scaling.sh [SIZES…]       SIZES in units (default: 1000 10000 100000)
# Needs: a release build (done here; RL=path/to/relingo measures another binary). WORK=/tmp/relingo-scaling by default.
# Prints, per input and size, the wall time and the time per unit in microseconds. Inputs:
# a Markdown release of N paragraphs (extract), the same release as one build (build
# --release), an XLIFF and a PO of N units (import), and a locale file of N junk lines and
# of N duplicate ids (status, check, sync, build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${RL:-}" ]; then cargo build --release --quiet --bin relingo; RL=$PWD/target/release/relingo; fi
WORK=${WORK:-/tmp/relingo-scaling}
SIZES=${*:-1000 10000 100000}

row() { # row INPUT N CMD…: one line, wall time of one run and µs per unit
  local name=$1 n=$2; shift 2
  /usr/bin/time -f "%e" -o "$WORK/.t" "$@" > /dev/null 2>&1 || true
  local wall; wall=$(tail -1 "$WORK/.t")
  printf '%-30s %7d units %8.2f s %8.1f µs/unit\n' "$name" "$n" "$wall" "$(awk "BEGIN{print $wall * 1e6 / $n}")"
}

for n in $SIZES; do
  dir=$WORK/$n; rm -rf "$dir"; mkdir -p "$dir/sources"; cd "$dir"
  printf 'source-locale = "en-GB"\nlocales = ["fr"]\n' > relingo.toml
  python3 - "$n" > sources/big.md <<'PY'
import sys
n = int(sys.argv[1])
print('+++\ntitle = "A long release"\n+++\n')
for i in range(n):
    print(f"Paragraph {i} of the long release, on topic {i * 7919 % 1000}.\n")
PY
  row "extract: Markdown paragraphs" "$n" "$RL" extract
  "$RL" sync > /dev/null 2>&1
  row "build: one release" "$n" "$RL" build --release big
  "$RL" export --locale fr --format xliff --output fr.xlf > /dev/null 2>&1
  "$RL" export --locale fr --format po --output fr.po > /dev/null 2>&1
  sed -i 's|<target state="needs-translation">\([^<]*\)</target>|<target state="translated">fr \1</target>|' fr.xlf
  row "import: XLIFF units" "$n" "$RL" import --dry-run --locale fr fr.xlf
  row "import: PO units" "$n" "$RL" import --dry-run --locale fr fr.po
  cp locales/fr/big.ftl big.ftl.synced
  python3 - "$n" > locales/fr/big.ftl <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f"junk line {i} without an equals sign")
PY
  for cmd in status check sync build; do row "$cmd: junk lines" "$n" "$RL" $cmd; done
  python3 - "$n" > locales/fr/big.ftl <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f"same-id = value {i}")
PY
  for cmd in status check sync build; do row "$cmd: duplicate ids" "$n" "$RL" $cmd; done
  cd - > /dev/null
done
