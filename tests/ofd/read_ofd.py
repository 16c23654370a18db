"""An OFD package read by the independent reader, easyofd (PyPI), into pages.Page.

Text positions are computed from what easyofd parsed (Boundary, X, Y, DeltaX, DeltaY, CTM) as
GB/T 33190-2016 defines them, not as easyofd's own renderer draws them: its renderer ignores
CTM rotation. Text reaching outside its Boundary, where readers clip, is reported; and a raw
pass over the package XML looks for what easyofd silently gets wrong (see lint())."""
import contextlib
import html
import io
import os
import re
import sys
import tempfile
import zipfile

from pages import Page, Rule, Run


def quiet_easyofd(level="ERROR"):
    """easyofd logs at DEBUG level through loguru (and prints to stdout): keep `level` and up."""
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level=level)


@contextlib.contextmanager
def scratch_dir():
    """A fresh working directory for easyofd, which writes the package and embedded fonts there
    and unpacks into, then deletes, `(cwd + '/N.ofd').split('.')[0]`: with a dot anywhere in
    the path, that is not cwd/N but a cut-off path above it (/home/u/.cache/x → /home/u/)."""
    here = os.getcwd()
    base = tempfile.gettempdir()
    with tempfile.TemporaryDirectory(prefix="ofdcheck", dir="/tmp" if "." in base else base) as tmp:
        if "." in tmp:
            raise RuntimeError(f"temporary directory {tmp} has a dot; easyofd would unpack "
                               "outside it")
        os.chdir(tmp)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                yield
        finally:
            os.chdir(here)


def parse_easyofd(path):
    """easyofd's OFD object holding its parse of the package (`.data`, one entry per document)."""
    quiet_easyofd()
    path = os.path.abspath(path)
    with scratch_dir():
        from easyofd.ofd import OFD

        ofd = OFD()
        ofd.read(path, fmt="path")
        return ofd


def advances(rule):
    """DeltaX / DeltaY ('1.5 g 3 2.0 …') expanded: one advance per character after the first."""
    out, tokens = [], (rule or "").split()
    i = 0
    while i < len(tokens):
        if tokens[i] == "g":
            out += [float(tokens[i + 2])] * int(tokens[i + 1])
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out


def padded(rule, count):
    """`count` advances; missing ones are 0 (lint() reports them)."""
    return (advances(rule) + [0.0] * count)[:count]


def ctm_of(text):
    values = [float(v) for v in (text or "").split()]
    return values if len(values) == 6 else [1, 0, 0, 1, 0, 0]


def text_run(cell):
    """A Run from one easyofd text cell: origin = Boundary origin + CTM·(X + ΣΔX, Y + ΣΔY)."""
    text = cell["text"]
    bx, by = cell["pos"][0], cell["pos"][1]
    a, b, c, d, e, f = ctm_of(cell.get("CTM"))
    dxs = padded(cell.get("DeltaX"), len(text) - 1)
    dys = padded(cell.get("DeltaY"), len(text) - 1)
    x, y = float(cell.get("X") or 0), float(cell.get("Y") or 0)
    chars = []
    for i, ch in enumerate(text):
        chars.append((ch, bx + a * x + c * y + e, by + b * x + d * y + f))
        if i < len(dxs):
            x += dxs[i]
            y += dys[i]
    color = tuple(int(float(v)) for v in cell.get("color") or () if v != "") or (0, 0, 0)
    return Run(chars, float(cell["size"]), color)


def clipped(cell, run):
    """True if the run reaches outside its Boundary, where readers clip (GB/T 33190 8.5): any
    character's origin, or for upright text its em box (0.8 em up, 0.1 em down, 0.5 em
    across the last character)."""
    x, y, w, h = cell["pos"][:4]
    tol = 0.05
    inside = lambda px, py: x - tol <= px <= x + w + tol and y - tol <= py <= y + h + tol
    if not all(inside(px, py) for _, px, py in run.chars):
        return True
    if ctm_of(cell.get("CTM"))[1:3] != [0, 0]:
        return False
    s = run.size
    em = [(px, py + k * s) for _, px, py in run.chars for k in (-0.8, 0.1)]
    em.append((run.chars[-1][1] + 0.5 * s, run.chars[-1][2]))
    return not all(inside(*p) for p in em)


