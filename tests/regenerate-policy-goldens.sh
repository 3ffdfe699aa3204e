#!/bin/sh
# Rewrites the expected vendor outputs of tests/data/golden/policy from a built
# tst_policy: every <format>/<case>/expected.* from input/<case>.txt. The test
# then loads each with its checker (nft -c, iptables-legacy-restore --test,
# ip6tables-legacy-restore --test), as it always does.
#
# Usage: tests/regenerate-policy-goldens.sh PATH/TO/tst_policy
#
# Read every regenerated file (git diff) before committing it: the rules
# against the input's requirements, names made safe, comments on one line.
set -eu

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/tst_policy" >&2
    exit 2
fi
PORTOLAN_REGENERATE_GOLDEN=1 "$1" golden
