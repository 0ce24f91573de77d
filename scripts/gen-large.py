#!/usr/bin/env python3
"""Synthetic large documents for the benchmark (issue 9).

  gen-large.py SEED FACTOR OUT

Writes OUT, a document about FACTOR times the size of SEED that stays
arithmetically consistent: it repeats SEED's project performance forms
(项目支出绩效目标表, the bulk of a large real document) after the last one,
verbatim. Every identity a form states (年度预算总额 = 财政拨款 + 其他资金,
weights, Σ 成本指标, its budget against its t07 row) holds in each copy, and
the tables are untouched, so every table and cross-table identity holds too.
Deterministic: the same SEED and FACTOR always give the same bytes.
"""
import sys

FORM_TITLE = "项目支出绩效目标表"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    seed, factor, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    text = open(seed, encoding="utf-8").read()
    lines = text.split("\n")
    titles = [i for i, l in enumerate(lines) if l.strip() == FORM_TITLE]
    if not titles:
        sys.exit(f"{seed}: no {FORM_TITLE} to replicate")
    # The forms end at the next part heading (第四部分 …) or the end of the text.
    end = next((i for i in range(titles[-1] + 1, len(lines))
                if "部分" in lines[i] and len(lines[i].strip()) <= 20), len(lines))
    bounds = titles + [end]
    forms = ["\n".join(lines[a:b]) + "\n" for a, b in zip(bounds, bounds[1:])]
    target = int(len(text.encode("utf-8")) * factor)
    extra, size, k = [], len(text.encode("utf-8")), 0
    while size < target:
        f = forms[k % len(forms)]
        extra.append(f)
        size += len(f.encode("utf-8"))
        k += 1
    head = "\n".join(lines[:end])
    tail = "\n".join(lines[end:])
    with open(out, "w", encoding="utf-8") as o:
        o.write(head + "\n" + "".join(extra) + tail)
    print(f"{out}: {size} bytes, {len(titles) + k} project forms ({k} repeated)")


if __name__ == "__main__":
    main()
