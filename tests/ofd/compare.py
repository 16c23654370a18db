"""One fixture's OFD against its PDF and its `--format txt` text: pages, text, and positions
(title, page numbers, red rules, images, the start of every line, every character)."""
import difflib
import math

from pages import PAGE_NUMBER, PT, is_red, lines, page_lines, squeeze

LIMIT = 0.5  # mm
TITLE_SIZE = 18 * PT  # the title is 2号 (22 pt); body text is 3号 (16 pt) or smaller
CATEGORIES = ("title", "page-no", "red-rule", "image", "lines", "chars")


class Result:
    """The largest error of each category, and what failed."""

    def __init__(self):
        self.errors = {k: None for k in CATEGORIES}
        self.failures = []

    def add(self, category, error, what):
        old = self.errors[category]
        self.errors[category] = error if old is None else max(old, error)
        if error > LIMIT:
            self.failures.append(f"{what}: {category} off by {error:.3f} mm")

    def fail(self, message):
        self.failures.append(message)


def dist(a, b):
    return math.hypot(a[1] - b[1], a[2] - b[2])


def box_error(a, b):
    return max(abs(u - v) for u, v in zip(a, b))


def compare_text(ofd, txt, result):
    """Each OFD page's lines (grouped as gongwen's txt does) against the txt page's lines."""
    for n, (page, expected) in enumerate(zip(ofd, txt), 1):
        got = [text for text, _ in page_lines(page)]
        if got == expected:
            continue
        i = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b),
                 min(len(got), len(expected)))
        want = expected[i] if i < len(expected) else "(no more lines)"
        have = got[i] if i < len(got) else "(no more lines)"
        result.fail(f"page {n} line {i + 1}: txt {want!r} but OFD {have!r}")


def align(ofd_page, pdf_page):
    """Pairs (OFD char, PDF char) of the same text, and the OFD lines' first characters."""
    ofd = [c for _, chars in page_lines(ofd_page) for c in chars]
    pdf = [c for _, chars in page_lines(pdf_page) for c in chars]
    starts, at = [], 0
    for _, chars in page_lines(ofd_page):
        starts.append(at)
        at += len(chars)
    a = "".join(c[0] for c in ofd)
    b = "".join(c[0] for c in pdf)
    if a == b:
        match = dict(enumerate(range(len(a))))
    else:
        match = {}
        for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            match.update({block.a + k: block.b + k for k in range(block.size)})
    pairs = {i: (ofd[i], pdf[j]) for i, j in match.items()}
    return pairs, starts


def compare_chars(ofd_page, pdf_page, n, result):
    pairs, starts = align(ofd_page, pdf_page)
    for i in starts:
        if i in pairs:
            o, p = pairs[i]
            what = f"page {n} line starting {o[0]!r} at ({o[1]:.2f}, {o[2]:.2f})"
            result.add("lines", dist(o, p), what)
    for o, p in pairs.values():
        result.add("chars", dist(o, p), f"page {n} {o[0]!r} at ({o[1]:.2f}, {o[2]:.2f})")


def find_line(page, text):
    return next((chars for t, chars in page_lines(page) if t == text), None)


def compare_title(ofd_page, pdf_page, result):
    """The title lines on page 1: non-red lines set in 2号 or larger, matched by text."""
    for line in lines(pdf_page.runs):
        runs = [r for r in line if squeeze(r.text)]
        if not runs or any(r.size < TITLE_SIZE or is_red(r.color) for r in runs):
            continue
        text = "".join(squeeze(r.text) for r in runs)
        pdf_chars = [c for r in runs for c in r.chars if not c[0].isspace()]
        ofd_chars = find_line(ofd_page, text)
        if ofd_chars is None:
            result.fail(f"title line {text!r} not found on the OFD's page 1")
            continue
        result.add("title", dist(ofd_chars[0], pdf_chars[0]), f"title line {text!r}")
        size = next(r.size for r in ofd_page.runs if any(c is ofd_chars[0] for c in r.chars))
        if abs(size - runs[0].size) > 0.05:
            result.fail(f"title line {text!r}: size {size:.3f} mm in the OFD, "
                        f"{runs[0].size:.3f} mm in the PDF")


def compare_page_numbers(ofd_page, pdf_page, n, result):
    for text, pdf_chars in page_lines(pdf_page):
        if not PAGE_NUMBER.match(text):
            continue
        ofd_chars = find_line(ofd_page, text)
        if ofd_chars is None:
            result.fail(f"page {n}: page number {text!r} not found in the OFD")
        else:
            result.add("page-no", dist(ofd_chars[0], pdf_chars[0]), f"page {n} number {text!r}")


def compare_boxes(category, ofd_boxes, pdf_boxes, n, result):
    """Boxes matched nearest first; the counts must agree."""
    if len(ofd_boxes) != len(pdf_boxes):
        result.fail(f"page {n}: {len(pdf_boxes)} {category}(s) in the PDF, "
                    f"{len(ofd_boxes)} in the OFD")
    left = list(ofd_boxes)
    for box in pdf_boxes:
        if not left:
            break
        best = min(left, key=lambda o: box_error(o, box))
        left.remove(best)
        what = f"page {n} {category} at ({box[0]:.2f}, {box[1]:.2f})"
        result.add(category, box_error(best, box), what)


def compare(ofd, pdf, txt, problems=()):
    """Compare the OFD's pages with the PDF's and the txt's; returns a Result."""
    result = Result()
    for p in problems:
        result.fail(p)
    if not len(ofd) == len(pdf) == len(txt):
        result.fail(f"pages: OFD {len(ofd)}, PDF {len(pdf)}, txt {len(txt)}")
    compare_text(ofd, txt, result)
    for n, (o, p) in enumerate(zip(ofd, pdf), 1):
        if box_error((0, 0, o.width, o.height), (0, 0, p.width, p.height)) > LIMIT:
            result.fail(f"page {n}: {o.width:g}×{o.height:g} mm in the OFD, "
                        f"{p.width:.1f}×{p.height:.1f} mm in the PDF")
        if n == 1:
            compare_title(o, p, result)
        compare_page_numbers(o, p, n, result)
        red = lambda rules: [r.bbox for r in rules if is_red(r.color)]
        compare_boxes("red-rule", red(o.rules), red(p.rules), n, result)
        compare_boxes("image", o.images, p.images, n, result)
        compare_chars(o, p, n, result)
    return result


def summary(name, pages, result):
    """One line: the fixture, its pages, the largest error of each category (mm), the verdict."""
    figures = "  ".join(f"{k} {'-' if v is None else f'{v:.3f}'}" for k, v in result.errors.items())
    verdict = "ok" if not result.failures else f"FAILED ({len(result.failures)})"
    return f"{name:<22} pages {pages:<3} {figures}  {verdict}"
