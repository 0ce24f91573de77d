#!/usr/bin/env python3
"""Damages a clean tab-separated disclosure the way PDF extraction does.

usage: damage.py SEED OUT [--seed N] [--rate R]

Applies, at random (reproducibly with --seed) to the coded rows of the
tables (lines starting with a 3-digit class code), the damage the reference
document 2026-changji-gaoxinqu shows:

* split-number: an amount's last digit pushed to a line of its own in the
  same column, or a space inside the number ("5882 2");
* wrapped-text: a space inside a name ("其他发展与改革 事务支出");
* carried-code: the 类 code left blank under the row above;
* truncated-name (--truncate): the names of a table cut at a cell width
  a character or two short of its longest name ("…传媒支").

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
TRUNCATE = False
AMOUNT = re.compile(r"^\d{2,}(\.\d+)?$")


def is_name(cell):
    """A plain name cell (the fourth cell of a function-coded row; in an
    economic-coded table that cell holds a figure)."""
    return bool(cell) and "<" not in cell and not re.search(r"\d", cell)


def coded_row(line):
    """A row of a coded table: 类, 款 or 项 code in the first three cells."""
    cells = line.rstrip("\n").split("\t")
    return len(cells) > 4 and any(re.fullmatch(r"\d{2,3}", re.sub(r"</?b>", "", c)) for c in cells[:3])


def truncate(lines, rng, rate, log):
    """Cuts the names of some tables at a cell width one or two characters
    short of their longest name, as a fixed-width PDF cell does."""
    out = list(lines)
    i = 0
    while i < len(out):
        if not coded_row(out[i]):
            i += 1
            continue
        j = i
        while j < len(out) and coded_row(out[j]):
            j += 1
        if rng.random() < rate:
            rows = [out[k].rstrip("\n").split("\t") for k in range(i, j)]
            names = [r[3] for r in rows if is_name(r[3])]
            if names:
                width = max(len(n) for n in names) - rng.randrange(1, 3)
                for k, r in zip(range(i, j), rows):
                    if is_name(r[3]) and len(r[3]) > width >= 4:
                        r[3] = r[3][:width]
                        out[k] = "\t".join(r) + "\n"
                        log.append(f"truncated\t{k + 1}")
        i = j
    return out


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
            elif kind == "wrapped" and len(cells[3]) >= 6 and " " not in cells[3] and is_name(cells[3]):
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
    ap.add_argument("--truncate", action="store_true",
                    help="cut a table's names at a cell width (\"文化旅游体育与传媒支\")")
    a = ap.parse_args()
    ap2 = a
    global DECIMAL_SPLIT, TRUNCATE
    DECIMAL_SPLIT = ap2.decimal_split
    TRUNCATE = ap2.truncate
    with open(a.seed_file, encoding="utf-8") as f:
        lines = f.readlines()
    rng = random.Random(a.seed)
    cut_log = []
    if a.truncate:
        lines = truncate(lines, rng, a.rate, cut_log)
    out, log = damage(lines, rng, a.rate)
    # a cut's line moves down by the lines split-line inserted above it
    heads = [int(e.split("\t")[1]) for e in log if e.startswith("split-line")]
    moved = []
    for e in cut_log:
        n = int(e.split("\t")[1])
        for h in sorted(heads):
            if h < n:
                n += 1
        moved.append(f"truncated\t{n}")
    log = moved + log
    with open(a.out, "w", encoding="utf-8") as f:
        f.writelines(out)
    for entry in log:
        print(entry, file=sys.stderr)


if __name__ == "__main__":
    main()
