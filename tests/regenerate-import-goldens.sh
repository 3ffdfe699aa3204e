#!/bin/sh
# Rewrites the expected results of tests/data/import from a built portolan.
#
# Each case folder holds project.json, its inventory files and `arguments`
# (the import options after PROJECT, on one line); the result is
# expected.portolan.json and what the command printed, expected.out. Each
# bad/NAME.csv (hosts) and bad-zones/NAME.csv (zones) is imported into
# plain-csv/project.json and its standard error is written to NAME.csv.error.
#
# Usage: tests/regenerate-import-goldens.sh PATH/TO/portolan
#
# Read every regenerated file (git diff) before committing it.
set -eu

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/portolan" >&2
    exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/data/import"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export LC_ALL=C.UTF-8

for case in */; do
    case=${case%/}
    case $case in bad*) continue ;; esac
    # $(cat arguments) is split into words on purpose.
    # shellcheck disable=SC2046
    (cd "$case" && "$binary" import project.json $(cat arguments) \
        --output expected.portolan.json > expected.out)
    echo "$case: $(cat "$case/expected.out")"
done
for kind in hosts zones; do
    folder=bad
    [ "$kind" = zones ] && folder=bad-zones
    for file in "$folder"/*.csv; do
        name=$(basename "$file")
        (cd "$folder" && "$binary" import ../plain-csv/project.json --$kind "$name" --dry-run \
            > /dev/null 2> "$name.error") || true
        echo "$file: $(head -n 1 "$file.error")"
    done
done
