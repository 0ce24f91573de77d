#!/usr/bin/env python3
"""Writes one reference document (tab-separated tables) in other layouts.

  layout_fixtures.py SEED.txt OUT_DIR

From SEED (lines; a run of lines with tabs is one table) it writes, under
OUT_DIR, STEM.<kind>.<ext> for each kind:

  md            markdown pipe tables (first row is the markdown header row,
                the other header rows follow as body rows; a header cell the
                seed prints wrapped is split over two rows), titles as `##`,
                `表 N` lines in bold
  html          HTML: titles in <h2>, text in <p>, tables with the header
                rows merged into rowspan/colspan cells inside <thead>, <br>
                inside wrapped header cells, &nbsp; in empty data cells,
                entities for & < >
  gb18030-crlf  the seed itself in GB18030 with CRLF line ends
  utf16         the seed itself in UTF-16LE with a BOM
  mixed         one file, tables alternately markdown, HTML and tab-separated
  render.html   the HTML to render to PDF (top-aligned cells, CJK font,
                landscape A4); make-layout-fixtures.sh turns it into
                STEM.layout.txt with LibreOffice and pdftotext -layout

Only the layout changes: every cell keeps its text, so each output must
read to the same facts as the seed. Standard library only.
"""
import html
import os
import re
import sys
from decimal import Decimal, InvalidOperation

AMOUNT = re.compile(r"^-?[\d,]+(\.\d+)?$")


def is_data_cell(text):
    t = re.sub(r"</?[a-zA-Z]+>", "", text).strip().replace(" ", "")
    if not t:
        return False
    if t.isdigit():
        return True  # a classification code
    if AMOUNT.match(t):
        try:
            Decimal(t.replace(",", ""))
            return True
        except InvalidOperation:
            return False
    return False


def parse(seed_lines):
    """Items: ("text", line) or ("table", [[cells]...])."""
    items, run = [], []
    for line in seed_lines:
        if "\t" in line:
            run.append(line.split("\t"))
            continue
        if run:
            items.append(("table", run))
            run = []
        items.append(("text", line))
    if run:
        items.append(("table", run))
    return items


def padded(rows):
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows], width


def header_count(rows):
    """Leading rows with no amount and no code: the header."""
    for i, r in enumerate(rows):
        if any(is_data_cell(c) for c in r):
            return i
    return len(rows)


def is_title(line):
    s = line.strip()
    return 0 < len(s) <= 40 and (s.endswith("情况表") or s.endswith("目标表") or s.endswith("总表"))


def is_table_number(line):
    return re.match(r"^表\s*\d+$", line.strip()) is not None


# ---------------------------------------------------------------- markdown

def md_cell(text):
    return text.replace("|", "\\|").strip()


def split_wrapped_header(rows):
    """A header row whose cells were printed wrapped ("财政拨款 （补助）小 计")
    becomes two rows, the first part of each wrapped cell above the rest, as
    PDF-to-markdown tools print a header cell that spans two text lines."""
    nh = header_count(rows)
    if nh == len(rows):
        return rows
    out = []
    for i, r in enumerate(rows):
        if i < nh and any(" " in c.strip() for c in r):
            out.append([c.strip().split(" ", 1)[0] if " " in c.strip() else c for c in r])
            out.append([c.strip().split(" ", 1)[1] if " " in c.strip() else "" for c in r])
        else:
            out.append(r)
    return out


def md_table(rows, split_header=True):
    rows, width = padded(rows)
    if split_header:
        rows = split_wrapped_header(rows)
    out = ["| " + " | ".join(md_cell(c) for c in rows[0]) + " |",
           "|" + "|".join([" --- "] * width) + "|"]
    for r in rows[1:]:
        out.append("| " + " | ".join(md_cell(c) for c in r) + " |")
    return out


def md_text(line):
    if is_title(line):
        return "## " + line.strip()
    if is_table_number(line):
        return "**" + line.strip() + "**"
    return line


# -------------------------------------------------------------------- html

def spans(head):
    """Header rows → cells with colspan/rowspan, from the positions in which
    the tab-separated header prints them: a header cell spans the empty cells
    to its right that have a sub-header below them, and the empty cells below
    it. Returns per row a list of (col, text, colspan, rowspan) and the set of
    covered positions."""
    n, width = len(head), len(head[0])
    covered = set()
    out = []
    for r in range(n):
        row = []
        for c in range(width):
            if (r, c) in covered:
                continue
            text = head[r][c].strip()
            cs = 1
            if text:
                while (c + cs < width and not head[r][c + cs].strip() and (r, c + cs) not in covered
                       and any(head[k][c + cs].strip() for k in range(r + 1, n))):
                    cs += 1
            rs = 1
            if text:
                while r + rs < n and all(not head[r + rs][x].strip() and (r + rs, x) not in covered
                                         for x in range(c, c + cs)):
                    rs += 1
            for y in range(r, r + rs):
                for x in range(c, c + cs):
                    covered.add((y, x))
            row.append((c, text, cs, rs))
        out.append(row)
    return out


