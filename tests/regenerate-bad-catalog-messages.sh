#!/bin/sh
# Prints, or with --write rewrites, the expected messages of the broken catalog
# files in tests/data/user-catalogs/bad: for every case NAME.json it runs
# `portolan catalog --validate NAME.json` inside that folder, so that the origin
# in the message is the bare file name, and takes what follows "portolan: " on
# standard error. A case must make the command exit 2.
#
# Usage: tests/regenerate-bad-catalog-messages.sh PATH/TO/portolan [--write] [NAME...]
#
# Read every message before committing it: a message is only right if an admin
# who sees it knows what to fix in the catalog.
set -eu

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/portolan [--write] [NAME...]" >&2
    exit 2
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
write=no
if [ "${1-}" = "--write" ]; then
    write=yes
    shift
fi

cd "$(dirname "$0")/data/user-catalogs/bad"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export LC_ALL=C.UTF-8
# No catalogs of the user's own take part: only the built-ins and the case.
XDG_DATA_HOME=$(mktemp -d)
XDG_DATA_DIRS=$XDG_DATA_HOME
export XDG_DATA_HOME XDG_DATA_DIRS
trap 'rm -rf "$XDG_DATA_HOME"' EXIT

if [ $# -eq 0 ]; then
    set -- $(ls -- *.json)
fi
status=0
for name in "$@"; do
    set +e
    message=$("$binary" catalog --validate "$name" 2>&1 >/dev/null)
    code=$?
    set -e
    if [ "$code" -ne 2 ]; then
        echo "$name: exit $code, expected 2" >&2
        status=1
        continue
    fi
    message=${message#portolan: }
    if [ "$write" = yes ]; then
        printf '%s\n' "$message" >"$name.error"
    else
        printf '%s\n' "$message"
    fi
done
exit "$status"
