"""Shared helpers of the workbook tests: run yusuan, recalculate workbooks in
LibreOffice (forced, see spec/pitfalls.md), read cells and formulas."""
import os
import re
import subprocess
import sys
import tempfile

ERROR_VALUES = {"#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#N/A", "#NUM!", "#NULL!"}

PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def convert(yusuan, inputs, outdir, formats):
    r = subprocess.run([yusuan, "convert", *inputs, "-o", outdir, "--to", formats], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"yusuan failed ({r.returncode}): {r.stderr}")


def libreoffice(files, outdir, to="xlsx"):
    """Converts all `files` in one soffice run with a throw-away profile that
    forces recalculation on load (OOXMLRecalcMode=0)."""
    with tempfile.TemporaryDirectory() as profile:
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(PROFILE_XCU)
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", to, "--outdir", outdir, *files]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        for f in files:
            out = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + "." + to.split(":")[0])
            if not os.path.exists(out):
                sys.exit(f"LibreOffice did not convert {f}: {r.stdout} {r.stderr}")


REF = re.compile(r"(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def col_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def refs(formula, sheet):
    """Cells a formula reads, as (sheet, 'E12'), ranges expanded."""
    out = []
    for m in REF.finditer(formula):
        sh = m.group(1).replace("''", "'") if m.group(1) else sheet
        c1, r1 = col_index(m.group(2)), int(m.group(3))
        c2, r2 = (col_index(m.group(4)), int(m.group(5))) if m.group(4) else (c1, r1)
        for c in range(c1, c2 + 1):
            for r in range(r1, r2 + 1):
                out.append((sh, f"{col_letters(c)}{r}"))
    return out


def read_index(wb):
    """The hidden 单元格索引 sheet: (sheet, cell) -> dict(table,row,column,stated,formula,value,line)."""
    ws = wb["单元格索引"]
    index = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if not row or row[0] is None:
            continue
        table, key, column, sheet, cell, stated, formula, value, line = row[:9]
        index[(sheet, cell)] = dict(table=table, row=key, column=column, stated=None if stated in (None, "") else float(stated),
                                    formula=formula == "是", value=float(value), line=line)
    return index


def read_findings(path, severities=("error", "warning")):
    """(table, row, column) of the findings in a findings TSV."""
    out = set()
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        next(f, None)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 5 and p[0] in severities:
                out.add((p[2], p[3], p[4]))
    return out


def close(a, b):
    return abs(a - b) <= 1e-7 * max(1.0, abs(a), abs(b))