def br_wrapped(text):
    # A header cell printed wrapped ("财政拨款 （补助）小 计") keeps its breaks as <br>.
    return "<br>".join(html.escape(p) for p in text.split(" ")) if " " in text else html.escape(text)


INLINE_TAG = re.compile(r"</?(b|p|strong|span|i|em|u)\b[^>]*>", re.I)


def visible(text, render):
    """In the print version, markup printed inside a cell (the seed's <b>201</b>)
    is formatting, not text: a PDF never shows the tags."""
    return INLINE_TAG.sub("", text) if render else text


def html_table(rows, render=False):
    rows, width = padded(rows)
    nh = header_count(rows)
    is_form = any(c.strip() in ("一级指标", "部门名称 (盖章)", "预算单位") for r in rows for c in r)
    if nh == len(rows) or nh < 2 or is_form:
        # No data row at all, or a single header row (a form's first row is
        # not a header to repeat on every page): plain rows, no <thead>.
        nh = 0
    out = ["<table border=\"1\" cellspacing=\"0\">"]
    if nh:
        out.append("<thead>")
        for row in spans(rows[:nh]):
            cells = []
            for _, text, cs, rs in row:
                attrs = (f" colspan=\"{cs}\"" if cs > 1 else "") + (f" rowspan=\"{rs}\"" if rs > 1 else "")
                cells.append(f"<th{attrs}>{br_wrapped(visible(text, render))}</th>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</thead>")
        out.append("<tbody>")
    for r in rows[nh:]:
        cells = []
        for c in r:
            t = visible(c.strip(), render)
            cells.append(f"<td>{html.escape(t) if t else ('' if render else '&nbsp;')}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    if nh:
        out.append("</tbody>")
    out.append("</table>")
    return out


def html_text(line, render=False):
    s = visible(line.strip(), render)
    if not s:
        return ""
    if is_title(line):
        return f"<h2>{html.escape(s)}</h2>"
    return f"<p>{html.escape(s)}</p>"


HTML_HEAD = ["<!DOCTYPE html>", "<html>", "<head>", "<meta charset=\"utf-8\">", "<title>部门预算</title>", "</head>",
             "<body>"]
HTML_TAIL = ["</body>", "</html>"]

RENDER_STYLE = """<style>
@page { size: 29.7cm 21cm; margin: 1.5cm; }
body, td, th, h2, p { font-family: "WenQuanYi Micro Hei"; font-size: 9pt; }
h2 { font-size: 12pt; font-weight: normal; }
table { border-collapse: collapse; }
td, th { vertical-align: top; font-weight: normal; padding: 1pt 3pt; }
</style>"""


# -------------------------------------------------------------------- main

def main():
    seed, out_dir = sys.argv[1], sys.argv[2]
    stem = os.path.splitext(os.path.basename(seed))[0]
    raw = open(seed, "rb").read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    items = parse(lines)

    def write(kind, out_lines, encoding="utf-8", newline="\n"):
        path = os.path.join(out_dir, f"{stem}.{kind}")
        data = newline.join(out_lines) + newline
        with open(path, "wb") as f:
            if encoding == "utf-16-le":
                f.write(b"\xff\xfe")
            f.write(data.encode(encoding))

    md = []
    for kind, v in items:
        md.extend(md_table(v) if kind == "table" else [md_text(v)])
    write("md", md)

    def html_doc(render):
        out = list(HTML_HEAD)
        if render:
            out.insert(5, RENDER_STYLE)
        for kind, v in items:
            if kind == "table":
                out.extend(html_table(v, render))
            elif t := html_text(v, render):
                out.append(t)
        return out + HTML_TAIL

    write("html", html_doc(False))
    write("render.html", html_doc(True))

    mixed, n = [], 0
    for kind, v in items:
        if kind == "text":
            mixed.append(v)
            continue
        pick = n % 3
        n += 1
        if pick == 0:
            mixed.extend(md_table(v))
        elif pick == 1:
            mixed.extend(html_table(v))
        else:
            mixed.extend("\t".join(r) for r in v)
    write("mixed.txt", mixed)

    write("gb18030-crlf.txt", lines, encoding="gb18030", newline="\r\n")
    write("utf16.txt", lines, encoding="utf-16-le")


if __name__ == "__main__":
    main()
