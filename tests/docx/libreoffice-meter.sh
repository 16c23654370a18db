#!/usr/bin/env bash
# The .docx output as LibreOffice lays it out: every fixture (but the batch bases, *-base.yaml)
# is rendered with `--fonts free`, converted to PDF by one soffice run, and measured by the
# GB/T 9704 meter (../shared/tools/gbt9704_check.py) against the fixture's `--format txt` text.
# A failing check fails the script unless tests/docx/libreoffice-known.txt lists it.
#     tests/docx/libreoffice-meter.sh [path/to/gongwen]      (default target/release/gongwen)
# With LIBREOFFICE_METER_KEEP=DIR, the .docx, .pdf and expected .txt files are kept in DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
bin="$(realpath "${1:-target/release/gongwen}")"
known="$here/libreoffice-known.txt"
meter=../shared/tools/gbt9704_check.py

if [ ! -f "$meter" ]; then
  echo "note: $meter not found; LibreOffice meter skipped"
  exit 0
fi
if ! command -v soffice >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq libreoffice-writer-nogui >/dev/null
fi
if ! python3 -c 'import pymupdf' 2>/dev/null; then
  pip install -q pymupdf || pip install -q --break-system-packages pymupdf
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The repository's fonts for fontconfig, without touching the system: our cache directory
# comes first, so it is the one fontconfig writes.
cat >"$tmp/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <cachedir>$tmp/fontcache</cachedir>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$root/fonts</dir>
  <!-- FandolSong-Bold.otf says weight 400 in its OS/2 table, so fontconfig takes it for a
       regular face and LibreOffice fakes bold from FandolSong Regular for the title; Typst
       picks the Bold file by its style name. Tell fontconfig what the face is. -->
  <match target="scan">
    <test name="family"><string>FandolSong</string></test>
    <test name="style"><string>Bold</string></test>
    <edit name="weight"><const>bold</const></edit>
  </match>
</fontconfig>
CONF
export FONTCONFIG_FILE="$tmp/fonts.conf"

# `render FIXTURE OUT ARGS…`: gongwen render, showing gongwen's messages only when it fails.
render() {
  local data="$1" out="$2"
  shift 2
  if ! "$bin" render "$data" "$@" -o "$out" >"$tmp/render.log" 2>&1; then
    echo "error: gongwen render $data $* -o $out failed:" >&2
    cat "$tmp/render.log" >&2
    exit 1
  fi
}

