"""Pictures for looking, not for asserting: each page of the PDF (pdftoppm -r 60) beside the
same page of the OFD as easyofd draws it, one side-by-side PNG per page.

easyofd draws every character in a font it calls 宋体, which it only finds as simsun.ttc; here
that name is given reportlab's built-in STSong-Light (not embedded, so PyMuPDF substitutes its
own CJK font). Its drawing ignores CTM rotation and draws paths in their FillColor only (a
stroked red rule comes out black). If it fails, a plain sketch stands in: a box at each
character, the rules, the images."""
import os
import subprocess
import sys
import tempfile

from PIL import Image, ImageDraw

from read_ofd import parse_easyofd, quiet_easyofd, scratch_dir

DPI = 60


def alias_song():
    """reportlab's STSong-Light registered under the name easyofd draws with."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "宋体" not in pdfmetrics.getRegisteredFontNames():
        font = UnicodeCIDFont("STSong-Light")
        font.fontName = font.name = "宋体"
        pdfmetrics.registerFont(font)


def easyofd_images(ofd_path, pages):
    """easyofd's own rendering of the OFD's pages, or None if it failed."""
    try:
        ofd = parse_easyofd(ofd_path)
        alias_song()
        quiet_easyofd("CRITICAL")  # it cannot load the embedded CFF fonts and says so for each
        with scratch_dir():
            images = ofd.to_jpg()
        return images if len(images) == len(pages) else None
    except Exception as error:  # easyofd's failure is reported, the sketch stands in
        print(f"  note: easyofd could not draw {ofd_path}: {error}", file=sys.stderr)
        return None


def sketch(page):
    """A box at each character, the rules and the images, from the parsed page."""
    scale = DPI / 25.4
    image = Image.new("RGB", (round(page.width * scale), round(page.height * scale)), "white")
    draw = ImageDraw.Draw(image)
    for run in page.runs:
        for c, x, y in run.chars:
            if not c.isspace():
                s = run.size * scale
                draw.rectangle([x * scale, y * scale - 0.88 * s, x * scale + s * 0.9, y * scale],
                               outline=run.color)
    for rule in page.rules:
        x0, y0, x1, y1 = (v * scale for v in rule.bbox)
        draw.rectangle([x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)], fill=rule.color)
    for x0, y0, x1, y1 in page.images:
        draw.rectangle([x0 * scale, y0 * scale, x1 * scale, y1 * scale], outline=(128, 128, 128))
    return image


def pdf_image(pdf_path, n, tmp):
    out = os.path.join(tmp, f"p{n}")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(n), "-l", str(n),
                    pdf_path, out], check=True)
    return Image.open(out + ".png").convert("RGB")


def render_pngs(name, ofd_path, pdf_path, ofd_pages, outdir):
    """outdir/<name>-p<N>.png: the PDF's page on the left, the OFD's on the right."""
    os.makedirs(outdir, exist_ok=True)
    drawn = easyofd_images(ofd_path, ofd_pages)
    how = "easyofd" if drawn else "sketch"
    with tempfile.TemporaryDirectory() as tmp:
        for n, page in enumerate(ofd_pages, 1):
            left = pdf_image(pdf_path, n, tmp)
            right = drawn[n - 1].convert("RGB") if drawn else sketch(page)
            right = right.resize(left.size)
            both = Image.new("RGB", (left.width * 2 + 8, left.height), (90, 90, 90))
            both.paste(left, (0, 0))
            both.paste(right, (left.width + 8, 0))
            both.save(os.path.join(outdir, f"{name}-p{n}.png"))
    return how
