#!/usr/bin/env python3
"""Build joint-circular.docx and report-tables.docx from their plain-text sources.

Usage: python3 make_docx.py        (needs python-docx: pip install python-docx)

Rules, the same for both documents:
- one Word paragraph per non-blank line of the source (blank lines are dropped);
- Markdown pipe tables become real Word tables (the alignment row `|---|` is
  dropped, its alignment is applied to the cells); the header row is bold;
- Markdown markers are removed: a leading `#`/`##` and `**…**` (the text inside
  `**` becomes a bold run);
- the title is centred; the 发文机关标志 lines are red (FF0000), centred;
- 署名 and date lines are right-aligned, as people usually set them in Word.
The text of every paragraph and cell is exactly the source text less the markers,
so the counts in README.md hold for the .docx files too.
"""

import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"

HEADING1 = re.compile(r"^#*\s*[一二三四五六七八九十]+、")
HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")


def set_font(run, name, size=16, bold=None, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(doc, text, font=FANGSONG, size=16, align=None, color=None, bold=None):
    """One paragraph; `**…**` spans become bold runs without their markers."""
    para = doc.add_paragraph()
    if align is not None:
        para.alignment = align
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            run = para.add_run(part[2:-2])
            set_font(run, font, size, bold=True, color=color)
        else:
            run = para.add_run(part)
            set_font(run, font, size, bold=bold, color=color)
    return para


def split_row(line):
    cells = line.strip().strip("|").split("|")
    return [c.strip() for c in cells]


def is_align_row(line):
    return bool(re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", line.strip()))


def align_of(spec):
    spec = spec.strip()
    if spec.startswith(":") and spec.endswith(":"):
        return WD_ALIGN_PARAGRAPH.CENTER
    if spec.endswith(":"):
        return WD_ALIGN_PARAGRAPH.RIGHT
    return None


def add_table(doc, lines):
    header = split_row(lines[0])
    aligns = [None] * len(header)
    body = lines[1:]
    if body and is_align_row(body[0]):
        aligns = [align_of(s) for s in split_row(body[0])]
        body = body[1:]
    rows = [header] + [split_row(l) for l in body]
    table = doc.add_table(rows=len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            para = cell.paragraphs[0]
            run = para.add_run(text)
            set_font(run, FANGSONG, 12, bold=(r == 0))
            if r == 0:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif aligns[c] is not None:
                para.alignment = aligns[c]
    return table


def build(src, dst, title, marks, signature_lines):
    """marks: lines of the 发文机关标志 (only before the title);
    signature_lines: 署名 and date lines (only after the title)."""
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc = Document()
    seen_title = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.lstrip().startswith("|"):
            block = []
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                block.append(lines[i])
                i += 1
            add_table(doc, block)
            continue
        text = re.sub(r"^#+\s*", "", line)
        if text == title:
            add_text(doc, text, XIAOBIAOSONG, 22, WD_ALIGN_PARAGRAPH.CENTER)
            seen_title = True
        elif not seen_title and text in marks:
            add_text(doc, text, XIAOBIAOSONG, 26, WD_ALIGN_PARAGRAPH.CENTER,
                     color=RGBColor(0xFF, 0x00, 0x00))
        elif seen_title and text in signature_lines:
            add_text(doc, text, FANGSONG, 16, WD_ALIGN_PARAGRAPH.RIGHT)
        elif text.startswith(("秘密", "特急")):
            add_text(doc, text, HEITI, 16)
        elif HEADING1.match(text):
            add_text(doc, text, HEITI, 16)
        elif HEADING2.match(text) and "。" not in text:
            add_text(doc, text, KAITI, 16)
        else:
            add_text(doc, text)
        i += 1
    doc.save(os.path.join(HERE, dst))
    print("wrote", dst)


def main():
    build(
        "joint-circular.txt",
        "joint-circular.docx",
        title="关于做好2023年度困难职工帮扶救助和就业援助工作的通知",
        marks={"云川市总工会", "云川市人力资源和社会保障局文件"},
        signature_lines={"云川市总工会", "云川市人力资源和社会保障局", "2023-04-10"},
    )
    build(
        "report-tables.md",
        "report-tables.docx",
        title="关于全市工会困难职工帮扶和职工服务工作情况的报告",
        marks=set(),
        signature_lines={"云川市总工会", "2023年5月6日"},
    )


if __name__ == "__main__":
    main()
