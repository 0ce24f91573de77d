#!/bin/sh
# Remakes tests/fixtures/layouts/ from the three clean 2026 reference
# documents: markdown, HTML (merged header cells), GB18030 + CRLF, UTF-16,
# a file mixing layouts per table, and `pdftotext -layout` of a PDF that
# LibreOffice renders from the HTML. See tests/README.md.
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
echo "fixtures written to $out"
