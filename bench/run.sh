#!/usr/bin/env bash
# Whole-command timings of relingo against their floors, on generated corpora.
#
# Usage: bench/run.sh [SIZES…]      SIZES like 200x10 1000x10 1000x30 (default: all three)
# Needs: a release build (done here). WORK=/tmp/relingo-bench by default.
# Prints one line per measurement: best wall time of 3 runs, peak RSS, and the ratio to the
# command's floor (a bare fluent-syntax parse of the same files, or reading every input plus
# copying every output).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --examples --bin relingo
RL=$PWD/target/release/relingo
GEN=$PWD/target/release/examples/gen-corpus
FLOOR=$PWD/target/release/examples/parse-floor
REPLACE=$PWD/target/release/examples/replace-floor
WORK=${WORK:-/tmp/relingo-bench}
SIZES=${*:-200x10 1000x10 1000x30}

best() { # best NAME CMD…: best wall of $RUNS (3) runs and the largest RSS, into $wall and $rss
  local name=$1; shift; wall=""; rss=0
  for _ in $(seq "${RUNS:-3}"); do
    /usr/bin/time -f "%e %M" -o "$WORK/.t" "$@" > /dev/null 2> "$WORK/.log-$name" || true
    read -r w r < <(tail -1 "$WORK/.t")
    if [ -z "$wall" ] || awk "BEGIN{exit !($w < $wall)}"; then wall=$w; fi
    if [ "$r" -gt "$rss" ]; then rss=$r; fi
  done
}

row() { # row NAME FLOOR_SECONDS
  printf '%-22s %7.2f s %9d KiB %7.1fx floor\n' "$1" "$wall" "$rss" "$(awk "BEGIN{print $wall / ($2 > 0 ? $2 : 0.01)}")"
}

for size in $SIZES; do
  releases=${size%x*}; locales=${size#*x}
  dir=$WORK/$size
  rm -rf "$dir"; mkdir -p "$WORK"
  "$GEN" --releases "$releases" --locales "$locales" --out "$dir" > /dev/null
  cd "$dir"
  echo "== $releases releases × $locales locales: $(find locales -name '*.ftl' | wc -l) catalogs, $(du -sh locales | cut -f1)"
  best parse_floor "$FLOOR" locales; parse=$wall; row "floor: fluent parse" "$parse"
  best read_floor sh -c 'find sources locales -type f -print0 | xargs -0 cat > /dev/null'; read_in=$wall; row "floor: read inputs" "$read_in"
  best extract "$RL" extract; row "extract" "$read_in"
  best sync "$RL" sync; row "sync (unchanged)" "$parse"
  best status "$RL" status --format json; row "status" "$parse"
  best status_1t env RAYON_NUM_THREADS=1 "$RL" status --format json; row "status, 1 thread" "$parse"
  best check "$RL" check --format json; row "check" "$parse"
  rm -rf dist; "$RL" build > /dev/null 2>&1 || true
  best copy_floor sh -c "rm -rf '$WORK/.floor' && cp -r dist '$WORK/.floor'"; copy=$wall; rm -rf "$WORK/.floor"
  row "floor: copy outputs" "$copy"
  floor=$(awk "BEGIN{print $read_in + $copy}")
  best build sh -c "rm -rf dist && '$RL' build"; row "build (fresh dist)" "$floor"
  best build_1t sh -c "rm -rf dist && RAYON_NUM_THREADS=1 '$RL' build"; row "build, 1 thread" "$floor"
  # What a build that changes nothing cannot avoid: reading every input, and looking at
  # every output once (size and time) to know that it is still as the build left it.
  best stat_floor sh -c 'find dist -type f -printf "%s %T@\n" > /dev/null'; look=$wall
  row "floor: stat outputs" "$look"
  best rebuild "$RL" build; row "build (unchanged)" "$(awk "BEGIN{print $read_in + $look}")"
  # A translator's edit of one release's catalog (a new one each run): that release is rendered again.
  one=$(find locales -name '*.ftl' ! -name '_*' | sort | sed -n 1p)
  best build_one sh -c "sed -i '0,/^\([a-z][a-z0-9-]*\) = /s//\1 = edited /' '$one' && '$RL' build"
  row "build (one release edited)" "$(awk "BEGIN{print $read_in + $look}")"
  edited_copy() { rm -rf "$dir.edit" && cp -r "$dir" "$dir.edit" && cd "$dir.edit" && "$GEN" --edit 0.1 --out . > /dev/null; }
  edited_copy; touch "$WORK/.mark"; sleep 1
  RUNS=1 best edit_sync sh -c "'$RL' extract && '$RL' sync"; edit_sync=$wall
  find locales -name '*.ftl' -newer "$WORK/.mark" > "$WORK/.changed"
  row "extract+sync, 10% edit" "$parse"
  # The same files replaced by a bare temporary file and rename each: what creating them costs.
  edited_copy; RUNS=1 best replace_floor sh -c "'$REPLACE' < '$WORK/.changed'"; replace=$wall
  row "floor: replace $(wc -l < "$WORK/.changed") files" "$replace"
  wall=$edit_sync; row "extract+sync vs parse+replace" "$(awk "BEGIN{print $parse + $replace}")"
  rm -rf "$dir.edit"
  cd "$WORK"
done
