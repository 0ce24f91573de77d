#!/usr/bin/env python3
"""Renders one page per kind of sheet of a converted document to PNG, the way
docs/ shows them: yusuan → xlsx → LibreOffice (recalculated) → PDF → pdftoppm.
Not a test; run by hand when the look of the workbook changes.

  render_sheets.py YUSUAN SEED.txt OUTDIR
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workbook_lib import convert, libreoffice  # noqa: E402

# Output name -> text(s) that identify the page (its title), first match wins.
PAGES = [
    ("xlsx-two-sided", "部门收支总体情况表"),
    ("xlsx-coded-flagged", "部门支出总体情况表"),
    ("xlsx-economic", "一般公共预算基本支出情况表"),
    ("xlsx-labelled", "财政拨款“三公”经费支出情况表"),
    ("xlsx-empty", "政府性基金预算支出情况表"),
    ("xlsx-form-department", "部门整体绩效目标表"),
    ("xlsx-forms-index", ("目录", "年度预算总额")),
    ("xlsx-form-project", "项目支出绩效目标表（"),
    ("xlsx-check", "校验："),
]

yusuan, seed, outdir = sys.argv[1:4]
os.makedirs(outdir, exist_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    convert(yusuan, [seed], tmp, "xlsx")
    stem = os.path.splitext(os.path.basename(seed))[0]
    libreoffice([os.path.join(tmp, stem + ".xlsx")], tmp, to="pdf")
    pdf = os.path.join(tmp, stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    for name, marker in PAGES:
        markers = marker if isinstance(marker, tuple) else (marker,)
        hit = next((i + 1 for i, p in enumerate(pages) if all(m in p for m in markers)), None)
        if not hit:
            print(f"{name}: no page with {marker!r}")
            continue
        base = os.path.join(outdir, name)
        subprocess.run(["pdftoppm", "-r", "80", "-f", str(hit), "-l", str(hit), "-png", "-singlefile", pdf, base], check=True)
        print(f"{name}.png: page {hit}")
