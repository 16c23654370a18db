#!/usr/bin/env python3
"""gongwen's OFD output checked with an independent reader, easyofd (PyPI).

    check_ofd.py DIR NAME… [--png OUTDIR] [--self-test]

For each NAME, DIR holds NAME.ofd, NAME.pdf and NAME.txt (`gongwen render --format txt`). The
OFD must have the PDF's pages, each page's text must be the txt page's (compared line by line,
whitespace removed: OFD text codes carry no leading or trailing spaces), and the title, the page
numbers, the red rules, the images, the start of every line and every character must sit within
0.5 mm of the PDF's. One line per fixture with the largest error of each kind (mm); the
failures under it. Exit status 1 if any fixture fails.

--png OUTDIR: OUTDIR/NAME-pN.png, the PDF's page N beside the OFD's as easyofd draws it.
--self-test: copies of the first fixture's OFD, each spoiled in one way, must fail."""
import argparse
import os
import re
import sys
import tempfile
import warnings
import zipfile

warnings.filterwarnings("ignore", category=FutureWarning)  # easyofd imports fitz

from compare import LIMIT, compare, summary
from pages import PAGE_NUMBER, is_red, squeeze, txt_pages
from read_ofd import read_ofd, unescape
from read_pdf import read_pdf

SHOWN = 8  # failures shown per fixture


def evaluate(directory, name):
    """(pages in the OFD, compare.Result) of one fixture; raises if easyofd cannot read it."""
    base = os.path.join(directory, name)
    pdf = read_pdf(base + ".pdf")
    with open(base + ".txt", encoding="utf-8") as f:
        txt = txt_pages(f.read())
    ofd, problems = read_ofd(base + ".ofd")
    return ofd, pdf, compare(ofd, pdf, txt, problems)


def check(directory, name, png=None):
    """Compare one fixture; print its line and its failures; True if it passed."""
    base = os.path.join(directory, name)
    try:
        ofd, pdf, result = evaluate(directory, name)
    except Exception as error:  # easyofd failing to read the package is this test's finding
        print(f"{name:<22} easyofd could not read {base}.ofd: {type(error).__name__}: {error}")
        return False
    print(summary(name, len(ofd), result))
    for failure in result.failures[:SHOWN]:
        print(f"    {failure}")
    if len(result.failures) > SHOWN:
        print(f"    … and {len(result.failures) - SHOWN} more")
    if png:
        from pictures import render_pngs

        shown = min(len(ofd), len(pdf))
        how = render_pngs(name, base + ".ofd", base + ".pdf", ofd[:shown], png)
        print(f"    pictures: {png}/{name}-p1…{shown}.png (the OFD drawn by {how})")
    return not result.failures


# --- self-test: spoiled copies must fail ---------------------------------------------------

TEXT_OBJECT = re.compile(r"<ofd:TextObject\b.*?</ofd:TextObject>", re.S)
PATH_OBJECT = re.compile(r"<ofd:PathObject\b.*?</ofd:PathObject>", re.S)
LAST_PAGE = re.compile(r"\s*<ofd:Page\b[^>]*?(/>|>\s*</ofd:Page>)(?![\s\S]*<ofd:Page\b)")


