#!/usr/bin/env python3
"""Fails when a Rust source file is over 400 lines or a function over 80 lines.

A function runs from its `fn` line to the line where its braces balance again;
strings and comments are skipped well enough for this code base.
"""
import pathlib
import re
import sys

FILE_LIMIT = 400
FN_LIMIT = 80
FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def strip(line):
    """The line without string literals and // comments (enough to count braces)."""
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])'", "''", line)
    return line.split("//", 1)[0]


def functions(lines):
    i = 0
    while i < len(lines):
        m = FN.match(lines[i])
        if not m:
            i += 1
            continue
        depth, opened, j = 0, False, i
        while j < len(lines):
            code = strip(lines[j])
            if not opened and ";" in code and "{" not in code:
                break  # a declaration without a body
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if opened and depth <= 0:
                yield m.group(6), i + 1, j - i + 1
                break
            j += 1
        i += 1


def main(root):
    bad = []
    for path in sorted(pathlib.Path(root).rglob("*.rs")):
        if "target" in path.parts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > FILE_LIMIT:
            bad.append(f"{path}: {len(lines)} lines (limit {FILE_LIMIT})")
        for name, start, length in functions(lines):
            if length > FN_LIMIT:
                bad.append(f"{path}:{start}: fn {name} is {length} lines (limit {FN_LIMIT})")
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "crates"))
