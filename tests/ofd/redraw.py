#!/usr/bin/env python3
"""Redraw gongwen's OFD pages from the OFD alone and compare them with its PDF.

Each fixture is rendered by `gongwen render` to PDF and OFD. Every OFD page
is drawn again with PyMuPDF from the package (zipfile + ElementTree): text by
glyph id in the OFD's own embedded fonts, paths, images, CTM, each object
clipped to its Boundary. Both are rendered with MuPDF; per page the tool
writes DIR/X-pN.png (left PDF, right OFD) and DIR/X-pN-diff.png (red: ink
only in the OFD, blue: only in the PDF), prints how much differs (1 px of
antialiasing forgiven), and exits 1 when a page or its worst --square mm
window differs beyond the limits. REDRAW.md explains it.
"""
import argparse
import glob
import os
import posixpath
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import numpy as np
import pymupdf

NS = '{http://www.ofdspec.org/2016}'
PT = 72 / 25.4  # points per mm
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def nums(text):
    return [float(v) for v in text.split()] if text else []


def deltas(text):
    """Expand an OFD DeltaX/DeltaY list: 'g N v' stands for N times v."""
    out, toks, i = [], (text or '').split(), 0
    while i < len(toks):
        if toks[i] == 'g':
            out += [float(toks[i + 2])] * int(toks[i + 1])
            i += 3
        else:
            out.append(float(toks[i]))
            i += 1
    return out


def fmt(*vals):
    return ' '.join(f'{v:.4f}'.rstrip('0').rstrip('.') for v in vals)


def locate(base, loc):
    """Resolve an OFD location: absolute from the package root or relative."""
    if loc.startswith('/'):
        return loc.lstrip('/')
    return posixpath.normpath(posixpath.join(base, loc))


