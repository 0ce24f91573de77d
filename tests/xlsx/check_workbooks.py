#!/usr/bin/env python3
"""The workbook test (issue 7, "Done when"): convert the reference documents to
xlsx, recalculate them in LibreOffice (recalculation on load forced), and assert:

* every standard table's sheet is present (names from the template);
* no cell shows an error value (#REF!, #VALUE!, #NAME?, …);
* every formula's cached value is what LibreOffice computes from it;
* every recalculated formula equals the figure the document states, except at
  cells with an error/warning finding (or a difference that only comes from a
  cell it adds up: the same formula over the document's own figures agrees);
  each such cell is highlighted by conditional formatting and commented;
* the cross-sheet checks on 校验 read 0 where the document is consistent.

  check_workbooks.py YUSUAN REFERENCE_DIR TABLES_TOML STRICT_STEM... [-- PARTIAL_STEM...]

Strict documents must pass every assertion; partial ones (read partially for
now) must pass all but the "equals the stated figure" one, whose misses are
printed. Findings are yusuan's own plus, while the rule engine is still a
stub, the reference findings in REFERENCE_DIR/gold.
"""
import os
import re
import sys
import tempfile
import json
import tomllib

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workbook_lib import (ERROR_VALUES, close, convert, libreoffice, read_findings, read_index, refs)  # noqa: E402

yusuan, ref_dir, tables_toml = sys.argv[1:4]
rest = sys.argv[4:]
strict = rest[:rest.index("--")] if "--" in rest else rest
partial = rest[rest.index("--") + 1:] if "--" in rest else []
templates_root = os.path.dirname(os.path.dirname(os.path.abspath(tables_toml)))


def sheets_of(template):
    """The standard tables' sheet names of the template a document was read with."""
    with open(os.path.join(templates_root, template, "tables.toml"), "rb") as f:
        return [t["sheet"] for t in tomllib.load(f)["tables"]]


failures = []
# The only formulas the writer makes; anything else would be source text
# that became a formula.
OUR_FORMULA = re.compile(r"=(SUM\(.*\)|ROUND\(.*\)|IF\(.*\)|'[^!]+'![A-Z]+[0-9]+)")


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


with tempfile.TemporaryDirectory() as tmp:
    out, rc_dir = os.path.join(tmp, "out"), os.path.join(tmp, "recalc")
    os.makedirs(out)
    os.makedirs(rc_dir)
    stems = strict + partial
    convert(yusuan, [os.path.join(ref_dir, "seeds", s + ".txt") for s in stems], out, "xlsx,findings,json")
    libreoffice([os.path.join(out, s + ".xlsx") for s in stems], rc_dir)

    for stem in stems:
        is_strict = stem in strict
        path = os.path.join(out, stem + ".xlsx")
        wb = openpyxl.load_workbook(path)                       # formulas
        cached = openpyxl.load_workbook(path, data_only=True)   # the values yusuan cached
        rc = openpyxl.load_workbook(os.path.join(rc_dir, stem + ".xlsx"), data_only=True)
        flagged = read_findings(os.path.join(out, stem + ".findings.tsv"))
        gold = os.path.join(ref_dir, "gold", stem)
        flagged |= read_findings(gold + ".findings.tsv") | read_findings(gold + ".findings-optional.tsv")
        index = read_index(wb)

        with open(os.path.join(out, stem + ".json"), encoding="utf-8") as f:
            sheets_wanted = sheets_of(json.load(f)["template"])
        for name in sheets_wanted + ["校验"]:
            if name not in wb.sheetnames:
                fail(f"{stem}: sheet {name} missing")

        n_formulas = 0
        for ws in wb.worksheets:
            rws = rc[ws.title]
            for row in rws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and (c.value in ERROR_VALUES or c.value.startswith("Err:")):
                        fail(f"{stem}: {ws.title}!{c.coordinate} shows {c.value}")
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type != "f":
                        continue
                    n_formulas += 1
                    if not OUR_FORMULA.fullmatch(c.value):
                        fail(f"{stem}: {ws.title}!{c.coordinate} holds a formula yusuan does not write: {c.value!r}")
                    mine = cached[ws.title][c.coordinate].value
                    theirs = rws[c.coordinate].value
                    same = (close(float(mine or 0), float(theirs or 0))
                            if isinstance(theirs, (int, float)) or isinstance(mine, (int, float))
                            else (mine or "") == (theirs or ""))
                    if not same:
                        fail(f"{stem}: {ws.title}!{c.coordinate} {c.value}: cached {mine!r}, LibreOffice {theirs!r}")

        # Formula results against the document's figures.
        mismatches = unexplained = 0
        for (sheet, cell), info in index.items():
            if not info["formula"] or info["stated"] is None:
                continue
            got = rc[sheet][cell].value
            got = float(got or 0)
            if close(got, info["stated"]):
                continue
            mismatches += 1
            key = (info["table"], info["row"], info["column"])
            ws = wb[sheet]
            if ws[cell].comment is None or "源文第" not in ws[cell].comment.text:
                fail(f"{stem}: {sheet}!{cell} {key} differs but has no comment with its source line")
            cf_cells = set()
            for rng in ws.conditional_formatting:
                for cr in rng.sqref.ranges:
                    cf_cells.add(cr.coord.split(":")[0])
            if cell not in cf_cells:
                fail(f"{stem}: {sheet}!{cell} {key} differs but is not conditionally formatted")
            if key in flagged or (key[0], key[1], "") in flagged:
                continue
            over_stated = sum((index.get(r, {}).get("stated") or 0.0) for r in refs(ws[cell].value, sheet))
            if close(over_stated, info["stated"]):
                continue   # the difference comes from a cell it adds up
            unexplained += 1
            msg = f"{stem}: {sheet}!{cell} {key} = {got} but the document states {info['stated']} (line {info['line']}), no finding"
            if is_strict:
                fail(msg)
            else:
                print("partial:", msg)

        # Cross-sheet checks on 校验: 0 wherever the document is consistent.
        ws, rws = wb["校验"], rc["校验"]
        n_checks = 0
        for row in ws.iter_rows(min_row=1):
            e, f, g = row[4], row[5], row[6]
            if not (isinstance(e.value, str) and e.value.startswith("='")):
                continue
            n_checks += 1
            (ls, lc), (rs, rcell) = refs(e.value, ws.title)[0], refs(f.value, ws.title)[0]
            left, right = index.get((ls, lc), {}), index.get((rs, rcell), {})
            diff = float(rws[g.coordinate].value or 0)
            if not close(diff, float(rws[e.coordinate].value or 0) - float(rws[f.coordinate].value or 0)):
                fail(f"{stem}: 校验!{g.coordinate} is not left − right")
            consistent = close(left.get("stated") or 0.0, right.get("stated") or 0.0)
            unchanged = all(close(float(rc[s][c].value or 0), (i.get("stated") or 0.0))
                            for (s, c), i in (((ls, lc), left), ((rs, rcell), right)))
            if consistent and unchanged and not close(diff, 0):
                fail(f"{stem}: 校验 row {g.row} ({row[1].value}) shows {diff} where the document is consistent")
        if is_strict and (n_formulas == 0 or n_checks == 0):
            fail(f"{stem}: {n_formulas} formulas and {n_checks} cross-sheet checks: nothing was tested")
        print(f"{stem}: {len(wb.sheetnames)} sheets, {n_formulas} formulas, {mismatches} cells differ from the "
              f"document ({unexplained} without a finding), {n_checks} cross-sheet checks")

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("ok")
