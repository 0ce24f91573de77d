#!/bin/sh
# The benchmark (issue 9). Builds yusuan in Release (build-release/), then
# measures, with -j 1 unless said otherwise:
#   * each reference document (tests/reference/seeds/) and synthetic ones 10×
#     and 100× the largest (scripts/gen-large.py): median CPU milliseconds
#     per stage (decode+read, check, xlsx, pdf, the text exports) over
#     repeated runs, as timed inside yusuan (summary.json stage_cpu_ms; CPU
#     time so that other load on the machine does not distort it), the
#     document's wall time, the process's wall and CPU time, and its peak
#     resident memory;
#   * a batch of 1,000 documents (copies of the clean 2026 references) with
#     -j 1 and -j <all cores>: documents per second and the speed-up.
# Outputs that are not built yet (a writer that reports "not built yet") are
# skipped and shown as "-". Prints a table; writes build-release/bench.csv and
# build-release/bench-batch.csv (or to BENCH_OUT if set).
#   scripts/bench.sh [RUNS]      (RUNS per reference document, default 9)
# BENCH_PARTS=docs or BENCH_PARTS=batch runs only that half (e.g. the batch
# again when the machine is quiet); the default is both.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-9}
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release --target yusuan >/dev/null
out=${BENCH_OUT:-build-release}
mkdir -p "$out"
python3 - "$(pwd)/build-release/yusuan" "$runs" "$out" "${BENCH_PARTS:-docs,batch}" <<'PY'
import csv, glob, json, os, shutil, statistics, subprocess, sys, tempfile, time

yusuan, runs, outdir, parts = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4].split(",")
cores = os.cpu_count() or 1
work = tempfile.mkdtemp(prefix="yusuan-bench-")
seeds = sorted(glob.glob("tests/reference/seeds/*.txt"))


