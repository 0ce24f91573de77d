#!/usr/bin/env python3
"""Scores the facts yusuan reads from one input file against a gold file.

  score_file.py YUSUAN INPUT GOLD MIN [--seed SEED]

Converts INPUT with the built yusuan, scores its facts against GOLD with
tests/reference/tools/score.py and fails (exit 1) if F1 < MIN. With --seed
(the document INPUT was made from, in the layout the reader already reads),
the bar is min(MIN, F1 of the seed): a layout fixture must read as well as
its seed, and a seed that is itself below MIN (a known reading gap that is
not the layout's) does not fail the layout test.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
scorer = os.path.join(here, "..", "reference", "tools", "score.py")


def facts_f1(yusuan, path, gold, show=0):
    with tempfile.TemporaryDirectory() as out:
        r = subprocess.run([yusuan, "convert", path, "-o", out, "--to", "facts"], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            sys.exit(f"yusuan failed on {path} ({r.returncode}): {r.stderr}")
        produced = [f for f in os.listdir(out) if f.endswith(".facts.tsv")]
        if not produced:
            sys.exit(f"yusuan wrote no facts for {path}: {r.stderr}")
        produced = os.path.join(out, produced[0])
        s = subprocess.run([sys.executable, scorer, "facts", gold, produced, "--json"], capture_output=True, text=True)
        if show:
            print(subprocess.run([sys.executable, scorer, "facts", gold, produced, "--show", str(show)],
                                 capture_output=True, text=True).stdout)
        return json.loads(s.stdout)["f1"]


def main():
    a = argparse.ArgumentParser()
    a.add_argument("yusuan")
    a.add_argument("input")
    a.add_argument("gold")
    a.add_argument("min", type=float)
    a.add_argument("--seed")
    args = a.parse_args()
    need = args.min
    if args.seed:
        seed_f1 = facts_f1(args.yusuan, args.seed, args.gold)
        need = min(need, seed_f1)
        print(f"seed {os.path.basename(args.seed)}: facts F1 {seed_f1:.4f}")
    f1 = facts_f1(args.yusuan, args.input, args.gold, show=30)
    print(f"{os.path.basename(args.input)}: facts F1 {f1:.4f} (need {need:.4f})")
    sys.exit(0 if f1 >= need else 1)


if __name__ == "__main__":
    main()