def text_of(obj):
    return squeeze(unescape("".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)<", obj))))


def moved(obj, dx, dy):
    """The object with its Boundary moved by (dx, dy) mm."""
    def shift(m):
        return f'Boundary="{float(m.group(1)) + dx:g} {float(m.group(2)) + dy:g}'

    return re.sub(r'Boundary="([-\d.eE]+) ([-\d.eE]+)', shift, obj, count=1)


def spoil_first(pattern, pick, change):
    """A spoiler changing the first object matched by `pattern` for which `pick` is true."""
    def spoil(xml):
        for m in pattern.finditer(xml):
            if pick(m.group(0)):
                return xml[: m.start()] + change(m.group(0)) + xml[m.end():]
        return None

    return spoil


def red_path(obj):
    return any(is_red(tuple(int(float(v)) for v in c.split()))
               for c in re.findall(r'Color Value="([\d. ]+)"', obj))


def title_object(obj):
    """A black text object set in 2号 (22 pt, 7.76 mm) or larger: the title."""
    size = re.search(r'Size="([\d.]+)"', obj)
    return size and float(size.group(1)) > 7 and 'FillColor Value="0 0 0"' in obj


def first_cjk_changed(obj):
    return re.sub(r"(<ofd:TextCode[^>]*>[^<]*?)[\u4e00-\u9fff]", r"\1错", obj, count=1)


SPOILERS = [
    ("a text line moved 1 mm right", "Page_0/", spoil_first(
        TEXT_OBJECT, lambda o: len(text_of(o)) > 3, lambda o: moved(o, 1, 0))),
    ("the title moved 0.6 mm left", "Page_0/", spoil_first(
        TEXT_OBJECT, title_object, lambda o: moved(o, -0.6, 0))),
    ("a page number moved 0.6 mm down", "Page_0/", spoil_first(
        TEXT_OBJECT, lambda o: PAGE_NUMBER.match(text_of(o)), lambda o: moved(o, 0, 0.6))),
    ("a red rule moved 1 mm down", "Page_0/", spoil_first(
        PATH_OBJECT, red_path, lambda o: moved(o, 0, 1))),
    ("a character changed", "Page_0/", spoil_first(
        TEXT_OBJECT, lambda o: re.search("[\u4e00-\u9fff]", text_of(o)), first_cjk_changed)),
    ("a text code given a leading space", "Page_0/", spoil_first(
        TEXT_OBJECT, lambda o: len(text_of(o)) > 3, lambda o: re.sub(
            r"(<ofd:TextCode[^>]*>)", r"\1 ", o, count=1))),
    ("a DeltaX advance added", "Page_0/", spoil_first(
        TEXT_OBJECT, lambda o: 'DeltaX="' in o, lambda o: o.replace('DeltaX="', 'DeltaX="1 ', 1))),
    ("the last page dropped", "Document.xml",
     lambda xml: re.sub(LAST_PAGE, "", xml)),
]


def spoiled_copy(source, target, part, spoil):
    """A copy of the package with the first entry whose name contains `part` spoiled; False if
    there was nothing to spoil."""
    done = False
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info)
            if not done and part in info.filename and info.filename.endswith(".xml"):
                new = spoil(data.decode("utf-8"))
                if new is not None and new != data.decode("utf-8"):
                    data, done = new.encode("utf-8"), True
            out.writestr(info, data)
    return done


def self_test(directory, name):
    """The fixture must pass, and each spoiled copy of its OFD must fail."""
    print(f"self-test on {name}: each spoiled copy must fail")
    ok = check(directory, name)
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".pdf", ".txt"):
            os.symlink(os.path.abspath(os.path.join(directory, name + suffix)),
                       os.path.join(tmp, "spoiled" + suffix))
        for what, part, spoil in SPOILERS:
            if not spoiled_copy(os.path.join(directory, name + ".ofd"),
                                os.path.join(tmp, "spoiled.ofd"), part, spoil):
                print(f"  {what}: nothing to spoil in {name}")
                ok = False
                continue
            try:
                failures = evaluate(tmp, "spoiled")[2].failures
            except Exception as error:  # unreadable counts as failing
                failures = [f"easyofd could not read it: {error}"]
            print(f"  {what}: " + (f"fails, as it should: {failures[0]}" if failures
                                   else "PASSES (wrong: it should fail)"))
            passed = not failures
            ok = ok and not passed
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("names", nargs="+")
    parser.add_argument("--png", metavar="OUTDIR")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return 0 if self_test(args.dir, args.names[0]) else 1
    print(f"OFD read by easyofd vs PDF (PyMuPDF) and txt: text without whitespace, "
          f"positions in mm, limit {LIMIT} mm")
    results = [check(args.dir, name, args.png) for name in args.names]
    failed = results.count(False)
    print(f"{len(results) - failed} of {len(results)} fixtures pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
