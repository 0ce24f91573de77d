#!/usr/bin/env python3
"""End-to-end check of one reference document against its gold.

  score.py YUSUAN DOC_STEM KIND MIN...   (run by ctest; see tests/reference.cmake)

Converts tests/reference/seeds/DOC_STEM.txt with the built yusuan and scores
the export with tests/reference/tools/score.py. KIND is `facts` (MIN = F1),
`findings` (MIN = recall precision) or `damage` (MIN = recall over the repair
kinds the issue lists). Fails (exit 1) below a threshold and prints the misses.
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
ref = os.path.join(here, "..", "reference")
yusuan, stem, kind = sys.argv[1], sys.argv[2], sys.argv[3]
mins = [float(x) for x in sys.argv[4:]]
src = os.path.join(ref, "seeds", stem + ".txt")
scorer = os.path.join(ref, "tools", "score.py")

with tempfile.TemporaryDirectory() as out:
    to = "facts" if kind == "facts" else "findings"
    r = subprocess.run([yusuan, "convert", src, "-o", out, "--to", to], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"yusuan failed ({r.returncode}): {r.stderr}")
    produced = os.path.join(out, f"{stem}.{to}.tsv")
    if kind == "damage":
        gold = os.path.join(ref, "gold", stem + ".damage.tsv")
        wanted = {"split-number", "truncated-name", "lost-header-cell", "lost-rows", "other"}
        damage = [l.rstrip("\n").split("\t") for l in open(gold, encoding="utf-8")][1:]
        damage = [d for d in damage if d and d[0] in wanted]
        found = {}
        for l in list(open(produced, encoding="utf-8"))[1:]:
            f = l.rstrip("\n").split("\t")
            if f[0] == "info" and f[1].startswith("repair.") and f[7].isdigit():
                found.setdefault(f[1][len("repair."):], set()).add(int(f[7]))
        hit = [d for d in damage if any(abs(int(d[1]) - x) <= 1 for x in found.get(d[0], ()))]
        recall = len(hit) / len(damage) if damage else 1.0
        print(f"{stem}: damage recall {recall:.4f} ({len(hit)}/{len(damage)})")
        for d in damage:
            if d not in hit:
                print("  missed", "\t".join(d[:4]))
        sys.exit(0 if recall >= mins[0] else 1)
    gold = os.path.join(ref, "gold", f"{stem}.{kind}.tsv")
    s = subprocess.run([sys.executable, scorer, kind, gold, produced, "--json"], capture_output=True, text=True)
    score = json.loads(s.stdout)
    show = subprocess.run([sys.executable, scorer, kind, gold, produced, "--show", "40"], capture_output=True, text=True)
    print(show.stdout)
    if kind == "facts":
        ok = score["f1"] >= mins[0]
        print(f"{stem}: facts F1 {score['f1']:.4f} (need {mins[0]})")
    else:
        ok = score["recall"] >= mins[0] and score["precision"] >= mins[1]
        print(f"{stem}: findings recall {score['recall']:.4f} (need {mins[0]}), "
              f"precision {score['precision']:.4f} (need {mins[1]})")
    sys.exit(0 if ok else 1)
