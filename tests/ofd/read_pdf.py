"""gongwen's PDF read by PyMuPDF into pages.Page (millimetres, origin top-left, y down)."""
import pymupdf

from pages import PT, Page, Rule, Run


def rgb(value):
    if value is None:
        return None
    if isinstance(value, int):
        return (value >> 16 & 255, value >> 8 & 255, value & 255)
    return tuple(round(v * 255) for v in value[:3])


def runs(page):
    """One Run per PyMuPDF span, each character at its baseline origin."""
    out = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                chars = [(c["c"], c["origin"][0] * PT, c["origin"][1] * PT) for c in span["chars"]]
                if chars:
                    out.append(Run(chars, span["size"] * PT, rgb(span["color"])))
    return out


def rules(page):
    """Every filled or stroked path: a stroke's box widened by half its width across a line
    (butt caps: not along it)."""
    out = []
    for d in page.get_drawings():
        r = d["rect"]
        x0, y0, x1, y1 = r.x0 * PT, r.y0 * PT, r.x1 * PT, r.y1 * PT
        if d.get("color") is not None and "s" in d["type"]:
            half = (d.get("width") or 0) * PT / 2
            wx = half if x1 - x0 < 1e-6 or y1 - y0 >= 1e-6 else 0
            wy = half if y1 - y0 < 1e-6 or x1 - x0 >= 1e-6 else 0
            out.append(Rule((x0 - wx, y0 - wy, x1 + wx, y1 + wy), rgb(d["color"])))
        elif d.get("fill") is not None:
            out.append(Rule((x0, y0, x1, y1), rgb(d["fill"])))
    return out


def read_pdf(path):
    out = []
    with pymupdf.open(path) as doc:
        for page in doc:
            p = Page(page.rect.width * PT, page.rect.height * PT)
            p.runs = runs(page)
            p.rules = rules(page)
            p.images = [tuple(v * PT for v in i["bbox"]) for i in page.get_image_info()]
            out.append(p)
    return out