class Package:
    """The parts of an OFD package the redraw needs."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        root = self.xml('OFD.xml')
        doc_path = locate('', root.find(f'{NS}DocBody/{NS}DocRoot').text)
        self.doc_dir = posixpath.dirname(doc_path)
        doc = self.xml(doc_path)
        common = doc.find(f'{NS}CommonData')
        self.box = nums(common.find(f'{NS}PageArea/{NS}PhysicalBox').text)
        self.fonts, self.media = {}, {}
        for tag in ('PublicRes', 'DocumentRes'):
            for res in common.findall(f'{NS}{tag}'):
                self.load_res(locate(self.doc_dir, res.text))
        self.pages = [locate(self.doc_dir, p.get('BaseLoc'))
                      for p in doc.iter(f'{NS}Page')]

    def xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def load_res(self, path):
        res = self.xml(path)
        base = locate(posixpath.dirname(path), res.get('BaseLoc', ''))
        for font in res.iter(f'{NS}Font'):
            file = font.find(f'{NS}FontFile')
            data = self.zip.read(locate(base, file.text)) if file is not None else None
            self.fonts[font.get('ID')] = (font.get('FontName'), data)
        for mm in res.iter(f'{NS}MultiMedia'):
            file = mm.find(f'{NS}MediaFile').text
            self.media[mm.get('ID')] = self.zip.read(locate(base, file))


class Redraw:
    """Draws one OFD package into a new PDF document."""

    def __init__(self, pkg, clip=True):
        self.pkg, self.clip = pkg, clip
        self.doc = pymupdf.open()
        self.mufonts = {fid: pymupdf.Font(fontbuffer=data)
                        for fid, (_, data) in pkg.fonts.items() if data}
        self.notes = {}  # message -> count

    def note(self, msg):
        self.notes[msg] = self.notes.get(msg, 0) + 1

    def run(self):
        for page_path in self.pkg.pages:
            self.page(page_path)
        return self.doc

    def page(self, path):
        root = self.pkg.xml(path)
        box = root.find(f'{NS}Area/{NS}PhysicalBox')
        x0, y0, w, h = nums(box.text) if box is not None else self.pkg.box
        page = self.doc.new_page(width=w * PT, height=h * PT)
        self.used = set()
        # y-down millimetres from the PhysicalBox's top-left corner
        self.head = f'q {fmt(PT, 0, 0, -PT, -x0 * PT, (h + y0) * PT)} cm\n'
        parts = []
        for obj in root.iter():
            kind = obj.tag[len(NS):]
            if kind == 'TextObject':
                parts.append(self.text(obj))
            elif kind == 'PathObject':
                parts.append(self.path(obj))
            elif kind == 'ImageObject':
                self.flush(page, parts)
                self.image(page, obj, x0, y0)
            elif kind in ('CompositeObject', 'PageBlock', 'Clips'):
                self.note(f'{kind} not drawn')
        self.flush(page, parts)

    def flush(self, page, parts):
        for fid in sorted(self.used):
            page.insert_font(fontname=f'OFD{fid}', fontbuffer=self.pkg.fonts[fid][1])
        self.used = set()
        if parts:
            shape = page.new_shape()
            shape.totalcont = self.head + ''.join(parts) + 'Q\n'
            shape.commit()
            parts.clear()

    def place(self, obj):
        """Graphics state shared by all objects: origin, clip, CTM."""
        x, y, w, h = nums(obj.get('Boundary'))
        ops = f'1 0 0 1 {fmt(x, y)} cm\n'
        if self.clip:
            ops += f'0 0 {fmt(w, h)} re W n\n'
        if obj.get('CTM'):
            ops += f'{fmt(*nums(obj.get("CTM")))} cm\n'
        return ops

    def color(self, obj, tag, op, default):
        el = obj.find(f'{NS}{tag}')
        if el is not None and el.get('Alpha') not in (None, '255'):
            self.note('colour Alpha ignored')
        rgb = nums(el.get('Value')) if el is not None and el.get('Value') else default
        return f'{fmt(*[c / 255 for c in rgb])} {op}\n'

    def text(self, obj):
        fid, size = obj.get('Font'), float(obj.get('Size'))
        if fid not in self.mufonts:
            return self.note(f'font {fid} has no embedded file: text not drawn') or ''
        self.used.add(fid)
        fill = obj.get('Fill', 'true') != 'false'
        stroke = obj.get('Stroke') == 'true'
        ops = 'q\n' + self.color(obj, 'FillColor', 'rg', (0, 0, 0)) + self.place(obj)
        if stroke:
            ops += self.color(obj, 'StrokeColor', 'RG', (0, 0, 0))
            ops += f'{fmt(float(obj.get("LineWidth", 0.353)))} w\n'
        mode = {(True, False): 0, (False, True): 1, (True, True): 2}.get((fill, stroke), 3)
        ops += f'BT /OFD{fid} {fmt(size)} Tf {mode} Tr\n'
        for gid, x, y in self.glyphs(obj, fid, size):
            ops += f'1 0 0 -1 {fmt(x, y)} Tm <{gid:04X}> Tj\n'
        return ops + 'ET Q\n'

    def cg_map(self, obj):
        """Character index -> glyph ids from the CGTransforms: glyph j of a
        transform at its character j (the last one when there are more)."""
        out = {}
        for cg in obj.findall(f'{NS}CGTransform'):
            pos, count = int(cg.get('CodePosition', 0)), int(cg.get('CodeCount', 1))
            gl = cg.find(f'{NS}Glyphs')
            out.update((i, []) for i in range(pos, pos + count))
            for j, gid in enumerate(nums(gl.text if gl is not None else '')):
                out[pos + min(j, count - 1)].append(int(gid))
            self.note('CGTransform objects (drawn by glyph id)')
        return out

    def glyphs(self, obj, fid, size):
        """Yield (glyph id, x, y) in the object's space for every character."""
        font, cg, index = self.mufonts[fid], self.cg_map(obj), 0
        x = y = 0.0
        for code in obj.findall(f'{NS}TextCode'):
            text = code.text or ''
            x, y = float(code.get('X', x)), float(code.get('Y', y))
            dx, dy = deltas(code.get('DeltaX')), deltas(code.get('DeltaY'))
            if code.get('DeltaX') and len(dx) != len(text) - 1:
                self.note('DeltaX count != characters - 1')
            for i, ch in enumerate(text):
                ids = cg.get(index + i, [font.has_glyph(ord(ch))])
                if ids == [0]:
                    self.note(f'character not in embedded font {fid}')
                for gid in ids:
                    yield gid, x, y
                if i < len(text) - 1:
                    x += dx[i] if i < len(dx) else font.glyph_advance(ord(ch)) * size
                    y += dy[i] if i < len(dy) else 0
            index += len(text)

    def path(self, obj):
        stroke = obj.get('Stroke', 'true') != 'false'
        fill = obj.get('Fill', 'false') == 'true'
        ops = 'q\n' + self.place(obj)
        ops += self.color(obj, 'StrokeColor', 'RG', (0, 0, 0))
        ops += self.color(obj, 'FillColor', 'rg', (0, 0, 0))
        ops += f'{fmt(float(obj.get("LineWidth", 0.353)))} w '
        ops += f'{["Butt", "Round", "Square"].index(obj.get("Cap", "Butt"))} J '
        ops += f'{["Miter", "Round", "Bevel"].index(obj.get("Join", "Miter"))} j '
        ops += f'{fmt(float(obj.get("MiterLimit", 3.528)))} M\n'
        if obj.get('DashPattern'):
            ops += f'[{fmt(*nums(obj.get("DashPattern")))}] {fmt(float(obj.get("DashOffset", 0)))} d\n'
        data = obj.find(f'{NS}AbbreviatedData')
        ops += self.abbreviated(data.text if data is not None else '')
        even_odd = '*' if obj.get('Rule') == 'Even-Odd' else ''
        paint = {(True, True): 'B', (True, False): 'f', (False, True): 'S'}.get((fill, stroke), 'n')
        return ops + (paint + even_odd if paint in 'Bf' else paint) + ' Q\n'

    def abbreviated(self, data):
        """OFD AbbreviatedData -> PDF path operators."""
        toks, out, i, cur = data.split(), [], 0, (0.0, 0.0)
        argc = {'S': 2, 'M': 2, 'L': 2, 'Q': 4, 'B': 6, 'A': 7, 'C': 0}
        while i < len(toks):
            op, n = toks[i], argc.get(toks[i])
            if n is None:
                self.note(f'unknown path operator {op}')
                i += 1
                continue
            a = [float(v) for v in toks[i + 1:i + 1 + n]]
            i += 1 + n
            if op in 'SMLB':
                out.append(f'{fmt(*a)} {"mmlc"["SMLB".index(op)]}')
            elif op == 'Q':  # quadratic -> cubic
                c1 = [cur[k] + 2 / 3 * (a[k] - cur[k]) for k in (0, 1)]
                c2 = [a[2 + k] + 2 / 3 * (a[k] - a[2 + k]) for k in (0, 1)]
                out.append(f'{fmt(*c1, *c2, a[2], a[3])} c')
            elif op == 'A':
                self.note('arc drawn as a straight line')
                out.append(f'{fmt(a[5], a[6])} l')
            elif op == 'C':
                out.append('h')
            if len(a) >= 2:
                cur = (a[-2], a[-1])
        return ' '.join(out) + '\n'

    def image(self, page, obj, x0, y0):
        bx, by, bw, bh = nums(obj.get('Boundary'))
        a, b, c, d, e, f = nums(obj.get('CTM')) or [bw, 0, 0, bh, 0, 0]
        if b or c:
            self.note('rotated image drawn unrotated')
        xs, ys = sorted([e, a + e, c + e, a + c + e]), sorted([f, b + f, d + f, b + d + f])
        rect = pymupdf.Rect(bx + xs[0] - x0, by + ys[0] - y0, bx + xs[-1] - x0, by + ys[-1] - y0)
        if self.clip:
            rect &= pymupdf.Rect(bx - x0, by - y0, bx + bw - x0, by + bh - y0)
        data = self.pkg.media.get(obj.get('ResourceID'))
        if data is None:
            return self.note('image resource missing')
        page.insert_image(rect * PT, stream=data, keep_proportion=False)


