#!/usr/bin/env python3
"""Scores the standard tables (t01-t12) of one converted document, alone.

  score_tables.py YUSUAN SCORER INPUT GOLD

Converts INPUT, scores its facts against GOLD with the project's scorer
(--json) and fails unless every table id starting with "t" that the gold
has scores F1 1.0. The forms (p00, pNN) are left out: the whole-file floor
in layouts.cmake covers them.
"""
import json
import os
import subprocess
import sys
import tempfile

yusuan, scorer, path, gold = sys.argv[1:5]
with tempfile.TemporaryDirectory() as out:
    r = subprocess.run([yusuan, "convert", path, "-o", out, "--to", "facts", "-q"], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"yusuan failed ({r.returncode}): {r.stderr}")
    stem = os.path.splitext(os.path.basename(path))[0]
    s = subprocess.run([sys.executable, scorer, "facts", gold, os.path.join(out, stem + ".facts.tsv"), "--json"],
                       capture_output=True, text=True, check=True)
result = json.loads(s.stdout)
ok = True
for table, score in sorted(result["tables"].items()):
    if not table.startswith("t"):
        continue
    print(f"{table} F1={score['f1']}")
    if score["f1"] != 1.0:
        ok = False
        print(f"FAIL: {table} F1 {score['f1']} < 1.0")
sys.exit(0 if ok else 1)
