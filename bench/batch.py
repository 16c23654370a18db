"""Benchmark of `gongwen batch`: look-back reports (the whole seed report, 14 pages each) from a generated table.

Prints, from one run, for 250, 500 and 1,000 rows: documents per second, CPU time and peak
memory, whether time grows linearly, and the ratio against two baselines measured in this
same run over the same rows:

- `typst compile` of each document's generated .typ (`gongwen batch --format typ`),
  two at a time (as many at once as `--parallel`, default 2);
- one `gongwen render` process per document, one after the other.

    cargo build --release && python3 bench/batch.py [--rows 250,500,1000] [--baseline 60]

The Typst CLI is taken from $TYPST, else from PATH (install it with
`cargo install typst-cli --version 0.15.1 --locked`); without it that baseline is skipped.
The .typ files are self-contained (fonts by name, no other file: the look-back report has
no seal). Typst is given `--font-path fonts/fandol` and sees the installed fonts too, so it
finds the faces gongwen chose (`gongwen fonts` lists them; the first lines printed).
CPU time (user + system) per document is printed beside the wall time: on a machine others
are using too it is the steadier figure.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import counties  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "fixtures/lookback-base.yaml"
INSTALL = "cargo install typst-cli --version 0.15.1 --locked"


def timed(cmd):
    """Runs `cmd`; returns (seconds, CPU seconds, peak resident memory in MB) of that process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{err[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_all(cmds, parallel):
    """Runs `cmds`, `parallel` at a time; returns (seconds, CPU seconds, peak MB of any one)."""
    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        results = list(pool.map(timed, cmds))
    return time.perf_counter() - start, sum(r[1] for r in results), max(r[2] for r in results)


def typst_exe():
    found = os.environ.get("TYPST") or shutil.which("typst")
    if not found:
        return None
    version = subprocess.run([found, "--version"], capture_output=True, text=True).stdout.strip()
    return found, version


def csv_file(path, count):
    with open(path, "w", encoding="utf-8", newline="") as f:
        counties.write_csv(count, f)


def batch(exe, table, out, fmt="pdf"):
    return timed([exe, "batch", str(table), "--base", str(BASE), "--name", "{{ 市名 }}",
                  "--format", fmt, "-o", str(out)])


def line(label, n, seconds, cpu, peak):
    print(f"{label:<44} {n / seconds:6.1f} documents/s  {seconds / n * 1000:5.0f} ms/document  "
          f"CPU {cpu / n * 1000:5.0f} ms/document  peak {peak:5.0f} MB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="250,500,1000")
    parser.add_argument("--baseline", type=int, default=60, help="documents in each baseline")
    parser.add_argument("--parallel", type=int, default=2, help="typst compile processes at once")
    parser.add_argument("--gongwen", default=str(ROOT / "target/release/gongwen"))
    args = parser.parse_args()
    sizes = [int(n) for n in args.rows.split(",")]
    exe, n0 = args.gongwen, args.baseline
    work = Path(tempfile.mkdtemp(prefix="gongwen-bench-"))
    fonts = subprocess.run([exe, "fonts"], capture_output=True, text=True).stdout.splitlines()
    print(f"machine: {os.cpu_count()} cores; fonts (`gongwen fonts`):")
    print("\n".join("  " + f for f in fonts[1:6]))

    # The sample: the first rows, as data files, as .typ files and as one batch.
    sample = work / f"rows{n0}.csv"
    csv_file(sample, n0)
    batch(exe, sample, work / "typ", "typ")
    typs = sorted((work / "typ").glob("*.typ"))
    names, rows = counties.rows(n0)
    for i, row in enumerate(rows):
        lines = ["template: lookback", "document:", "  date: 2025-11-20", "metrics:"]
        lines += [f'  {k}: "{v}"' if isinstance(v, str) else f"  {k}: {v}" for k, v in row.items()]
        (work / f"doc{i}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    seconds, cpu, peak = batch(exe, sample, work / "sample")
    line(f"gongwen batch, the same {n0} documents", n0, seconds, cpu, peak)
    rate = n0 / seconds
    single = [[exe, "render", str(work / f"doc{i}.yaml"), "-o", str(work / f"doc{i}.pdf")] for i in range(n0)]
    s, c, p = run_all(single, 1)
    line("one `gongwen render` per document, one by one", n0, s, c, p)
    ratios = [(f"one gongwen process per document", n0 / s)]
    typst = typst_exe()
    if typst:
        cmds = [[typst[0], "compile", "--font-path", str(ROOT / "fonts/fandol"), str(t), str(t.with_suffix(".pdf"))]
                for t in typs]
        s, c, p = run_all(cmds, args.parallel)
        line(f"`typst compile`, {args.parallel} at a time ({typst[1]})", len(typs), s, c, p)
        ratios.insert(0, (f"typst compile {args.parallel} at a time", len(typs) / s))
    else:
        print(f"typst not found ($TYPST or PATH): that baseline is skipped; install it with `{INSTALL}`")
    pages = subprocess.run(["pdfinfo", str(work / "doc0.pdf")], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")
    print(f"report: {pages} pages; gongwen batch is, over these {n0} documents:")
    for label, base in ratios:
        print(f"  {rate / base:5.2f}x {label}")

    results = []
    for n in sizes:
        table = work / f"rows{n}.csv"
        csv_file(table, n)
        out = work / f"out{n}"
        seconds, cpu, peak = batch(exe, table, out)
        written = len(list(out.glob("*.pdf")))
        assert written == n, f"{written} of {n} written"
        results.append((n, seconds, cpu, peak))
        line(f"gongwen batch of {n}", n, seconds, cpu, peak)
        print("  " + ", ".join(f"{n / seconds / base:.2f}x {label}" for label, base in ratios))
    if len(results) > 1:
        (a, s0, c0, _), (b, s1, c1, _) = results[0], results[-1]
        print(f"linearity: {b / a:.1f}x the documents took {s1 / s0:.2f}x the time "
              f"({s0 / a * 1000:.0f} vs {s1 / b * 1000:.0f} ms per document) and {c1 / c0:.2f}x the CPU "
              f"({c0 / a * 1000:.0f} vs {c1 / b * 1000:.0f} ms per document)")
    print(f"(inputs and outputs in {work})")


if __name__ == "__main__":
    main()
