#!/bin/sh
# Rewrites the expected firewall configurations of the zone cases in
# tests/data/golden from a built portolan: for every case with a
# `configurations` folder, every configuration format is exported with
# --split-firewalls into configurations/FORMAT/, and what export reports on
# standard error (the policies' counts) into configurations/FORMAT.report.
#
# Usage: tests/regenerate-configuration-goldens.sh PATH/TO/portolan [CASE...]
#
# Read every regenerated file before committing it; tst_configurations also
# loads each nftables and iptables file into the vendor's own checker.
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
    set -- $(ls)
fi
for case in "$@"; do
    [ -d "$case/configurations" ] || continue
    for format in nftables iptables ip6tables cisco-asa windows-firewall; do
        rm -rf "$case/configurations/$format"
        (cd "$case" && "$binary" export project.json --format "$format" \
            --split-firewalls "configurations/$format" 2> "configurations/$format.report")
        echo "$case/configurations/$format: $(ls "$case/configurations/$format" | wc -l) files"
    done
done
