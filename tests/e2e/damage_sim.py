#!/usr/bin/env python3
"""Simulated damage on the clean reference documents.

  damage_sim.py YUSUAN DOC_STEM SEED MIN_F1 MIN_SPLIT_RECALL   (run by ctest)

Damages tests/reference/seeds/DOC_STEM.txt with scripts/damage.py (numbers
split by a space or with their last digit pushed to the next line, names
wrapped or cut at a cell width, 类 codes left blank), converts it and checks that the facts still
equal the clean document's gold (F1 ≥ MIN_F1) and that every pushed digit
that changes the figure and every name cut at the cell width is reported
(repair.split-number, repair.truncated-name) at its line (recall ≥
MIN_SPLIT_RECALL).
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..")
ref = os.path.join(here, "..", "reference")
yusuan, stem, seed, min_f1, min_recall = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])

with tempfile.TemporaryDirectory() as work:
    damaged = os.path.join(work, f"{stem}.txt")
    d = subprocess.run([sys.executable, os.path.join(root, "scripts", "damage.py"),
                        os.path.join(ref, "seeds", stem + ".txt"), damaged, "--seed", seed, "--decimal-split",
                        "--truncate"],
                       capture_output=True, text=True, check=True)
    log = [l.split("\t") for l in d.stderr.splitlines() if l]
    out = os.path.join(work, "out")
    r = subprocess.run([yusuan, "convert", damaged, "-o", out, "--to", "facts,findings"], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"yusuan failed ({r.returncode}): {r.stderr}")
    scorer = os.path.join(ref, "tools", "score.py")
    gold = os.path.join(ref, "gold", f"{stem}.facts.tsv")
    facts = os.path.join(out, f"{stem}.facts.tsv")
    s = json.loads(subprocess.run([sys.executable, scorer, "facts", gold, facts, "--json"],
                                  capture_output=True, text=True).stdout)
    reported = set()
    for l in list(open(os.path.join(out, f"{stem}.findings.tsv"), encoding="utf-8"))[1:]:
        f = l.rstrip("\n").split("\t")
        if f[1] in ("repair.split-number", "repair.truncated-name") and f[7].isdigit():
            reported.add((f[1], int(f[7])))
    # a pushed "0" after a decimal does not change the figure: nothing to mend
    wanted = [("repair.split-number", int(e[1])) for e in log if e[0] == "split-line" and e[2] != "0"]
    wanted += [("repair.truncated-name", int(e[1])) for e in log if e[0] == "truncated"]
    hit = [x for x in wanted if x in reported]
    recall = len(hit) / len(wanted) if wanted else 1.0
    kinds = {}
    for e in log:
        kinds[e[0]] = kinds.get(e[0], 0) + 1
    print(f"{stem} seed {seed}: damage {kinds}; facts F1 {s['f1']:.4f} (need {min_f1}); "
          f"split numbers and cut names reported {len(hit)}/{len(wanted)} (need {min_recall})")
    if s["f1"] < min_f1:
        print(subprocess.run([sys.executable, scorer, "facts", gold, facts, "--show", "20"],
                             capture_output=True, text=True).stdout)
    for rule, line in wanted:
        if (rule, line) not in reported:
            print(f"  {rule} at line {line} not reported")
    sys.exit(0 if s["f1"] >= min_f1 and recall >= min_recall else 1)
