#!/usr/bin/env python3
"""Checks a yusuan PDF summary with poppler's tools (pdffonts, pdftotext,
pdfinfo) against the JSON model and findings TSV written with it:

* every font is an embedded subset with a ToUnicode map;
* pdftotext prints no warning (a malformed ToUnicode CMap makes poppler warn)
  and its text contains the department, the grand totals as printed (with
  thousands separators) and the location of every finding;
* the page count is sane, the pages are A4, every page after the cover says
  "第 n 页 / 共 m 页", and the file is not too big;
* the outline has the sections, every standard table and every form;
* the ToUnicode CMap itself is well-formed (bfchar/bfrange only) and maps a
  code for every character the text contains.

usage: check_pdf.py PDF JSON FINDINGS_TSV [--max-kb N] [--min-pages N] [--max-pages N]
"""
import argparse
import html
import json
import re
import subprocess
import sys
import zlib


def run(*cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def grouped(value: str) -> str:
    """'1229.70' -> '1,229.70' (the scale is kept, as printed)."""
    neg = value.startswith("-")
    whole, _, frac = value.lstrip("-").partition(".")
    out = f"{int(whole):,}"
    if frac:
        out += "." + frac
    return ("-" if neg else "") + out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def to_unicode_problems(pdf_path: str, text: str) -> list:
    """Reads every /ToUnicode stream of the PDF and checks it maps each code
    (libharu's codes are the code points) to itself, with no encoding-CMap
    operators, and that every character of the extracted text is mapped."""
    data = open(pdf_path, "rb").read()
    problems = []
    refs = set(re.findall(rb"/ToUnicode (\d+) 0 R", data))
    if not refs:
        return ["no /ToUnicode in the PDF"]
    mapped = set()
    for ref in refs:
        m = re.search(rb"\n" + ref + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n", data, re.S)
        if not m:
            problems.append(f"ToUnicode object {ref.decode()} not found")
            continue
        start = m.end()
        end = data.index(b"endstream", start)
        raw = data[start:end]
        body = zlib.decompressobj().decompress(raw) if b"FlateDecode" in m.group(1) else raw
        cmap = body.decode("latin-1")
        if "cidrange" in cmap or "/CMapType 2" not in cmap:
            problems.append("ToUnicode stream is not a ToUnicode CMap")
        hexes = lambda line: re.findall(r"<([0-9A-Fa-f]+)>", line)
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
            for line in block.strip().splitlines():
                src, dst = hexes(line)
                if src.upper() != dst.upper():
                    problems.append(f"ToUnicode maps <{src}> to <{dst}>")
                mapped.add(int(src, 16))
        for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
            for line in block.strip().splitlines():
                lo, hi, dst = hexes(line)
                if lo.upper() != dst.upper() or lo[:2] != hi[:2]:
                    problems.append(f"ToUnicode range <{lo}> <{hi}> maps to <{dst}>")
                mapped.update(range(int(lo, 16), int(hi, 16) + 1))
    missing = {c for c in text if not c.isspace() and ord(c) not in mapped}
    if missing:
        problems.append(f"characters without a ToUnicode entry: {''.join(sorted(missing))[:40]}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("json")
    ap.add_argument("findings")
    ap.add_argument("--max-kb", type=int, default=0)
    ap.add_argument("--min-pages", type=int, default=4)
    ap.add_argument("--max-pages", type=int, default=300)
    a = ap.parse_args()
    problems = []

    # Fonts: skip the two header lines of pdffonts' table.
    rc, out, err = run("pdffonts", a.pdf)
    if rc != 0:
        problems.append(f"pdffonts failed: {err.strip()}")
    fonts = out.splitlines()[2:]
    if not fonts:
        problems.append("no fonts in the PDF")
    for line in fonts:
        cols = line.split()
        # name type... encoding emb sub uni objnum gen
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        if "+" not in cols[0] or (emb, sub, uni) != ("yes", "yes", "yes"):
            problems.append(f"font not an embedded subset with ToUnicode: {line}")

    # Text: raw mode keeps content order, so a wrapped cell stays together.
    rc, text, err = run("pdftotext", "-raw", "-enc", "UTF-8", a.pdf, "-")
    if rc != 0 or err.strip():
        problems.append(f"pdftotext warned or failed: {err.strip()[:300]}")
    flat = squash(text)
    problems += to_unicode_problems(a.pdf, text)

    with open(a.json, encoding="utf-8") as f:
        doc = json.load(f)
    dept = doc["meta"].get("department") or "（未能识别部门名称）"
    if squash(dept) not in flat:
        problems.append(f"department not in text: {dept}")
    for t in doc["tables"]:
        if t["id"] != "t01":
            continue
        for r in t["rows"]:
            if r.get("kind") != "total":
                continue
            for c in r["cells"]:
                if "amount" in c and grouped(c["amount"]) not in flat:
                    problems.append(f"grand total {r['key']} {grouped(c['amount'])} not in text")

    with open(a.findings, encoding="utf-8") as f:
        lines = f.read().splitlines()[1:]
    for ln in lines:
        sev, rule, table, row, column = ln.split("\t")[:5]
        loc = "·".join(p for p in (table, row, column) if p) or "文件"
        if squash(loc) not in flat:
            problems.append(f"finding location not in text: {sev} {rule} {loc}")

    rc, info, err = run("pdfinfo", a.pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    if not a.min_pages <= pages <= a.max_pages:
        problems.append(f"page count {pages} outside {a.min_pages}..{a.max_pages}")
    # Every page A4, either way round.
    rc, sizes, err = run("pdfinfo", "-f", "1", "-l", str(pages), a.pdf)
    for m in re.finditer(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", sizes):
        dims = sorted((float(m.group(1)), float(m.group(2))))
        if abs(dims[0] - 595.28) > 1 or abs(dims[1] - 841.89) > 1:
            problems.append(f"page not A4: {m.group(0)}")
            break
    for n in range(2, pages + 1):
        if f"第{n}页/共{pages}页" not in flat:
            problems.append(f"no page number on page {n}")
            break

    # Outline (pdftohtml -xml prints it as nested <item> elements).
    rc, xml, err = run("pdftohtml", "-xml", "-i", "-q", "-stdout", a.pdf)
    items = [html.unescape(i) for i in re.findall(r"<item page=\"\d+\">([^<]*)</item>", xml)]
    for section in ("封面", "关键数字", "发现问题", "标准表格", "绩效目标"):
        if section not in items:
            problems.append(f"outline has no section {section}")
    # Outline titles are UTF-16 strings, independent of the font: each must
    # also come back from the page text (through the ToUnicode CMap).
    for item in items:
        if item != "封面" and squash(item) not in flat:
            problems.append(f"outline item not in page text: {item}")
    # One "表N <title>" entry per standard table read (N and the title as the
    # template gives them: a 2021 document's 三公 table, t10, is its 表8).
    standard = [t["id"] for t in doc["tables"] if re.fullmatch(r"t\d\d", t["id"])]
    entries = [i for i in items if re.match(r"表\d+ ", i)]
    if len(entries) < len(standard):
        problems.append(f"outline has {len(entries)} table entries for {len(standard)} tables")
    for form in doc.get("forms", []):
        if not any(i.startswith(form["id"] + " ") for i in items):
            problems.append(f"outline has no entry for form {form['id']}")

    for key in ("Title", "Author", "Subject"):
        if not re.search(rf"^{key}:\s+\S", info, re.M):
            problems.append(f"document info has no {key}")

    if a.max_kb:
        import os
        kb = os.path.getsize(a.pdf) / 1024
        if kb > a.max_kb:
            problems.append(f"PDF is {kb:.0f} KB, more than {a.max_kb} KB")

    for p in problems:
        print(p)
    print(f"{a.pdf}: {pages} pages, {len(lines)} findings, {'FAIL' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
