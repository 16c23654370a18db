"""Benchmark of one cold `gongwen render` against `typst compile` of the very .typ it generates.

Prints, from one run: the median time and peak resident memory of a new `gongwen render`
process (data, template, check, Typst layout, PDF) and of a new `typst compile` process
over the Typst source gongwen writes for the same document (`--format typ`), with the
same fonts, and their ratios (target: at most 1.1 in both).

    cargo build --release && python3 bench/single.py [--runs 15] [--data fixtures/lookback-filled.yaml]

The Typst CLI of the version gongwen embeds (0.15.1) is taken from $TYPST or PATH:
    cargo install typst-cli --version 0.15.1 --locked
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd, env=None):
    """Runs `cmd`; returns (seconds, peak resident memory in MB of that process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{err[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def typst_cli(given):
    """The Typst CLI to compare with, or exit saying how to install it."""
    exe = given or os.environ.get("TYPST") or shutil.which("typst")
    if not exe:
        sys.exit("no `typst` found: cargo install typst-cli --version 0.15.1 --locked (or set $TYPST)")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()
    return exe, version


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data", default=str(ROOT / "fixtures/lookback-filled.yaml"))
    parser.add_argument("--gongwen", default=str(ROOT / "target/release/gongwen"))
    parser.add_argument("--typst", default=None)
    args = parser.parse_args()
    typst, version = typst_cli(args.typst)
    work = Path(tempfile.mkdtemp(prefix="gongwen-single-"))
    source = work / "doc.typ"
    subprocess.run([args.gongwen, "render", args.data, "--format", "typ", "-o", str(source)],
                   check=True, stderr=subprocess.DEVNULL)
    fonts = subprocess.run([args.gongwen, "--lang", "en", "fonts"], capture_output=True, text=True).stdout
    shipped = next((l.split(" found in ", 1)[1] for l in fonts.splitlines() if l.startswith("shipped fonts")), None)
    font_path = shipped or str(ROOT / "fonts")
    gongwen_cmd = [args.gongwen, "render", args.data, "-o", str(work / "gongwen.pdf")]
    typst_cmd = [typst, "compile", "--font-path", font_path, str(source), str(work / "typst.pdf")]
    timed(gongwen_cmd), timed(typst_cmd)  # warm the page cache for both
    ours, theirs = [], []
    for _ in range(args.runs):  # interleaved, so that load on the machine hits both alike
        ours.append(timed(gongwen_cmd))
        theirs.append(timed(typst_cmd))
    pages = subprocess.run(["pdfinfo", str(work / "gongwen.pdf")], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")

    def medians(runs):
        return statistics.median(t for t, _ in runs) * 1000, statistics.median(m for _, m in runs)

    (g_ms, g_mb), (t_ms, t_mb) = medians(ours), medians(theirs)
    print(f"machine: {os.cpu_count()} cores; {Path(args.data).name}, {pages} pages; {version}; fonts from {font_path}")
    print(f"gongwen render (data -> PDF):       median {g_ms:6.0f} ms, peak {g_mb:5.0f} MB over {args.runs} runs")
    print(f"typst compile (its generated .typ): median {t_ms:6.0f} ms, peak {t_mb:5.0f} MB over {args.runs} runs")
    print(f"ratio gongwen / typst: time {g_ms / t_ms:.2f}x, memory {g_mb / t_mb:.2f}x (target: at most 1.10x)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
