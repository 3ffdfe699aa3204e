#!/bin/sh
# Rewrites the expected deltas of tests/data/diff from a built portolan.
#
# Each case folder holds before.json, after.json and `options`: one line per
# expected file, "FILE [DIFF OPTIONS...]", e.g.
#     expected-fw-int.csv --firewall FW-INT
#
# Usage: tests/regenerate-diff-goldens.sh PATH/TO/portolan
#
# Read every regenerated file (git diff) before committing it.
set -eu

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/portolan" >&2
    exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/data/diff"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export LC_ALL=C.UTF-8

for case in */; do
    case=${case%/}
    while read -r file options; do
        [ -n "$file" ] || continue
        # $options is split into words on purpose.
        # shellcheck disable=SC2086
        status=0
        (cd "$case" && "$binary" diff before.json after.json --output "$file" $options \
            2> /dev/null) || status=$?
        [ "$status" -le 1 ] || { echo "$case/$file: diff failed ($status)" >&2; exit 1; }
        echo "$case/$file: $(($(wc -l < "$case/$file") - 1)) changes"
    done < "$case/options"
done
