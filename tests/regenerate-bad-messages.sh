#!/bin/sh
# Prints, or with --write rewrites, the expected messages of the bad project
# files in tests/data/bad: for every case NAME (any file not ending in .error)
# it runs `portolan check NAME` inside that folder, so that the origin in the
# message is the bare file name, and takes what follows "portolan: " on
# standard error. A case must make `check` exit 2 (invalid input).
#
# Usage: tests/regenerate-bad-messages.sh PATH/TO/portolan [--write] [NAME...]
#
# Read every message before committing it: a message is only right if a user
# who sees it knows what to fix.
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

cd "$(dirname "$0")/data/bad"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export LC_ALL=C.UTF-8

if [ $# -eq 0 ]; then
    set -- $(ls | grep -v '\.error$')
fi

status=0
for name in "$@"; do
    [ -f "$name" ] || { echo "$name: no such case" >&2; status=1; continue; }
    rc=0
    message=$("$binary" check "$name" 2>&1 >/dev/null) || rc=$?
    if [ "$rc" -ne 2 ]; then
        echo "$name: check exited $rc, not 2; not a bad file?" >&2
        status=1
        continue
    fi
    message=${message#portolan: }
    if [ "$write" = yes ]; then
        printf '%s\n' "$message" > "$name.error"
    else
        printf '%s\n' "$message"
    fi
done
exit $status
