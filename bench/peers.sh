#!/usr/bin/env bash
# Side-by-side benchmark of relingo against the tools people use today, on one generated corpus:
#   build  : relingo build         vs  po4a producing the same translated documents from PO files
#   status : relingo status        vs  compare-locales over the same Fluent tree
#   update : relingo extract+sync  vs  po4a updating POT/PO after 10 % of paragraphs were edited
# and the floors: reading every input, writing every output (cp).
#
# Usage: peers.sh RELINGO_BINARY [N_RELEASES] [LOCALES]
#   e.g. peers.sh target/release/relingo 200 fr,de,es,it,nl,pl,pt,sv,cy,ga
# Needs: po4a (apt-get install po4a), python3 with polib, fluent.syntax, compare-locales
#        (pip install polib fluent.syntax compare-locales). WORK=/tmp/relingo-peers by default.
# Prints one line per measurement (wall seconds, peak RSS KiB) and the ratios at the end.
# relingo's side assumes the CLI and relingo.toml of the project's README. This copy lives in the
# project (bench/peers.sh) and adds a Markdown-only build, the like-for-like comparison with po4a.
set -euo pipefail
RL=$(realpath "$1"); N=${2:-200}; LANGS=${3:-fr,de,es,it,nl,pl,pt,sv,cy,ga}
HERE=$(cd "$(dirname "$0")" && pwd)
W=${WORK:-/tmp/relingo-peers}/N$N-L$(echo "$LANGS" | tr ',' '\n' | wc -l)
rm -rf "$W"; mkdir -p "$W"; cd "$W"
declare -A T

run() { # run NAME REPEAT CMD... : best wall of REPEAT runs, max RSS
  local name=$1 rep=$2; shift 2; local best="" rss=0 w r
  for _ in $(seq "$rep"); do
    /usr/bin/time -f "%e %M" -o .t "$@" > ".log-$name" 2>&1 || echo "  ($name exited non-zero; see $W/.log-$name)"
    read -r w r < <(tail -1 .t)
    if [ -z "$best" ] || awk "BEGIN{exit !($w < $best)}"; then best=$w; fi
    [ "$r" -gt "$rss" ] && rss=$r
  done
  T[$name]=$best; printf '%-28s %8.2f s  %8d KiB\n' "$name" "$best" "$rss"
}

write_config() { # the example project's config, as the README documents it
  { echo 'source-locale = "en-GB"'
    printf 'locales = [%s]\n' "$(echo "$LANGS" | sed 's/[^,]*/"&"/g')"; } > relingo.toml
}

python3 "$HERE/gen_corpus.py" gen --n "$N" --out src > /dev/null
echo "corpus: $N releases, $(cat src/*.md | wc -w) words, locales $LANGS"

# ---- po4a: POT/PO created and filled untimed; assembly timed
python3 "$HERE/make_po4a_cfg.py" "$W" "$LANGS" central > /dev/null
po4a --no-translations po4a.cfg > /dev/null 2>&1
python3 "$HERE/fill_po.py" po > /dev/null
run po4a_build 1 po4a --no-update po4a.cfg

# ---- relingo: same sources, reference extracted and targets filled untimed; build and status timed
mkdir rl && cp -r src rl/sources && cd rl && write_config
"$RL" extract > /dev/null
python3 "$HERE/fill_ftl.py" locales en-GB "$LANGS" --fraction 0.9 > /dev/null
# Fresh builds: a build into an existing dist/ renders only what changed since the last one.
run relingo_build 3 sh -c "rm -rf dist && '$RL' build"
run relingo_build_unchanged 3 "$RL" build
# po4a writes one Markdown document per (locale, release); relingo's default writes four
# formats. The like-for-like figure builds Markdown only.
run relingo_build_md 3 sh -c "rm -rf dist && '$RL' build --format md"
run relingo_status 3 "$RL" status --format json

# ---- compare-locales on the very same Fluent tree
{ echo 'basepath = "."'; printf 'locales = [%s]\n' "$(echo "$LANGS" | sed 's/[^,]*/"&"/g')"
  printf '[env]\n  l = "{l10n_base}/{locale}/"\n[[paths]]\n  reference = "locales/en-GB/*.ftl"\n  l10n = "{l}*.ftl"\n'; } > l10n.toml
run compare_locales 1 compare-locales --return-zero -qqqq l10n.toml locales

# ---- floors (dist/ rebuilt with all four formats first: the copy floor is for the full build)
"$RL" build > /dev/null 2>&1
run floor_read_inputs 3 sh -c 'find sources locales -type f -print0 | xargs -0 cat > /dev/null'
run floor_copy_outputs 3 sh -c 'rm -rf /tmp/.floor && cp -r dist /tmp/.floor'

# ---- update after editing 10 % of paragraphs
cd "$W"; python3 "$HERE/gen_corpus.py" edit --dir src --frac 0.10 > /dev/null
run po4a_update 1 po4a --no-translations po4a.cfg
cd rl
# fill_ftl.py leaves untranslated messages out, where po4a's PO files list them (empty) since
# po4a created them. An untimed sync before the edit gives relingo's files the same starting
# point: every message present, with its markers. (Timed, that first sync would measure the
# adoption of files written without relingo, not an update.)
"$RL" sync > /dev/null 2>&1
cp ../src/*.md sources/
run relingo_extract_sync 1 sh -c "'$RL' extract && '$RL' sync"

ratio() { awk "BEGIN{printf \"%.0fx\", $1 / ($2 > 0 ? $2 : 0.001)}"; }
echo
echo "build : relingo is $(ratio "${T[po4a_build]}" "${T[relingo_build]}") faster than po4a (all four formats), $(ratio "${T[po4a_build]}" "${T[relingo_build_md]}") faster on Markdown alone; $(awk "BEGIN{printf \"%.1f\", ${T[relingo_build]} / (${T[floor_read_inputs]} + ${T[floor_copy_outputs]} + 0.001)}")x the read+write floor"
echo "status: relingo is $(ratio "${T[compare_locales]}" "${T[relingo_status]}") faster than compare-locales"
echo "update: relingo is $(ratio "${T[po4a_update]}" "${T[relingo_extract_sync]}") faster than po4a"
