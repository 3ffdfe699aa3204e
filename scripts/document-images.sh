#!/usr/bin/env bash
# Writes docs/images/document-page1.png (title block and diagram) and
# docs/images/document-rules.png (a rule-table page): the flow document of the
# built-in sample, exported as PDF by the built binary and rendered with
# pdftoppm (poppler-utils). Needs a build (BUILD_DIR, default build/).
#
#   scripts/document-images.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target portolan
portolan="$build/app/portolan"
command -v pdftoppm > /dev/null || { echo "pdftoppm not found; install poppler-utils" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The export needs no display.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$portolan" sample --output "$tmp/sample.portolan.json"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$portolan" export "$tmp/sample.portolan.json" --output "$tmp/document.pdf"

mkdir -p docs/images
pdftoppm -r 90 -png -f 1 -l 1 -singlefile "$tmp/document.pdf" docs/images/document-page1
pdftoppm -r 90 -png -f 2 -l 2 -singlefile "$tmp/document.pdf" docs/images/document-rules
echo "wrote docs/images/document-page1.png and docs/images/document-rules.png"
