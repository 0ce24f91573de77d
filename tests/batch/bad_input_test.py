#!/usr/bin/env python3
"""One bad input through `yusuan convert` (issue 10).

  bad_input_test.py YUSUAN BAD_INPUT_DIR SEEDS_DIR FILE

Asserts, whatever the input: a documented exit code (the ones expect.tsv
allows), no crash or sanitizer report, a one-line error naming the file (and
matching expect.tsv) when it fails, no output files for a failed input, no
temporary file left, nothing written outside OUTDIR. Large inputs marked
`generated` in expect.tsv are made here. Time limits are ctest's (TIMEOUT).
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

YUSUAN, BAD, SEEDS, NAME = sys.argv[1:5]
FORMATS = "facts,findings,json"


def fail(what, *context):
    print("FAIL:", what)
    for c in context:
        print(c if len(str(c)) < 4000 else str(c)[:4000] + " …")
    sys.exit(1)


def expectations():
    out = {}
    for line in open(os.path.join(BAD, "expect.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        codes = {int(c) for c in f[1].split(",")}
        pattern = f[2] if len(f) > 2 and f[2] else None
        out[f[0]] = (codes, pattern, len(f) > 3 and f[3] == "generated")
    return out


def generate(name, path):
    seed = open(os.path.join(SEEDS, "2026-changji-yingshang.txt"), encoding="utf-8").read()
    if name == "rows-100k.txt":
        # 100,000 code rows inserted before the grand total of the first table
        # that prints 总计 with codes in the first columns.
        lines = seed.split("\n")
        at = next(i for i, l in enumerate(lines) if l.startswith("\t\t\t总计"))
        rows = [f"299\t99\t{k % 100:02d}\t其他支出{k}\t1.00\t1.00\t" for k in range(100_000)]
        open(path, "w", encoding="utf-8").write("\n".join(lines[:at] + rows + lines[at:]))
    elif name == "line-10mb.txt":
        half = len(seed) // 2
        cut = seed.rfind("\n", 0, half)
        open(path, "w", encoding="utf-8").write(seed[:cut + 1] + "1" * (10 << 20) + "\n" + seed[cut + 1:])
    else:
        fail(f"no generator for {name}")


def main():
    exp = expectations()
    codes, pattern, generated = exp.get(NAME, ({0, 1, 3}, None, False))
    with tempfile.TemporaryDirectory() as box:
        src = os.path.join(box, "in", NAME)
        os.makedirs(os.path.dirname(src))
        if generated:
            generate(NAME, src)
        else:
            shutil.copy(os.path.join(BAD, NAME), src)
        out = os.path.join(box, "out")
        r = subprocess.run([YUSUAN, "convert", src, "-o", out, "--to", FORMATS], capture_output=True,
                           errors="replace", text=True)
        if r.returncode < 0:
            fail(f"killed by signal {-r.returncode}", r.stderr)
        for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:", "terminate called"):
            if marker in r.stderr:
                fail(f"sanitizer or abort report ({marker})", r.stderr)
        if r.returncode not in codes:
            fail(f"exit code {r.returncode}, wanted one of {sorted(codes)}", r.stderr)
        written = []
        for d, _, files in os.walk(box):
            for f in files:
                written.append(os.path.relpath(os.path.join(d, f), box))
        outside = [w for w in written if not (w.startswith("out" + os.sep) or w == os.path.join("in", NAME))]
        if outside:
            fail("written outside OUTDIR", outside)
        if any(".tmp-" in w for w in written):
            fail("temporary file left behind", written)
        outputs = sorted(w for w in written if w.startswith("out" + os.sep) and not os.path.basename(w).startswith("summary."))
        rows = list(csv.DictReader(open(os.path.join(out, "summary.csv"), encoding="utf-8")))
        if len(rows) != 1:
            fail("summary.csv should have one row", rows)
        if r.returncode == 3:
            lines = [l for l in r.stderr.splitlines() if l.strip()]
            if len(lines) != 1 or not lines[0].startswith(src):
                fail("a failed input needs exactly one error line naming the file", r.stderr)
            if pattern and not re.search(pattern, lines[0]):
                fail(f"error line does not match {pattern!r}", lines[0])
            if outputs:
                fail("outputs written for a failed input", outputs)
            if rows[0]["status"] != "failed":
                fail("summary row should be failed", rows[0])
        else:
            if len(outputs) != 3:
                fail("a converted input should have its three outputs", outputs)
            check_content(NAME, out, src)
    print("ok", r.returncode)


def check_content(name, out, src):
    stem = os.path.join(out, name[:-4])
    facts = open(stem + ".facts.tsv", encoding="utf-8").read()
    if name == "digits-40.txt":
        # Too long for Decimal: kept verbatim as text, never a wrapped number.
        values = [l.split("\t")[3] for l in facts.splitlines()[1:] if "\t" in l]
        big = [v for v in values if "1234567890" in v]
        if not big or any(v not in ("1234567890123456789012345678901234567890",
                                    "1234567890123456789012345678901234567890.55") for v in big):
            fail("40-digit numbers should stay verbatim text cells", big)
    if name == "formula-cells.txt":
        if "=HYPERLINK(" not in facts or "@收入总计" not in facts:
            fail("formula-like labels should survive as text in facts", facts[:2000])
        check_xlsx_text(src, out)


def check_xlsx_text(src, out):
    """If the workbook writer exists: cells starting with = + - @ are strings, not formulas."""
    xdir = os.path.join(out, "x")
    r = subprocess.run([YUSUAN, "convert", src, "-o", xdir, "--to", "xlsx"], capture_output=True, text=True,
                       errors="replace")
    if r.returncode == 3 and "not built yet" in r.stderr:
        print("xlsx writer not built yet: workbook part skipped")
        return
    if r.returncode not in (0, 1):
        fail(f"xlsx conversion exit {r.returncode}", r.stderr)
    try:
        import openpyxl
    except ImportError:
        print("openpyxl missing: workbook part skipped")
        return
    wb = openpyxl.load_workbook(os.path.join(xdir, "formula-cells.xlsx"))
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and ("HYPERLINK" in c.value or "@收入总计" in c.value or "+单位资金" in c.value):
                    seen += 1
                    if c.data_type == "f" or (c.value.startswith("=") and "HYPERLINK" in c.value and c.data_type != "s"):
                        fail(f"source text became a formula in {ws.title}!{c.coordinate}", c.value)
    if seen == 0:
        fail("formula-like labels not found in the workbook")


if __name__ == "__main__":
    main()