# Render each fixture: the .docx, the expected text, and the Markdown (whose front matter tells
# whether the document has a red 版头 `header` or a 报头 `masthead`).
names=()
docs=()
for f in fixtures/*.yaml; do
  n="$(basename "$f" .yaml)"
  case "$n" in *-base) continue ;; esac
  render "$f" "$tmp/$n.docx" --fonts free
  render "$f" "$tmp/$n.txt" --format txt
  render "$f" "$tmp/$n.md" --format md
  # The expected text without its page-number lines (the meter drops them from the PDF only).
  python3 -c '
import re, sys
pageno = re.compile(r"^[—－\-–―]+\s*\d+\s*[—－\-–―]+$")
text = open(sys.argv[1], encoding="utf-8").read()
keep = [l for l in text.splitlines() if not pageno.match(l.strip())]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(keep) + "\n")
' "$tmp/$n.txt"
  names+=("$n")
  docs+=("$tmp/$n.docx")
done

mkdir -p "$tmp/pdf"
started=$SECONDS
if ! timeout 300 soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
    --convert-to pdf --outdir "$tmp/pdf" "${docs[@]}" >"$tmp/soffice.log" 2>&1; then
  echo "warning: soffice exited with an error:" >&2
  cat "$tmp/soffice.log" >&2
fi
echo "soffice converted ${#docs[@]} documents in $((SECONDS - started)) s"

for n in "${names[@]}"; do
  header=()
  # A `header:` or `masthead:` key in the Markdown's front matter.
  if awk 'NR == 1 { next } /^---$/ { exit } /^(header|masthead):/ { found = 1; exit }
          END { exit !found }' "$tmp/$n.md"; then
    header=(--header)
  fi
  echo "${header[*]:-}" >"$tmp/$n.flags"
  if [ -f "$tmp/pdf/$n.pdf" ]; then
    python3 "$meter" "$tmp/pdf/$n.pdf" "${header[@]}" --expect-text "$tmp/$n.txt" --json \
      >"$tmp/$n.json" 2>"$tmp/$n.err" || true
  fi
done

if [ -n "${LIBREOFFICE_METER_KEEP:-}" ]; then
  mkdir -p "$LIBREOFFICE_METER_KEEP"
  for n in "${names[@]}"; do
    cp "$tmp/$n.docx" "$tmp/$n.txt" "$LIBREOFFICE_METER_KEEP/"
    if [ -f "$tmp/pdf/$n.pdf" ]; then cp "$tmp/pdf/$n.pdf" "$LIBREOFFICE_METER_KEEP/"; fi
  done
fi

# Report each check and compare the failures with the known list.
python3 - "$tmp" "$known" "${names[@]}" <<'PY'
import json, sys

tmp, known_path, names = sys.argv[1], sys.argv[2], sys.argv[3:]
known = {}
try:
    with open(known_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            entry, _, reason = line.partition("#")
            words = entry.split()
            if not words:
                continue
            if len(words) != 2:
                sys.exit(f"{known_path}:{number}: want `fixture check  # reason`, got {line.strip()!r}")
            known[tuple(words)] = reason.strip()
except FileNotFoundError:
    pass

unlisted, listed_failing, fixed, measured = [], [], [], set()
passed = 0
for name in names:
    flags = open(f"{tmp}/{name}.flags", encoding="utf-8").read().strip()
    print(f"== {name}" + (f" ({flags})" if flags else ""))
    try:
        out = open(f"{tmp}/{name}.json", encoding="utf-8").read()
        # The JSON rows, then the summary line `gbt9704: N passed, M failed`.
        lines = out.rstrip().split("\n")
        if lines and lines[-1].startswith("gbt9704:"):
            lines.pop()
        rows = json.loads("\n".join(lines))
    except (OSError, ValueError) as e:
        err = ""
        try:
            err = open(f"{tmp}/{name}.err", encoding="utf-8").read().strip()
        except OSError:
            pass
        why = "no PDF from soffice" if isinstance(e, FileNotFoundError) else f"meter output unreadable ({e}) {err}"
        rows = [{"check": "convert", "ok": False, "measured": why}]
    for row in rows:
        check, ok, what = row["check"], row["ok"], row["measured"]
        measured.add((name, check))
        listed = (name, check) in known
        if ok and listed:
            tag = "FIXED"
            fixed.append(f"{name} {check}")
        elif ok:
            tag = "ok"
            passed += 1
        elif listed:
            tag = "known"
            listed_failing.append(f"{name} {check}")
            what += f"  # {known[(name, check)]}" if known[(name, check)] else ""
        else:
            tag = "FAIL"
            unlisted.append(f"{name} {check}")
        print(f"{tag:<6} {check:<15} {what}")

stale = [f"{n} {c}" for (n, c) in known if (n, c) not in measured]
print()
print(f"libreoffice-meter: {len(names)} documents; {passed} checks pass, "
      f"{len(listed_failing)} fail as listed, {len(unlisted)} fail unlisted, "
      f"{len(fixed)} listed but now pass")
if fixed:
    print("now passing, remove from tests/docx/libreoffice-known.txt: " + ", ".join(fixed))
if stale:
    print("listed in tests/docx/libreoffice-known.txt but not measured: " + ", ".join(stale))
if unlisted:
    print("unlisted failures: " + ", ".join(unlisted))
    sys.exit(1)
PY
