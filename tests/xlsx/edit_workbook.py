#!/usr/bin/env python3
"""The edit test (issue 7): a figure edited in the workbook flows through the
formulas. Converts one reference document, picks a cell whose formula differs
from the document (a flagged cell) and a leaf figure it adds up, changes that
leaf by exactly the difference in the sheet XML (leaving every cached formula
result stale on purpose), recalculates in LibreOffice, and asserts:

* every formula that depends on the leaf (parents, totals, 校验 checks) moved
  by the change times its dependence, every other formula kept its value —
  which also proves LibreOffice recalculated instead of reading the stale cache;
* the flagged cell now equals the stated figure, and the live 原表数 note of
  its row no longer lists it.

  edit_workbook.py YUSUAN REFERENCE_DIR STEM
"""
import os
import re
import shutil
import sys
import tempfile
import zipfile
from decimal import Decimal

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workbook_lib import close, convert, libreoffice, read_index, refs  # noqa: E402

yusuan, ref_dir, stem = sys.argv[1:4]


def sheet_xml_paths(path):
    """Sheet name -> its XML part inside the .xlsx."""
    with zipfile.ZipFile(path) as z:
        wbxml = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    out = {}
    for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+"(?: state="\w+")? r:id="([^"]+)"', wbxml):
        name = name.replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'")
        out[name] = "xl/" + targets[rid].lstrip("/").removeprefix("xl/")
    return out


def patch_cell(src, dst, part, cell, new_value):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                text, n = re.subn(rf'(<c r="{cell}"[^>]*><v>)([^<]*)(</v>)', rf"\g<1>{new_value}\g<3>", data.decode())
                if n != 1:
                    sys.exit(f"cannot find the value of {cell} in {part}")
                data = text.encode()
            zout.writestr(item, data)


failures = []
TOTALS = ("总计", "收入总计", "支出总计")


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


with tempfile.TemporaryDirectory() as tmp:
    out, rc_dir = os.path.join(tmp, "out"), os.path.join(tmp, "recalc")
    os.makedirs(out)
    os.makedirs(rc_dir)
    convert(yusuan, [os.path.join(ref_dir, "seeds", stem + ".txt")], out, "xlsx")
    path = os.path.join(out, stem + ".xlsx")
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    index = read_index(wb)

    formulas = {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"}

    def dependence(cell, leaf, memo):
        """How much `cell` moves when `leaf` moves by 1 (all formulas are sums and differences)."""
        if cell == leaf:
            return 1
        if cell not in formulas:
            return 0
        if cell in memo:
            return memo[cell]
        f = formulas[cell]
        m = re.fullmatch(r"=ROUND\((.+)-(.+),6\)", f)
        if f.startswith("=IF("):
            d = 0
        elif m:
            d = sum(dependence(r, leaf, memo) for r in refs(m.group(1), cell[0])) - \
                sum(dependence(r, leaf, memo) for r in refs(m.group(2), cell[0]))
        else:
            d = sum(dependence(r, leaf, memo) for r in refs(f, cell[0]))
        memo[cell] = d
        return d

    # A flagged cell and a leaf that it adds up once.
    choice = None
    for (sheet, cell), info in sorted(index.items()):
        if not info["formula"] or info["stated"] is None or info["row"] in TOTALS:
            continue
        delta = Decimal(str(info["stated"])) - Decimal(str(info["value"]))
        if delta == 0:
            continue
        for (ls, lc), li in index.items():
            if ls == sheet and not li["formula"] and li["stated"] is not None and \
                    dependence((sheet, cell), (ls, lc), {}) == 1:
                choice = ((sheet, cell), (ls, lc), li, delta)
                break
        if choice:
            break
    if not choice:
        sys.exit(f"{stem}: no flagged cell with an editable leaf")
    (fsheet, fcell), (lsheet, lcell), leaf, delta = choice
    new_leaf = Decimal(str(leaf["stated"])) + delta
    print(f"{stem}: editing {lsheet}!{lcell} ({leaf['table']} {leaf['row']} {leaf['column']}) "
          f"{leaf['stated']} -> {new_leaf} so that {fsheet}!{fcell} agrees with the document")

    edited = os.path.join(tmp, stem + "-edited.xlsx")
    patch_cell(path, edited, sheet_xml_paths(path)[lsheet], lcell, new_leaf)
    libreoffice([edited], rc_dir)
    rc = openpyxl.load_workbook(os.path.join(rc_dir, stem + "-edited.xlsx"), data_only=True)

    moved = []
    for (sheet, cell), f in formulas.items():
        if f.startswith("=IF("):
            continue
        d = dependence((sheet, cell), (lsheet, lcell), {})
        before = float(cached[sheet][cell].value or 0)
        after = float(rc[sheet][cell].value or 0)
        if not close(after, before + float(delta) * d):
            fail(f"{sheet}!{cell} {f}: {before} -> {after}, expected a change of {float(delta) * d}")
        if d:
            moved.append((sheet, cell))
    print(f"{len(moved)} formulas followed the edit: " + ", ".join(f"{s}!{c}" for s, c in moved[:12]))
    if not any(index.get(m, {}).get("row") in TOTALS for m in moved):
        fail("no 总计 followed the edit")
    if not any(s == "校验" for s, _ in moved):
        fail("no cross-sheet check on 校验 followed the edit")
    if not close(float(rc[fsheet][fcell].value or 0), index[(fsheet, fcell)]["stated"]):
        fail(f"{fsheet}!{fcell} does not agree with the document after the edit")
    # The live 原表数 note of the flagged row lists one figure fewer.
    row = int(re.sub(r"[A-Z]+", "", fcell))
    notes = [c.coordinate for c in wb[fsheet][row] if isinstance(c.value, str) and c.value.startswith("=IF(")]
    if not notes:
        fail(f"{fsheet} row {row} has no 原表数 note")
    else:
        before, after = cached[fsheet][notes[0]].value or "", rc[fsheet][notes[0]].value or ""
        print(f"原表数 note: {before!r} -> {after!r}")
        if len(after.split()) >= len(before.split()):
            fail(f"the 原表数 note of {fsheet} row {row} did not follow the edit")

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("ok")
