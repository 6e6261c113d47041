#!/usr/bin/env bash
# Writes scanned-107-page1.pdf: page 1 of 107-bolaodong-02-tt-bldtbxh-2022-sua-doi-tt-07.pdf as a
# scan holds it, an image without a text layer (200 dpi, gray, JPEG at quality 70), for the
# --ocr tests. Needs poppler-utils and img2pdf (apt-get install -y poppler-utils img2pdf), not
# to build or test. Ran once; the result is committed.
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pdftoppm -f 1 -l 1 -r 200 -gray -jpeg -jpegopt quality=70 107-bolaodong-02-tt-bldtbxh-2022-sua-doi-tt-07.pdf "$tmp/page"
img2pdf --pagesize A4 --producer "" --creationdate "2026-11-26" --moddate "2026-11-26" "$tmp"/page-*.jpg -o scanned-107-page1.pdf