def convert(inputs, to, jobs=1, extra=()):
    """Runs yusuan once; returns (exit code, wall ms, cpu ms, peak RSS KiB, summary.json, stderr).
    The process's resource usage is kept in last_rusage."""
    global last_rusage
    out = tempfile.mkdtemp(dir=work)
    t0 = time.perf_counter()
    p = subprocess.Popen([yusuan, "convert", *inputs, "-o", out, "--to", to, "-j", str(jobs), "-q",
                          "--max-tables", "1000000", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    last_rusage = ru
    wall = (time.perf_counter() - t0) * 1000
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    summary = None
    if os.path.exists(os.path.join(out, "summary.json")):
        summary = json.load(open(os.path.join(out, "summary.json"), encoding="utf-8"))
    shutil.rmtree(out, ignore_errors=True)
    return code, wall, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss, summary, err


# Which outputs exist in this build.
formats = ["facts", "findings", "json"]
for f in ("xlsx", "pdf"):
    code, *_, err = convert([seeds[0]], f)
    if code in (0, 1):
        formats.append(f)
    else:
        print(f"bench: {f} skipped ({err.strip().splitlines()[-1] if err.strip() else 'exit %d' % code})")
to = ",".join(formats)

largest = max(seeds, key=os.path.getsize)
docs = [(os.path.basename(s)[:-4], s, runs) for s in seeds] if "docs" in parts else []
for factor, n in ((10, max(3, runs // 3)), (100, 3)) if docs else ():
    path = os.path.join(work, f"synthetic-{factor}x.txt")
    subprocess.run([sys.executable, "scripts/gen-large.py", largest, str(factor), path], check=True,
                   stdout=subprocess.DEVNULL)
    docs.append((f"synthetic-{factor}x", path, n))

stage_cols = [("decode+read", ("decode", "read")), ("check", ("check",)), ("xlsx", ("xlsx",)), ("pdf", ("pdf",)),
              ("facts+findings+json", ("facts", "findings", "json"))]
rows = []
for name, path, n in docs:
    samples = []
    for _ in range(n):
        code, wall, cpu, rss, summary, err = convert([path], to)
        if code not in (0, 1):
            sys.exit(f"bench: {name} failed: {err}")
        d = summary["documents"][0]
        samples.append((d["stage_cpu_ms"], d["milliseconds"], wall, cpu, rss))
    row = {"document": name, "bytes": os.path.getsize(path), "runs": n}
    for col, keys in stage_cols:
        vals = [sum(s[0].get(k, 0) for k in keys) for s in samples]
        present = any(k in samples[0][0] for k in keys)
        row[col + " ms"] = round(statistics.median(vals), 2) if present else "-"
    row["total cpu ms"] = round(statistics.median(sum(s[0].values()) for s in samples), 2)
    # Issue 9's target: a document to xlsx+pdf+findings (facts and json left out).
    target = ("decode", "read", "check", "xlsx", "pdf", "findings")
    row["xlsx+pdf+findings cpu ms"] = round(statistics.median(sum(s[0].get(k, 0) for k in target) for s in samples), 2)
    row["total wall ms"] = round(statistics.median(s[1] for s in samples), 2)
    row["process wall ms"] = round(statistics.median(s[2] for s in samples), 1)
    row["process cpu ms"] = round(statistics.median(s[3] for s in samples), 1)
    row["peak RSS MiB"] = round(max(s[4] for s in samples) / 1024, 1)
    rows.append(row)
    print(f"bench: {name} done", file=sys.stderr)

base = next((r for r in rows if r["document"] == os.path.basename(largest)[:-4]), None)
for r in rows if base else ():
    r["time vs largest"] = round(r["total cpu ms"] / base["total cpu ms"], 2)
    r["memory vs largest"] = round(r["peak RSS MiB"] / base["peak RSS MiB"], 2)

# The 1,000-document batch.
batch_dir = os.path.join(work, "batch")
os.makedirs(batch_dir)
clean = [s for s in seeds if "2026" in s and "gaoxinqu" not in s]
for k in range(1000 if "batch" in parts else 0):
    shutil.copy(clean[k % len(clean)], os.path.join(batch_dir, f"doc{k:04d}.txt"))
# On a machine shared with other work the wall-clock speed-up says as much
# about the neighbours as about yusuan, so each run also records the load
# average before it, the CPU time per document, and how many cores it
# actually got (CPU time / wall time), how often its threads waited (voluntary
# context switches: locks, I/O) and were preempted (involuntary ones): a
# speed-up below the core count with equal CPU per document, few waits and
# fewer cores obtained than workers is the machine's, not yusuan's.
batch = []
for jobs in (1, cores) if "batch" in parts else ():
    load_before = os.getloadavg()[0]
    code, wall, cpu, rss, summary, err = convert([batch_dir], to, jobs)
    if code not in (0, 1):
        sys.exit(f"bench: batch -j {jobs} failed: {err[-2000:]}")
    batch.append({"jobs": jobs, "documents": 1000, "load before": round(load_before, 1),
                  "wall s": round(wall / 1000, 2), "docs/s": round(1000 / (wall / 1000), 1),
                  "cpu s": round(cpu / 1000, 2), "cpu ms/doc": round(cpu / 1000, 1),
                  "cores used": round(cpu / wall, 2), "waits": last_rusage.ru_nvcsw,
                  "preempted": last_rusage.ru_nivcsw, "peak RSS MiB": round(rss / 1024, 1)})
for b in batch:
    b["speed-up"] = round(b["docs/s"] / batch[0]["docs/s"], 2)
    # What the wall-clock speed-up would be with every worker on a free core:
    # workers that never wait (see "waits") finish in CPU time / workers.
    b["speed-up, free cores"] = round(b["jobs"] * batch[0]["cpu s"] / b["cpu s"], 2)

def table(rs):
    cols = list(rs[0].keys())
    widths = [max(len(str(c)), *(len(str(r[c])) for r in rs)) for c in cols]
    print("  ".join(str(c).rjust(w) for c, w in zip(cols, widths)))
    for r in rs:
        print("  ".join(str(r[c]).rjust(w) for c, w in zip(cols, widths)))

load = os.getloadavg()
print(f"\nyusuan benchmark — outputs {to}; {cores} cores; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
written = []
for title, name, rs in (("per document (-j 1; stage and total cpu times are medians of CPU time inside yusuan):",
                         "bench.csv", rows), ("\n1,000-document batch:", "bench-batch.csv", batch)):
    if not rs:
        continue
    print(title)
    table(rs)
    with open(os.path.join(outdir, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rs[0].keys()))
        w.writeheader()
        w.writerows(rs)
    written.append(os.path.join(outdir, name))
print(f"\nwritten: {', '.join(written)}")
shutil.rmtree(work, ignore_errors=True)
PY