def path_points(data):
    """The coordinates of an AbbreviatedData path (for A arcs, only the end point)."""
    tokens, points, op = str(data or "").split(), [], None
    numbers = []

    def flush():
        if op == "A":
            numbers[:] = numbers[-2:]
        points.extend(zip(numbers[0::2], numbers[1::2]))
        numbers.clear()

    for token in tokens:
        if re.fullmatch(r"[SMLQBAC]", token):
            flush()
            op = token
        else:
            numbers.append(float(token))
    flush()
    return points


def path_rule(cell):
    """A Rule from one easyofd path cell: the ink box of its points, widened by half the line
    width across a stroked line. easyofd drops the Stroke/Fill flags: a stroke colour means a
    stroke."""
    points = path_points(cell.get("AbbreviatedData"))
    if not points:
        return None
    bx, by = cell["pos"][0], cell["pos"][1]
    xs = [bx + p[0] for p in points]
    ys = [by + p[1] for p in points]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    stroke = [v for v in cell.get("StrokeColor") or [] if v != ""]
    fill = [v for v in cell.get("FillColor") or [] if v != ""]
    color = stroke or fill or ["0", "0", "0"]
    if stroke:
        half = float(cell.get("LineWidth") or 0.353) / 2
        wx = half if x1 - x0 < 1e-6 or y1 - y0 >= 1e-6 else 0
        wy = half if y1 - y0 < 1e-6 or x1 - x0 >= 1e-6 else 0
        x0, y0, x1, y1 = x0 - wx, y0 - wy, x1 + wx, y1 + wy
    return Rule((x0, y0, x1, y1), tuple(int(float(v)) for v in color[:3]))


def read_ofd(path):
    """The pages of an OFD package as easyofd reads them, and a list of problems found."""
    doc = parse_easyofd(path).data[0]
    problems = []
    info = doc["page_info"]
    numbers = sorted(info)
    if numbers != list(range(len(numbers))):
        problems.append(f"easyofd numbered the pages {numbers}: each Page BaseLoc's first number "
                        "must be the page index (Pages/Page_0/Content.xml, …)")
    sizes = doc.get("page_size") or []
    out = []
    for i, number in enumerate(numbers):
        box = sizes[i] if i < len(sizes) and sizes[i] else doc["default_page_size"]
        page = Page(float(box[2]), float(box[3]))
        content = info[number]
        cells = content.get("text_list", [])
        page.runs = [text_run(cell) for cell in cells]
        clips = [r.text for cell, r in zip(cells, page.runs) if clipped(cell, r)]
        if clips:
            problems.append(f"page {i + 1}: {len(clips)} text object(s) reach outside their "
                            f"Boundary, where readers clip, e.g. {clips[0]!r}")
        page.rules = [r for r in map(path_rule, content.get("line_list", [])) if r]
        page.images = [(p[0], p[1], p[0] + p[2], p[1] + p[3])
                       for p in (img["pos"] for img in content.get("img_list", []))]
        out.append(page)
    return out, problems + lint(path)


def lint(path):
    """What easyofd reads wrongly without a word, found in the package XML itself."""
    problems = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if n.endswith("Content.xml")):
            xml = z.read(name).decode("utf-8")
            if "<ofd:" not in xml:
                problems.append(f"{name}: no 'ofd:' prefix; easyofd finds elements by that prefix")
            for attrs, text in re.findall(r"<ofd:TextCode([^>]*)>([^<]*)</ofd:TextCode>", xml):
                problems += textcode_problems(name, attrs, text)
    return problems


def textcode_problems(name, attrs, text):
    text = unescape(text)
    out = []
    # A TextCode of spaces only is the spaces between words, for copying: easyofd skips it.
    if text.strip() and text != text.strip():
        out.append(f"{name}: TextCode {text!r} has leading/trailing whitespace, which easyofd "
                   "(xmltodict) strips, shifting every character after it")
    for axis in ("DeltaX", "DeltaY"):
        m = re.search(axis + r'="([^"]*)"', attrs)
        count = len(advances(m.group(1))) if m else None
        if count is not None and count != len(text) - 1:
            why = ""
            if count < len(text) - 1:
                why = " (easyofd then drops every non-CJK character when drawing)"
            out.append(f"{name}: TextCode {text[:20]!r}: {axis} has {count} advances for "
                       f"{len(text)} characters, not {len(text) - 1}{why}")
    return out


def unescape(text):
    return html.unescape(text)