def pixels(page, dpi):
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, 3)


def neighbourhood(img):
    """3x3 minimum and maximum of every pixel, per channel."""
    pad = np.pad(img, ((1, 1), (1, 1), (0, 0)), mode='edge')
    h, w = img.shape[:2]
    views = [pad[dy:dy + h, dx:dx + w] for dy in range(3) for dx in range(3)]
    return np.min(views, axis=0), np.max(views, axis=0)


def compare(a, b, threshold):
    """Masks of pixels where the OFD (b) has ink the PDF (a) lacks (extra) and
    the reverse (missing), with the 3x3 allowance."""
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    a, b = (np.pad(x.astype(np.int16), ((0, h - x.shape[0]), (0, w - x.shape[1]), (0, 0)),
                   constant_values=255) for x in (a, b))
    (alo, ahi), (blo, bhi) = neighbourhood(a), neighbourhood(b)
    outside = ((b < alo - threshold) | (b > ahi + threshold)).any(axis=2)
    inside = ((a < blo - threshold) | (a > bhi + threshold)).any(axis=2)
    darker = b.sum(axis=2) < a.sum(axis=2)
    return a, (outside | inside) & darker, (outside | inside) & ~darker


def worst_square(mask, side):
    """Share of differing pixels in the worst side x side window, and where."""
    s = np.pad(mask.astype(np.int32).cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    win = s[side:, side:] - s[:-side, side:] - s[side:, :-side] + s[:-side, :-side]
    y, x = np.unravel_index(int(win.argmax()), win.shape)
    return win[y, x] / side ** 2, x, y


def save_png(arr, path):
    h, w = arr.shape[:2]
    pymupdf.Pixmap(pymupdf.csRGB, w, h, np.ascontiguousarray(arr).tobytes(), 0).save(path)


def side_by_side(left, right):
    h, w = max(left.shape[0], right.shape[0]), left.shape[1] + right.shape[1] + 12
    out = np.full((h, w, 3), 128, np.uint8)
    out[:left.shape[0], :left.shape[1]] = left
    out[:right.shape[0], left.shape[1] + 12:] = right
    return out


def diff_image(a, extra, missing):
    out = np.repeat((175 + a.mean(axis=2) * 80 // 255).astype(np.uint8)[:, :, None], 3, axis=2)
    out[missing] = (0, 0, 255)
    out[extra] = (255, 0, 0)
    return out


def render(binary, fixture, tmp):
    name = os.path.splitext(os.path.basename(fixture))[0]
    pdf, ofd = os.path.join(tmp, name + '.pdf'), os.path.join(tmp, name + '.ofd')
    for args in (['-o', pdf], ['--format', 'ofd', '-o', ofd]):
        run = subprocess.run([binary, 'render', fixture, *args], cwd=REPO,
                             capture_output=True, text=True)
        if run.returncode:
            sys.exit(f'{binary} render {fixture} {" ".join(args)} failed:\n{run.stderr}')
    return name, pdf, ofd


def compare_page(name, i, pp, op, args):
    """Print one page's figures and write its PNGs; True when within limits."""
    left, right = pixels(pp, args.dpi), pixels(op, args.dpi)
    a, extra, missing = compare(left, right, args.threshold)
    bad = int((extra | missing).sum())
    share = 100 * bad / (a.shape[0] * a.shape[1])
    mm = 25.4 / args.dpi
    square, x, y = worst_square(extra | missing, round(args.square / mm))
    base = os.path.join(args.out, f'{name}-p{i}')
    save_png(side_by_side(left, right), base + '.png')
    save_png(diff_image(a, extra, missing), base + '-diff.png')
    size = '' if abs(pp.rect - op.rect) < 0.5 else f'; size PDF {pp.rect} OFD {op.rect}'
    print(f'{name} p{i}: {share:.4f}% differ ({bad} px: {int(extra.sum())} only OFD, '
          f'{int(missing.sum())} only PDF); worst {args.square:g} mm square '
          f'{100 * square:.1f}% at x {x * mm:.0f} y {y * mm:.0f} mm{size}')
    return share <= args.limit and 100 * square <= args.square_limit and not size


def check_fixture(fixture, args, tmp):
    """Redraw one fixture and compare; returns False when it fails."""
    name, pdf_path, ofd_path = render(args.bin, fixture, tmp)
    redraw = Redraw(Package(ofd_path), clip=not args.no_clip)
    ofd_doc, pdf_doc = redraw.run(), pymupdf.open(pdf_path)
    ofd_doc.save(os.path.join(args.out, f'{name}.redrawn.pdf'), garbage=3, deflate=True)
    ok = len(ofd_doc) == len(pdf_doc)
    if not ok:
        print(f'{name}: PDF has {len(pdf_doc)} pages, OFD {len(ofd_doc)}')
    for msg, count in sorted(redraw.notes.items()):
        print(f'{name}: {count} x {msg}')
        ok = ok and not msg.startswith('character not in')
    for i, (pp, op) in enumerate(zip(pdf_doc, ofd_doc), 1):
        ok = compare_page(name, i, pp, op, args) and ok
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('fixtures', nargs='*')
    ap.add_argument('--bin', default=os.path.join(REPO, 'target', 'release', 'gongwen'))
    ap.add_argument('--out', default=os.path.join(REPO, 'target', 'ofd-redraw'))
    ap.add_argument('--dpi', type=int, default=200)
    ap.add_argument('--threshold', type=int, default=24, help='colour levels, 0-255')
    ap.add_argument('--limit', type=float, default=0.05, help='percent of a page')
    ap.add_argument('--square', type=float, default=4, help='window side, mm')
    ap.add_argument('--square-limit', type=float, default=8, help='percent of a window')
    ap.add_argument('--no-clip', action='store_true', help='do not clip to Boundary')
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    if not os.access(args.bin, os.X_OK):
        sys.exit(f'no gongwen binary at {args.bin} (cargo build --release, or --bin)')
    fixtures = [os.path.abspath(f) for f in args.fixtures] or sorted(
        f for f in glob.glob(os.path.join(REPO, 'fixtures', '*.yaml'))
        if not f.endswith('-base.yaml'))
    os.makedirs(args.out, exist_ok=True)
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for fixture in fixtures:
            if not check_fixture(fixture, args, tmp):
                failed.append(os.path.basename(fixture))
    print('FAILED: ' + ', '.join(failed) if failed else 'all pages within the limits')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
