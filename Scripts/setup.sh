#!/usr/bin/env bash
# Installs, with apt-get, the system packages docgraph needs to build and test, each only when
# it is missing. One line per need in NEEDS: "how to tell it is there|Debian packages".
set -euo pipefail

NEEDS=(
    # Graphviz's C libraries (libgvc, libcgraph) with their pkg-config files: Rendering.
    "pkg-config --exists libgvc|libgraphviz-dev pkg-config"
    # SQLite 3 with FTS5 (GRDB links the system libsqlite3): DocGraphIndex.
    "pkg-config --exists sqlite3|libsqlite3-dev pkg-config"
    # Headless Chromium and Python's standard library: the site's browser tests (Tests/Browser).
    "command -v chromium && command -v python3|chromium python3"
    # poppler's GLib binding (reads PDF text layers in-process): DocGraphFormats.
    "pkg-config --exists poppler-glib|libpoppler-glib-dev pkg-config"
    # Tesseract's C library and its Vietnamese data: --ocr on scanned PDFs (DocGraphFormats).
    "pkg-config --exists tesseract && ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata|libtesseract-dev tesseract-ocr-vie pkg-config"
)

missing=()
for need in "${NEEDS[@]}"; do
    probe="${need%%|*}"
    packages="${need#*|}"
    if ! bash -c "$probe" >/dev/null 2>&1; then
        missing+=($packages)
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi
echo "docgraph: installing missing system packages with apt-get: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v apt-get >/dev/null; then
    echo "docgraph: apt-get not found; install these by hand: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
for need in "${NEEDS[@]}"; do
    bash -c "${need%%|*}" >/dev/null 2>&1 || { echo "docgraph: still missing after apt-get: ${need#*|}" >&2; exit 1; }
done
