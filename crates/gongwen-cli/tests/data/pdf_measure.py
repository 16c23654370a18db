"""Prints what a PDF puts where, in mm from each page's top-left corner, as JSON.

{"pages": [{"width": mm, "height": mm,
            "spans": [{"text", "x0", "x1", "top", "baseline", "size", "font", "red",
                       "chars": [x0 of each character]}],
            "fills": [{"x0", "y0", "x1", "y1", "red"}],     filled shapes
            "strokes": [{"x0", "y0", "x1", "y1", "red"}],   stroked lines (rules)
            "images": [{"x0", "y0", "x1", "y1"}]}]}

"top" is the top of a span's em box (baseline minus its size), the edge GB/T 9704 means
by a line's 上边缘. Used by the CLI tests (crates/gongwen-cli/tests/common/pdf.rs).
"""
import json
import sys

import pymupdf

MM = 25.4 / 72


def red(rgb):
    r, g, b = rgb
    return r > 0.6 and g < 0.35 and b < 0.35


def span_color(c):
    return ((c >> 16) & 255) / 255, ((c >> 8) & 255) / 255, (c & 255) / 255


def page_of(page):
    spans = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for s in line["spans"]:
                text = "".join(c["c"] for c in s["chars"])
                if not text.strip():
                    continue
                base = s["origin"][1]
                spans.append({
                    "text": text, "chars": [c["bbox"][0] * MM for c in s["chars"]], "x0": s["bbox"][0] * MM, "x1": s["bbox"][2] * MM,
                    "top": (base - s["size"]) * MM, "baseline": base * MM,
                    "size": s["size"], "font": s["font"], "red": red(span_color(s["color"])),
                })
    fills, strokes = [], []
    for d in page.get_drawings():
        r = d["rect"]
        box = {"x0": r.x0 * MM, "y0": r.y0 * MM, "x1": r.x1 * MM, "y1": r.y1 * MM}
        if d.get("fill") is not None:
            fills.append({**box, "red": red(d["fill"])})
        elif d.get("color") is not None:
            strokes.append({**box, "red": red(d["color"])})
    images = [{"x0": i["bbox"][0] * MM, "y0": i["bbox"][1] * MM, "x1": i["bbox"][2] * MM,
               "y1": i["bbox"][3] * MM} for i in page.get_image_info()]
    return {"width": page.rect.width * MM, "height": page.rect.height * MM,
            "spans": spans, "fills": fills, "strokes": strokes, "images": images}


doc = pymupdf.open(sys.argv[1])
json.dump({"pages": [page_of(p) for p in doc]}, sys.stdout, ensure_ascii=False)
