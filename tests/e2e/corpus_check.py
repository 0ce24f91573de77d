#!/usr/bin/env python3
"""Reads one real document and checks that its standard tables were found.

  corpus_check.py YUSUAN INPUT [--t01-totals] [--max-errors N] TABLE...

Converts INPUT (a real `pdftotext -layout` document, no gold) and fails if
any listed table id has no facts, or if t01 has both 收入总计 and 支出总计 and
they differ (a two-sided total misread); with --t01-totals both must be read;
with --max-errors N, if there are more than N `error` findings (N: the ones
tests/README.md explains, so a new misreading fails). Prints the tables found
and the error findings, so a run shows what is still unread.
"""
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

yusuan, path, want = sys.argv[1], sys.argv[2], sys.argv[3:]
need_totals = "--t01-totals" in want
max_errors = None
if "--max-errors" in want:
    at = want.index("--max-errors")
    max_errors = int(want[at + 1])
    del want[at:at + 2]
want = [t for t in want if t != "--t01-totals"]
with tempfile.TemporaryDirectory() as out:
    r = subprocess.run([yusuan, "convert", path, "-o", out, "--to", "facts,findings"], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"yusuan failed ({r.returncode}): {r.stderr}")
    stem = os.path.splitext(os.path.basename(path))[0]
    facts = [l.rstrip("\n").split("\t") for l in open(os.path.join(out, stem + ".facts.tsv"), encoding="utf-8")][1:]
    findings = [l.rstrip("\n").split("\t") for l in open(os.path.join(out, stem + ".findings.tsv"), encoding="utf-8")][1:]
found = {}
for f in facts:
    found[f[0]] = found.get(f[0], 0) + 1
print("facts per table:", " ".join(f"{t}={n}" for t, n in sorted(found.items())))
errors = [f for f in findings if f and f[0] == "error"]
for e in errors:
    print("error finding:", "\t".join(e))
ok = True
for t in want:
    if t not in found:
        print(f"FAIL: no facts for {t}")
        ok = False
totals = {f[1]: f[3] for f in facts if f[0] == "t01" and f[1] in ("收入总计", "支出总计")}
if need_totals and len(totals) != 2:
    print(f"FAIL: t01 totals not both read: {totals}")
    ok = False
if len(totals) == 2 and Decimal(totals["收入总计"].replace(",", "")) != Decimal(totals["支出总计"].replace(",", "")):
    print(f"FAIL: t01 收入总计 {totals['收入总计']} != 支出总计 {totals['支出总计']}")
    ok = False
if max_errors is not None and len(errors) > max_errors:
    print(f"FAIL: {len(errors)} error findings, at most {max_errors} expected")
    ok = False
sys.exit(0 if ok else 1)
