#!/bin/sh
# Rewrites the expected CSV files of tests/data/golden from a built portolan.
#
# Each case folder holds project.json and its expected rule sheets, and
# optionally expected-check.txt, what `portolan check` prints. Without an
# `options` file the one sheet is expected.csv with default options; with one,
# every line is "FILE [EXPORT OPTIONS...]", e.g.
#     expected-excel-de.csv --excel --language de
#
# Usage: tests/regenerate-goldens.sh PATH/TO/portolan [CASE...]
#
# Read every regenerated file (git diff) before committing it: count the rows
# against docs/rules.md and the catalog, check quoting and neutralised cells.
set -eu

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/portolan [CASE...]" >&2
    exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift

cd "$(dirname "$0")/data/golden"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export LC_ALL=C.UTF-8

if [ $# -eq 0 ]; then
    # Every case with a project; policy/ holds the vendor outputs
    # (tests/regenerate-policy-goldens.sh).
    set -- $(ls | grep -vx policy)
fi

for case in "$@"; do
    [ -f "$case/project.json" ] || { echo "$case: no project.json" >&2; exit 1; }
    if [ -f "$case/options" ]; then
        lines=$(cat "$case/options")
    else
        lines=expected.csv
    fi
    printf '%s\n' "$lines" | while read -r file options; do
        [ -n "$file" ] || continue
        # $options is split into words on purpose.
        # shellcheck disable=SC2086
        (cd "$case" && "$binary" export project.json --output "$file" $options)
        rows=$(($(grep -c "$(printf '\r')\$" "$case/$file") ))
        echo "$case/$file: $rows lines"
    done
    # What `check` says of the case, where the case keeps it.
    if [ -f "$case/expected-check.txt" ]; then
        (cd "$case" && "$binary" check project.json > expected-check.txt 2>&1 || true)
        echo "$case/expected-check.txt: $(wc -l < "$case/expected-check.txt") lines"
    fi
done
