#!/usr/bin/env python3
"""End-to-end tests of `yusuan convert` on many inputs (issue 9).

  batch_test.py YUSUAN SEEDS_DIR CASE

CASE is one of the functions below named case_*; each builds its inputs in a
fresh sandbox folder, runs yusuan and asserts on exit code, outputs, stderr
and summary. Exit 0 = pass; any assertion prints what differed.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

YUSUAN, SEEDS, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
# Documents with no `error` finding (a clean batch exits 0) and one whose
# published figures have genuine errors (exit 1).
GOOD = ["2026-changji-yingshang.txt", "2026-changji-yuanjiang.txt"]
WITH_ERRORS = "2026-changjishi-zhengfuban.txt"
TO = "facts,findings,json"


def run(*args, **kw):
    return subprocess.run([YUSUAN, *args], capture_output=True, text=True, errors="replace", timeout=120, **kw)


def tree(root):
    """Every path below root, relative, sorted."""
    out = []
    for d, dirs, files in os.walk(root):
        for n in dirs + files:
            out.append(os.path.relpath(os.path.join(d, n), root))
    return sorted(out)


def summary(outdir):
    with open(os.path.join(outdir, "summary.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def expect(cond, what, *context):
    if not cond:
        print("FAIL:", what)
        for c in context:
            print(c)
        sys.exit(1)


def good_inputs(folder):
    os.makedirs(folder, exist_ok=True)
    for g in GOOD:
        shutil.copy(os.path.join(SEEDS, g), folder)


def case_corrupt_among_good(box):
    """A corrupt file among good ones: good converted, bad reported, no partial files, exit 3."""
    inp = os.path.join(box, "in")
    good_inputs(inp)
    with open(os.path.join(inp, "broken.txt"), "wb") as f:  # a PNG named .txt
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with open(os.path.join(SEEDS, GOOD[0]), "rb") as f:  # cut mid-table, not a table at all afterwards
        head = f.read(2000)
    with open(os.path.join(inp, "notitle.txt"), "wb") as f:
        f.write(head[:head.rfind(b"\n")])
    out = os.path.join(box, "out")
    r = run("convert", inp, "-o", out, "--to", TO, "-j", "2")
    expect(r.returncode == 3, f"exit code {r.returncode}, wanted 3", r.stderr)
    files = tree(out)
    for g in GOOD:
        stem = g[:-4]
        for ext in (".facts.tsv", ".findings.tsv", ".json"):
            expect(stem + ext in files, f"missing output {stem + ext}", files)
    expect(not any(f.startswith("broken") or f.startswith("notitle") for f in files),
           "outputs written for a failed input", files)
    expect(not any(".tmp-" in f for f in files), "temporary file left behind", files)
    bad_lines = [l for l in r.stderr.splitlines() if "broken.txt" in l]
    expect(len(bad_lines) == 1 and ("not a text file" in bad_lines[0] or "invalid" in bad_lines[0]),
           "no clear one-line error for broken.txt", r.stderr)
    expect(any("notitle.txt:" in l and "no budget table" in l for l in r.stderr.splitlines()),
           "no clear error for notitle.txt", r.stderr)
    rows = {os.path.basename(x["input"]): x for x in summary(out)}
    expect(rows["broken.txt"]["status"] == "failed" and rows["notitle.txt"]["status"] == "failed",
           "failed rows missing from summary.csv", rows)
    for g in GOOD:
        expect(rows[g]["status"] in ("ok", "errors") and rows[g]["收入总计"], f"summary row for {g}", rows[g])
    j = json.load(open(os.path.join(out, "summary.json"), encoding="utf-8"))
    expect(j["failed"] == 2 and j["converted"] == 2, "summary.json counts", j)


def case_escape_outdir(box):
    """Inputs named to escape OUTDIR (.., backslashes, control characters, a symlinked
    output folder) write only inside OUTDIR."""
    seed = os.path.join(SEEDS, GOOD[0])
    inp = os.path.join(box, "in")
    os.makedirs(os.path.join(inp, "a", "b"))
    names = ["..\\..\\evil.txt", "..txt", "line\nbreak.txt", "\x1b[2Jterm.txt", "a/b/deep.txt"]
    for n in names:
        shutil.copy(seed, os.path.join(inp, n))
    out = os.path.join(box, "out")
    # A folder below OUTDIR that is a symlink to outside must not be written through.
    outside = os.path.join(box, "outside")
    os.makedirs(outside)
    os.makedirs(out)
    os.symlink(outside, os.path.join(out, "a"))
    # A file input given by a path with .. components.
    dotted = os.path.join(inp, "a", "b", "..", "..", GOOD[0])
    shutil.copy(seed, os.path.join(inp, GOOD[0]))
    before = set(tree(box))
    r = run("convert", inp, dotted, "-o", out, "--to", TO)
    after = set(tree(box))
    new = sorted(after - before)
    expect(all(p.startswith("out" + os.sep) for p in new), "something written outside OUTDIR", new)
    expect(os.listdir(outside) == [], "written through a symlinked folder", os.listdir(outside))
    expect(r.returncode == 3, f"exit {r.returncode}: the symlinked folder and the duplicate stem must fail", r.stderr)
    expect(any("symbolic link" in l for l in r.stderr.splitlines()), "no error about the symlink", r.stderr)
    expect(any("would overwrite" in l for l in r.stderr.splitlines()), "no error about the name clash", r.stderr)
    files = tree(out)
    for want in [".._.._evil.facts.tsv", "_.facts.tsv", "line_break.facts.tsv", "_[2Jterm.facts.tsv"]:
        expect(want in files, f"expected sanitised output {want!r}", files)


def case_exit_codes(box):
    """0 clean, 2 bad usage, 3 missing input; --help is 0 and documents the codes."""
    inp = os.path.join(box, "in")
    good_inputs(inp)
    out = os.path.join(box, "out")
    r = run("convert", inp, "-o", out, "--to", TO)
    expect(r.returncode == 0, f"clean batch exit {r.returncode}", r.stderr)
    r = run("convert", os.path.join(SEEDS, WITH_ERRORS), "-o", out, "--to", TO)
    expect(r.returncode == 1, f"a document with error findings: exit {r.returncode}, wanted 1", r.stderr)
    for args in (["convert", inp, "--to", "docx"], ["convert", inp, "-j", "many"], ["convert"], ["frobnicate"],
                 ["convert", inp, "--max-bytes", "lots"]):
        r = run(*args, cwd=box)
        expect(r.returncode == 2, f"{args}: exit {r.returncode}, wanted 2", r.stderr)
    r = run("convert", os.path.join(box, "nope.txt"), "-o", out, "--to", TO)
    expect(r.returncode == 3 and "nope.txt: no such file" in r.stderr, "missing input", r.returncode, r.stderr)
    r = run("convert", "--help")
    expect(r.returncode == 0 and "Exit codes" in r.stdout and "3  some input failed" in r.stdout,
           "--help documents exit codes", r.stdout)
    r = run("convert", inp, "-o", out, "--to", TO, "--max-bytes", "1k")
    expect(r.returncode == 3 and "over the limit of 1024" in r.stderr, "--max-bytes not applied", r.stderr)


def case_parallel_same_as_serial(box):
    """-j 2 writes byte-identical outputs to -j 1, and the summary keeps input order."""
    inp = os.path.join(box, "in")
    for k in range(3):
        good_inputs(os.path.join(inp, f"d{k}"))
    outs = []
    for j in ("1", "2"):
        out = os.path.join(box, "out" + j)
        r = run("convert", inp, "-o", out, "--to", TO, "-j", j)
        expect(r.returncode == 0, f"-j {j} exit {r.returncode}", r.stderr)
        outs.append(out)
    files = [f for f in tree(outs[0]) if not f.startswith("summary")]
    expect(files == [f for f in tree(outs[1]) if not f.startswith("summary")], "different file sets")
    for f in files:
        p0, p1 = os.path.join(outs[0], f), os.path.join(outs[1], f)
        if os.path.isfile(p0):
            expect(open(p0, "rb").read() == open(p1, "rb").read(), f"{f} differs between -j 1 and -j 2")
    expect([x["input"] for x in summary(outs[0])] == [x["input"] for x in summary(outs[1])], "summary order")
    expect(len(files) == 3 * 2 * 3 + 3, "outputs mirror the input folders", files)


def case_glob_quiet_and_logs(box):
    """--glob picks files in folders; --quiet prints nothing on success; piped stderr gets plain lines."""
    inp = os.path.join(box, "in")
    os.makedirs(inp)
    shutil.copy(os.path.join(SEEDS, GOOD[0]), os.path.join(inp, "a.txt"))
    shutil.copy(os.path.join(SEEDS, GOOD[1]), os.path.join(inp, "b.budget"))
    out = os.path.join(box, "out")
    r = run("convert", inp, "-o", out, "--to", TO, "--glob", "*.budget", "--quiet")
    expect(r.returncode == 0 and r.stderr == "", "quiet run printed something", r.stderr)
    expect([x["input"] for x in summary(out)] == [os.path.join(inp, "b.budget")], "glob", summary(out))
    r = run("convert", inp, "-o", out, "--to", TO)
    lines = r.stderr.splitlines()
    expect(len(lines) == 1 and lines[0].startswith("[1/1] ") and "a.txt: converted" in lines[0] and "\r" not in r.stderr,
           "plain log line when stderr is not a terminal", r.stderr)


def case_csv_injection(box):
    """Document text that starts like a formula stays inert in summary.csv."""
    inp = os.path.join(box, "in")
    os.makedirs(inp)
    seed = os.path.join(SEEDS, GOOD[0])
    first = os.path.join(box, "first")
    run("convert", seed, "-o", first, "--to", TO)
    dept = summary(first)[0]["department"]
    expect(dept != "", "the seed's department was not read")
    text = open(seed, encoding="utf-8").read().replace(dept, '=HYPERLINK("http://x","y")' + dept)
    open(os.path.join(inp, "=cmd.txt"), "w", encoding="utf-8").write(text)
    out = os.path.join(box, "out")
    run("convert", inp, "-o", out, "--to", TO)
    raw = open(os.path.join(out, "summary.csv"), encoding="utf-8").read()
    rows = summary(out)
    expect(rows[0]["department"].startswith("'=HYPERLINK") and rows[0]["input"].endswith("=cmd.txt"),
           "the formula-like department should reach the summary as inert text", rows)
    for line in raw.splitlines()[1:]:
        for field in next(csv.reader([line])):
            expect(not field[:1] in ("=", "+", "@"), "formula-like field in summary.csv", line)


def case_interrupted(box):
    """SIGTERM in the middle of a batch: the process dies of it and leaves no temporary file."""
    import signal
    import time
    inp = os.path.join(box, "in")
    for k in range(60):
        good_inputs(os.path.join(inp, f"d{k:02d}"))
    out = os.path.join(box, "out")
    p = subprocess.Popen([YUSUAN, "convert", inp, "-o", out, "--to", TO, "-j", "2", "-q"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and not any(".json" in f for f in tree(out) if os.path.isdir(out)):
        time.sleep(0.01)  # until the first outputs appear: the batch is under way
    p.send_signal(signal.SIGTERM)
    p.wait(timeout=60)
    expect(p.returncode == -signal.SIGTERM, f"exit {p.returncode}, wanted death by SIGTERM", p.stderr.read())
    left = [f for f in tree(out) if ".tmp-" in f]
    expect(not left, "temporary files left after SIGTERM", left)
    expect(len([f for f in tree(out) if f.endswith(".json")]) < 120, "the batch finished before the signal")


if __name__ == "__main__":
    fn = globals().get("case_" + CASE)
    if fn is None:
        sys.exit(f"unknown case {CASE}")
    with tempfile.TemporaryDirectory() as box:
        fn(box)
    print("ok")
