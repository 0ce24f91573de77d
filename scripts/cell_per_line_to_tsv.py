#!/usr/bin/env python3
"""Rewrites a one-cell-per-line document (Word's text export: each cell a line
starting with a tab, rows separated by blank lines) as tab-separated rows.

usage: cell_per_line_to_tsv.py IN OUT

The cells keep their text (ideographic spaces and the indentation that shows
nesting are dropped, as other tools drop them); lines that are not cells are
copied as they are. Used by make-layout-fixtures.sh to give the 2021
reference document the other layouts.
"""
import sys


def convert(lines):
    out, row = [], []

    def flush():
        if len(row) > 1:
            out.append("\t".join(c[1:].replace("\u3000", "").strip() for c in row))
        else:
            out.extend(row)
        row.clear()

    for line in lines:
        if line.startswith("\t"):
            row.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return out


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(convert(lines)))


if __name__ == "__main__":
    main()
