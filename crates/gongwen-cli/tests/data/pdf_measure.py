"""Prints what a PDF puts where, in mm from each page's top-left corner, as JSON.

{"pages": [{"width": mm, "height": mm,
            "spans": [{"text", "x0", "x1", "top", "baseline", "size", "font", "red"}],
            "fills": [{"x0", "y0", "x1", "y1", "red"}]}]}

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
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for s in line["spans"]:
                if not s["text"].strip():
                    continue
                base = s["origin"][1]
                spans.append({
                    "text": s["text"], "x0": s["bbox"][0] * MM, "x1": s["bbox"][2] * MM,
                    "top": (base - s["size"]) * MM, "baseline": base * MM,
                    "size": s["size"], "font": s["font"], "red": red(span_color(s["color"])),
                })
    fills = []
    for d in page.get_drawings():
        if d.get("fill") is None:
            continue
        r = d["rect"]
        fills.append({"x0": r.x0 * MM, "y0": r.y0 * MM, "x1": r.x1 * MM, "y1": r.y1 * MM,
                      "red": red(d["fill"])})
    return {"width": page.rect.width * MM, "height": page.rect.height * MM,
            "spans": spans, "fills": fills}


doc = pymupdf.open(sys.argv[1])
json.dump({"pages": [page_of(p) for p in doc]}, sys.stdout, ensure_ascii=False)
