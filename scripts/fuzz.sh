#!/bin/sh
# Fuzzes the whole pipeline (decode → read → check → every writer) with
# libFuzzer under ASan+UBSan for SECONDS (default 600, the issue's bar).
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
# Builds build-fuzz/ with clang, seeds the corpus from the reference
# documents, the space-aligned fixtures (pdftotext -layout: their own
# readers) and pieces cut from all of them, and tests/bad-input/, and
# uses a dictionary of the template's titles and header words. Crashing
# inputs are written to build-fuzz/crashes/; keep each one in
# tests/bad-input/ (tests/robustness.cmake runs every file there).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
root=$(pwd)
build=$root/build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DYUSUAN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_convert

seeds=$build/seeds corpus=$build/corpus crashes=$build/crashes
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$crashes"
python3 - "$seeds" "$build/titles.dict" <<'PY'
# Seeds: whole reference documents, plus each cut into ~4 KB pieces at line
# ends (a title and the table after it) so mutations stay fast; the
# dictionary holds every quoted string of the templates.
import glob, os, re, sys
seeds, dict_path = sys.argv[1], sys.argv[2]
n = 0
layouts = sorted(glob.glob("tests/fixtures/layouts/*.layout.txt")) + sorted(glob.glob("tests/fixtures/corpus/*.txt"))
for path in sorted(glob.glob("tests/reference/seeds/*.txt")) + layouts + sorted(glob.glob("tests/bad-input/*")):
    if os.path.getsize(path) > 300_000 or os.path.isdir(path):
        continue
    data = open(path, "rb").read()
    open(os.path.join(seeds, f"whole-{n}"), "wb").write(data); n += 1
    if not (path.startswith("tests/reference") or path in layouts):
        continue
    lines = data.split(b"\n")
    for start in range(0, len(lines), 60):
        piece = b"\n".join(lines[:12] + lines[start:start + 60])
        open(os.path.join(seeds, f"piece-{n}"), "wb").write(piece); n += 1
words = set()
for path in glob.glob("templates/*/*.toml"):
    for w in re.findall(r'"([^"\\]{1,40})"', open(path, encoding="utf-8").read()):
        words.add(w)
with open(dict_path, "w", encoding="utf-8") as d:
    for w in sorted(words):
        d.write('"' + "".join(f"\\x{b:02X}" for b in w.encode("utf-8")) + '"\n')
PY
before=$(ls "$corpus" | wc -l)
echo "fuzz: $seconds s, corpus $before files + $(ls "$seeds" | wc -l) seeds"
status=0
"$build/tests/fuzz/fuzz_convert" "$corpus" "$seeds" \
  -dict="$build/titles.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 "$@" || status=$?
after=$(ls "$corpus" | wc -l)
echo "fuzz: corpus grew from $before to $after files; crashes in $crashes: $(ls "$crashes" | wc -l)"
exit $status
