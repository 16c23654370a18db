#!/usr/bin/env python3
"""Build reply-letter.docx and minutes.docx from their plain-text sources, with the
standard library only (zipfile): a minimal WordprocessingML package.

Usage: python3 make_special_docx.py

Rules:
- one Word paragraph per non-blank line of the source (blank lines are dropped);
- a run of two or more spaces or ideographic spaces inside a head line (份号 and
  发文字号, unit and date) becomes a tab, as Word users set them;
- a line ending in "、" continues in the same paragraph after a manual line break
  (<w:br/>), as a wrapped 出席 list typed with Shift+Enter;
- the first line (the mark) is red and centred; a title line is centred.
The text is otherwise the source text, so the imported documents match the .txt ones.
"""

import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def runs(text, color=None):
    """Runs for one line: text, tabs for wide gaps."""
    props = '<w:rPr><w:color w:val="E60012"/></w:rPr>' if color else ""
    out = []
    for i, part in enumerate(re.split(r"[ \u3000]{2,}", text)):
        if i:
            out.append("<w:r><w:tab/></w:r>")
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def paragraph(lines, centred=False, color=None):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else ""
    body = "<w:r><w:br/></w:r>".join(runs(l, color) for l in lines)
    return f"<w:p>{ppr}{body}</w:p>"


def build(src, dst, titles):
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    paras = []
    pending = []
    for n, line in enumerate(lines):
        pending.append(line)
        if line.endswith("、"):
            continue
        paras.append(paragraph(pending, centred=n == 0 or line in titles, color=n == 0))
        pending = []
    if pending:
        paras.append(paragraph(pending))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{"".join(paras)}</w:body></w:document>'
    )
    with zipfile.ZipFile(os.path.join(HERE, dst), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", document),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    print("wrote", dst)


def main():
    build("reply-letter.txt", "reply-letter.docx",
          {"关于同意桐溪县总工会开展职工疗休养试点的复函"})
    build("minutes.txt", "minutes.docx", set())


if __name__ == "__main__":
    main()
