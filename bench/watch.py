"""Benchmark of `gongwen watch`: from saving a one-figure edit to the new PDF on disk.

Prints, from one run on the filled look-back report: the median (and 90th percentile) time
from the save to the new PDF in place, the median cold render (`gongwen render`, a fresh
process: fonts, template, Typst and the whole layout) measured in this same run, their
ratio, and the watcher's resident memory over all the re-renders (it should stay flat).

    cargo build --release && python3 bench/watch.py [--edits 500] [--cold 10]
"""
import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURE = "党组中心组专题学习次数: "


def with_figure(text, value):
    head, tail = text.split(FIGURE, 1)
    return f"{head}{FIGURE}{value}\n{tail.split(chr(10), 1)[1]}"


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--cold", type=int, default=10, help="cold renders for the baseline")
    parser.add_argument("--gongwen", default=str(ROOT / "target/release/gongwen"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gongwen-watch-"))
    data = work / "d.yaml"
    original = (ROOT / "fixtures/lookback-filled.yaml").read_text(encoding="utf-8")
    data.write_text(original, encoding="utf-8")

    cold = []
    for _ in range(args.cold):
        start = time.perf_counter()
        subprocess.run([args.gongwen, "render", str(data), "-o", str(work / "cold.pdf")],
                       check=True, stderr=subprocess.DEVNULL)
        cold.append(time.perf_counter() - start)

    out = work / "out.pdf"
    # English output: the "wrote … in N ms" line is parsed below.
    proc = subprocess.Popen([args.gongwen, "--lang", "en", "watch", str(data), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in proc.stderr], daemon=True).start()

    def next_render():
        while True:
            line = lines.get(timeout=60)
            if line.startswith("wrote "):
                return int(line.rsplit(" in ", 1)[1].split()[0])
            if line.startswith("error"):
                sys.exit(f"render failed: {line}")

    try:
        next_render()
        latencies, inside, memory = [], [], [(1, rss_mb(proc.pid))]
        for i in range(args.edits):
            before = out.stat().st_mtime_ns
            start = time.perf_counter()
            # Saved in place, as most editors do.
            with open(data, "w", encoding="utf-8") as f:
                f.write(with_figure(original, 100 + i))
            inside.append(next_render())
            latencies.append(time.perf_counter() - start)
            assert out.stat().st_mtime_ns != before, "the PDF was replaced"
            if (i + 2) in (10, 50, 100, 200, 300, 400, 500) or i + 1 == args.edits:
                memory.append((i + 2, rss_mb(proc.pid)))
    finally:
        proc.kill()

    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")
    cold_ms = statistics.median(cold) * 1000
    edit_ms = statistics.median(latencies) * 1000
    p90 = sorted(latencies)[int(len(latencies) * 0.9)] * 1000
    print(f"machine: {os.cpu_count()} cores; look-back report, {pages} pages, one figure changed per save")
    print(f"cold render (`gongwen render`, new process): median {cold_ms:.0f} ms over {len(cold)} runs")
    print(f"save -> new PDF on disk (`gongwen watch`):   median {edit_ms:.0f} ms, 90th percentile {p90:.0f} ms "
          f"over {len(latencies)} saves (render and write inside the process: median {statistics.median(inside):.0f} ms)")
    print(f"ratio: a save is {cold_ms / edit_ms:.1f}x faster than a cold render")
    print("resident memory of the watcher: " + ", ".join(f"{n} renders {mb:.0f} MB" for n, mb in memory))
    if len(memory) > 3:
        (n0, m0), (n1, m1) = memory[2], memory[-1]
        print(f"growth from render {n0} to {n1}: {m1 - m0:+.0f} MB")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
