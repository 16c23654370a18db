"""Benchmark of `gongwen batch`: look-back reports (the whole seed report, 13–14 pages each) from a generated table.

Prints, from one run: documents per second and peak memory for 250, 500 and 1,000 rows,
whether time grows linearly, and the ratio against the baseline measured in this same
run: one `gongwen render` process per document, one after the other.

    cargo build --release && python3 bench/batch.py [--rows 250,500,1000] [--baseline 30]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import counties  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd):
    """Runs `cmd`; returns (seconds, peak resident memory in MB of that process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{err[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def yaml_file(path, row):
    lines = ["template: lookback", "document:", "  date: 2025-11-20", "metrics:"]
    for name, value in row.items():
        lines.append(f'  {name}: "{value}"' if isinstance(value, str) else f"  {name}: {value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="250,500,1000")
    parser.add_argument("--baseline", type=int, default=30, help="documents in the one-process-each baseline")
    parser.add_argument("--gongwen", default=str(ROOT / "target/release/gongwen"))
    args = parser.parse_args()
    sizes = [int(n) for n in args.rows.split(",")]
    exe = args.gongwen
    work = Path(tempfile.mkdtemp(prefix="gongwen-bench-"))
    names, rows = counties.rows(max(sizes + [args.baseline]))

    # Baseline: one process per document, one at a time.
    for i, row in enumerate(rows[: args.baseline]):
        yaml_file(work / f"doc{i}.yaml", row)
    start = time.perf_counter()
    for i in range(args.baseline):
        timed([exe, "render", str(work / f"doc{i}.yaml"), "-o", str(work / f"doc{i}.pdf")])
    base_rate = args.baseline / (time.perf_counter() - start)
    pages = subprocess.run(["pdfinfo", str(work / "doc0.pdf")], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")
    print(f"machine: {os.cpu_count()} cores; report: {pages} pages")
    print(f"baseline, one `gongwen render` process per document: {base_rate:.1f} documents/s ({args.baseline} documents)")

    results = []
    for n in sizes:
        table = work / f"rows{n}.csv"
        with open(table, "w", encoding="utf-8", newline="") as f:
            counties.write_csv(n, f)
        out = work / f"out{n}"
        seconds, peak = timed([exe, "batch", str(table), "--base", str(ROOT / "fixtures/lookback-base.yaml"),
                               "--name", "{{ 市名 }}.pdf", "-o", str(out)])
        written = len(list(out.glob("*.pdf")))
        assert written == n, f"{written} of {n} written"
        results.append((n, seconds, peak))
        print(f"batch of {n:>5}: {seconds:7.2f} s, {n / seconds:6.1f} documents/s, peak memory {peak:6.0f} MB, "
              f"{n / seconds / base_rate:5.1f}x the baseline")
    if len(results) > 1:
        (n0, s0, _), (n1, s1, _) = results[0], results[-1]
        print(f"linearity: {n1 / n0:.1f}x the documents took {s1 / s0:.2f}x the time "
              f"({s0 / n0 * 1000:.0f} ms vs {s1 / n1 * 1000:.0f} ms per document)")
    print(f"peak memory over all runs: {max(p for _, _, p in results):.0f} MB")
    print(f"(inputs and outputs in {work})")


if __name__ == "__main__":
    main()
