#!/bin/sh
# Runs `yusuan check` over documents without gold (e.g. ../shared/corpus) and
# summarises the findings per rule, to catch false errors: a real document
# mostly adds up, so a rule that fires often is more likely misreading than
# the document being wrong. Confirm any error on the PDF page.
#
#   scripts/check-corpus.sh [YUSUAN] DIR_OR_FILE...
set -eu
yusuan=./build/yusuan
if [ $# -gt 0 ] && [ -x "$1" ] && [ ! -d "$1" ]; then yusuan=$1; shift; fi
[ $# -gt 0 ] || { echo "usage: $0 [YUSUAN] DIR_OR_FILE..." >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$yusuan" check "$@" >"$out" 2>/dev/null || true
echo "findings per rule (errors and warnings):"
grep -E ': (error|warning): ' "$out" | sed -E 's/.*\[([^]]*)\]$/\1/' | sort | uniq -c | sort -rn
echo
echo "documents with most findings:"
grep -E ': (error|warning): ' "$out" | cut -d: -f1 | sort | uniq -c | sort -rn | head -10
echo
echo "errors other than table.missing:"
grep -E ': error: ' "$out" | grep -v '\[table.missing\]' | cut -c1-240 || true
