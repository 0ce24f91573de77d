#!/bin/sh
# Copies the reference documents, gold and scorer into tests/reference/ from
# a checkout of ../shared (run when the gold changes there). The tests use
# only these copies, never ../shared.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$here/../shared}
dest=$here/tests/reference
mkdir -p "$dest/seeds" "$dest/gold" "$dest/tools"
cp "$shared"/seeds/*.txt "$dest/seeds/"
cp "$shared"/gold/* "$dest/gold/"
cp "$shared"/tools/score.py "$shared"/tools/damage_recall.py "$dest/tools/"
chmod -R u+w "$dest"
echo "refreshed $dest from $shared"
