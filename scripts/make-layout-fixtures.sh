#!/bin/sh
# Remakes tests/fixtures/layouts/ from the three clean 2026 reference
# documents: markdown, HTML (merged header cells), GB18030 + CRLF, UTF-16,
# a file mixing layouts per table, and `pdftotext -layout` of a PDF that
# LibreOffice renders from the HTML; plus the damaged document as HTML and
# the 2021 document as tab-separated rows, markdown and HTML. See
# tests/README.md.
# Needs python3, libreoffice-writer-nogui, poppler-utils, fonts-wqy-microhei.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/tests/fixtures/layouts"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for stem in 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban; do
  python3 "$root/scripts/layout_fixtures.py" "$root/tests/reference/seeds/$stem.txt" "$out"
  # Render the HTML with LibreOffice Writer (a throw-away profile keeps the
  # user's settings out), then extract the text the way real documents are.
  mv "$out/$stem.render.html" "$work/$stem.html"
  soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to pdf:writer_web_pdf_Export --outdir "$work" "$work/$stem.html" >/dev/null 2>&1
  pdftotext -layout "$work/$stem.pdf" "$out/$stem.layout.txt"
done
# The damaged document as HTML, and the 2021 document (one cell per line)
# rewritten as tab-separated rows, then as markdown and HTML: the layouts must
# not depend on the template or on the damage.
mkdir -p "$work/gx" "$work/2021/out"
python3 "$root/scripts/layout_fixtures.py" "$root/tests/reference/seeds/2026-changji-gaoxinqu.txt" "$work/gx"
cp "$work/gx/2026-changji-gaoxinqu.html" "$out/"
mkdir -p "$work/2021"
python3 "$root/scripts/cell_per_line_to_tsv.py" "$root/tests/reference/seeds/2021-changji-yingshang.txt" \
  "$work/2021/2021-changji-yingshang.txt"
cp "$work/2021/2021-changji-yingshang.txt" "$out/2021-changji-yingshang.tsv.txt"
python3 "$root/scripts/layout_fixtures.py" "$work/2021/2021-changji-yingshang.txt" "$work/2021/out"
cp "$work/2021/out/2021-changji-yingshang.md" "$work/2021/out/2021-changji-yingshang.html" "$out/"
echo "fixtures written to $out"
