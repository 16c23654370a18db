"""The page model both readers fill (all lengths in millimetres, origin top-left, y down) and
gongwen's txt line grouping (crates/gongwen-typst/src/text.rs) applied to it."""
from dataclasses import dataclass, field
import re

PT = 25.4 / 72  # one point in millimetres
LINE_GAP = 3 * PT  # a new line starts when the baseline moves more than 3 pt
PAGE_NUMBER = re.compile(r"^[—－\-–―]+\d+[—－\-–―]+$")  # on text without whitespace


@dataclass
class Run:
    """One text run: its characters with their baseline origins."""

    chars: list  # [(char, x, y)]
    size: float  # font size
    color: tuple  # (r, g, b), 0..255

    @property
    def text(self):
        return "".join(c for c, _, _ in self.chars)

    @property
    def origin(self):
        return self.chars[0][1:]


@dataclass
class Rule:
    """A filled or stroked path: the box its ink covers, and its colour."""

    bbox: tuple  # (x0, y0, x1, y1)
    color: tuple


@dataclass
class Page:
    width: float
    height: float
    runs: list = field(default_factory=list)
    rules: list = field(default_factory=list)
    images: list = field(default_factory=list)  # [(x0, y0, x1, y1)]


def is_red(color):
    """The red of the 版头 and its rules (GB/T 9704 asks for red; gongwen uses 230 0 18)."""
    return len(color) >= 3 and color[0] >= 150 and color[1] <= 90 and color[2] <= 90


def lines(runs):
    """Runs grouped into lines as gongwen's txt does: sort by (baseline y, x); a new line when y
    moves more than 3 pt from the previous run; each line's runs left to right."""
    out, row, last_y = [], [], None
    for run in sorted((r for r in runs if r.chars), key=lambda r: (r.origin[1], r.origin[0])):
        y = run.origin[1]
        if last_y is not None and abs(y - last_y) > LINE_GAP:
            out.append(sorted(row, key=lambda r: r.origin[0]))
            row = []
        last_y = y
        row.append(run)
    if row:
        out.append(sorted(row, key=lambda r: r.origin[0]))
    return out


def squeeze(text):
    """Text without whitespace: OFD text codes carry no leading or trailing spaces."""
    return "".join(text.split())


def line_chars(line):
    """The non-space characters of a line, in reading order, with their origins."""
    return [c for run in line for c in run.chars if not c[0].isspace()]


def page_lines(page):
    """(text without whitespace, characters) of every line that has any visible character."""
    out = []
    for line in lines(page.runs):
        chars = line_chars(line)
        if chars:
            out.append(("".join(c for c, _, _ in chars), chars))
    return out


def txt_pages(text):
    """gongwen's `--format txt`: pages separated by form feeds; lines without whitespace."""
    return [[squeeze(l) for l in p.split("\n") if squeeze(l)] for p in text.split("\f")]
