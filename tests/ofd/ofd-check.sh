#!/usr/bin/env bash
# The OFD output read by an independent reader, easyofd (PyPI): every fixture (but the batch
# bases, *-base.yaml) is rendered with `--fonts free` to OFD, PDF and txt, and check_ofd.py
# compares the OFD as easyofd reads it with the PDF (PyMuPDF) and the txt: pages, each page's
# text, and the positions of the title, page numbers, red rules, images, line starts and
# characters, within 0.5 mm.
#     tests/ofd/ofd-check.sh [path/to/gongwen] [--png DIR] [--self-test]
# (default target/release/gongwen). --png DIR: each page of the PDF beside the OFD's, as PNG.
# --self-test: also checks that spoiled copies of one fixture's OFD fail.
# easyofd lives in a venv: $OFD_VENV, by default ${XDG_CACHE_HOME:-~/.cache}/gongwen-ofd-venv.
# With OFD_CHECK_KEEP=DIR, the .ofd, .pdf and .txt files are kept in DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
bin=target/release/gongwen
png=()
selftest=()
while [ $# -gt 0 ]; do
  case "$1" in
    --png) png=(--png "$(mkdir -p "$2" && realpath "$2")"); shift 2 ;;
    --self-test) selftest=(--self-test); shift ;;
    *) bin="$1"; shift ;;
  esac
done
bin="$(realpath "$bin")"

# easyofd, pinned to the version this test was written against (it brings PyMuPDF).
venv="${OFD_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/gongwen-ofd-venv}"
if ! "$venv/bin/python" -c 'import easyofd, pymupdf' 2>/dev/null; then
  if ! python3 -m venv "$venv" 2>/dev/null; then
    apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install -q easyofd==20260427
fi
if [ ${#png[@]} -gt 0 ] && ! command -v pdftoppm >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# `render FIXTURE OUT ARGS…`: gongwen render, showing gongwen's messages only when it fails.
render() {
  local data="$1" out="$2"
  shift 2
  if ! "$bin" render "$data" --fonts free "$@" -o "$out" >"$tmp/render.log" 2>&1; then
    echo "error: gongwen render $data --fonts free $* -o $out failed:" >&2
    cat "$tmp/render.log" >&2
    exit 1
  fi
}

names=()
for f in fixtures/*.yaml; do
  n="$(basename "$f" .yaml)"
  case "$n" in *-base) continue ;; esac
  render "$f" "$tmp/$n.ofd" --format ofd
  render "$f" "$tmp/$n.pdf"
  render "$f" "$tmp/$n.txt" --format txt
  names+=("$n")
done

if [ -n "${OFD_CHECK_KEEP:-}" ]; then
  mkdir -p "$OFD_CHECK_KEEP"
  cp "$tmp"/*.ofd "$tmp"/*.pdf "$tmp"/*.txt "$OFD_CHECK_KEEP/"
fi

status=0
"$venv/bin/python" "$here/check_ofd.py" "$tmp" "${names[@]}" "${png[@]}" || status=1
if [ ${#selftest[@]} -gt 0 ]; then
  # notice has a red rule, page numbers and a title to spoil.
  "$venv/bin/python" "$here/check_ofd.py" "$tmp" notice --self-test || status=1
fi
exit $status
