#!/usr/bin/env bash
# Writes docs/images/main-window.png: the planner window on the built-in sample
# at 1280x800 (and main-window-1920x1080.png, main-window-de.png). Needs a
# build (BUILD_DIR, default build/) and xvfb-run, or renders offscreen.
#
#   scripts/screenshot.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target portolan-screenshot
helper="$build/app/portolan-screenshot"
mkdir -p docs/images

run() {
    if command -v xvfb-run > /dev/null; then
        xvfb-run -a -s "-screen 0 2560x1600x24" "$helper" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$helper" "$@"
    fi
}

run --size 1280x800 docs/images/main-window.png
run --size 1920x1080 docs/images/main-window-1920x1080.png
run --size 1280x800 --language de docs/images/main-window-de.png
echo "wrote docs/images/main-window.png, main-window-1920x1080.png, main-window-de.png"
