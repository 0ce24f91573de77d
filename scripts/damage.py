#!/usr/bin/env python3
"""Damages a clean tab-separated disclosure the way PDF extraction does.

usage: damage.py SEED OUT [--seed N] [--rate R]

Applies, at random (reproducibly with --seed) to the coded rows of the
tables (lines starting with a 3-digit class code), the damage the reference
document 2026-changji-gaoxinqu shows:

* split-number: an amount's last digit pushed to a line of its own in the
  same column, or a space inside the number ("5882 2");
* wrapped-text: a space inside a name ("其他发展与改革 事务支出");
* carried-code: the 类 code left blank under the row above.

Every change keeps the figures and names recoverable, so the facts of the
damaged document must equal the gold of the clean one; tests/damage-sim.cmake
scores them. Each change is printed to stderr as "kind<TAB>line" (and, for
split-line, the digit pushed down).
"""
import argparse
import random
import re
import sys

DECIMAL_SPLIT = False
AMOUNT = re.compile(r"^\d{2,}(\.\d+)?$")


def damage(lines, rng, rate):
    out = []
    log = []
    prev_class = None
    for line in lines:
        cells = line.rstrip("\n").split("\t")
        coded = len(cells) > 4 and re.fullmatch(r"\d{3}", cells[0] or "") is not None
        if not coded:
            prev_class = None if line.strip() == "" else prev_class
            out.append(line)
            continue
        extra = None
        kinds = ["split-space", "split-line", "wrapped", "carried"]
        rng.shuffle(kinds)
        done = False
        for kind in kinds:
            if done or rng.random() > rate:
                continue
            if kind == "carried" and prev_class == cells[0] and cells[1]:
                cells[0] = ""
                done = True
            elif kind == "wrapped" and len(cells[3]) >= 6 and " " not in cells[3] and "<" not in cells[3]:
                cut = rng.randrange(2, len(cells[3]) - 2)
                cells[3] = cells[3][:cut] + " " + cells[3][cut:]
                done = True
            elif kind.startswith("split"):
                # a decimal's last digit on a line of its own would be a
                # number too ("274.5"): only integers lose their last digit
                spots = [i for i in range(4, len(cells)) if AMOUNT.match(cells[i])
                         and (kind == "split-space" or "." not in cells[i] or DECIMAL_SPLIT)]
                if not spots:
                    continue
                i = rng.choice(spots)
                if kind == "split-space":
                    # "5882 2"; a decimal splits after its point ("1229. 70")
                    dot = cells[i].find(".")
                    cut = dot + 1 if dot >= 0 else rng.randrange(1, len(cells[i]))
                    cells[i] = cells[i][:cut] + " " + cells[i][cut:]
                else:
                    extra = [""] * len(cells)
                    extra[i] = cells[i][-1]
                    cells[i] = cells[i][:-1]
                done = True
            if done:
                log.append(f"{kind}\t{len(out) + 1}" + (f"\t{extra[i]}" if kind == "split-line" else ""))
        prev_class = cells[0] or prev_class
        out.append("\t".join(cells) + "\n")
        if extra is not None:
            out.append("\t".join(extra) + "\n")
    return out, log


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed_file")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=float, default=0.3)
    ap.add_argument("--decimal-split", action="store_true",
                    help="push a decimal's last digit to the next line too (\"274.5\" + \"1\")")
    a = ap.parse_args()
    global DECIMAL_SPLIT
    DECIMAL_SPLIT = a.decimal_split
    with open(a.seed_file, encoding="utf-8") as f:
        lines = f.readlines()
    out, log = damage(lines, random.Random(a.seed), a.rate)
    with open(a.out, "w", encoding="utf-8") as f:
        f.writelines(out)
    for entry in log:
        print(entry, file=sys.stderr)


if __name__ == "__main__":
    main()
