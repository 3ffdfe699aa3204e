#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60).
# Seeds come from the test corpora; a crash, leak or sanitizer finding fails the
# run and leaves the reproducer in BUILD/fuzz-artifacts/.
# Usage: .ci/fuzz.sh [SECONDS] [BUILD_DIR]   (BUILD_DIR defaults to build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${2:-build-fuzz}"

if ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        clang-14 libclang-rt-14-dev
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPORTOLAN_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target fuzz_projectfile fuzz_address fuzz_catalog

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts" "$work/projectfile" "$work/address" "$work/catalog"

# Seeds: every project-like file of the test data, the sample and the catalog.
n=0
while IFS= read -r -d '' f; do
    n=$((n + 1))
    cp "$f" "$work/projectfile/seed-$n"
done < <(find tests/data resources/samples resources/catalogs -type f \
             ! -name '*.error' ! -name '*.csv' -size -1000k -print0 2>/dev/null)
# Catalog seeds: the built-in catalogs and the admin's own, good and broken.
n=0
while IFS= read -r -d '' f; do
    n=$((n + 1))
    cp "$f" "$work/catalog/seed-$n"
done < <(find resources/catalogs tests/data/user-catalogs -type f -name '*.json' -print0)
# Address seeds: every quoted address-like string of those files, one a file.
n=0
while IFS= read -r text; do
    n=$((n + 1))
    printf '%s' "$text" >"$work/address/seed-$n"
done < <(cat "$work"/projectfile/* | grep -aoE '"[0-9A-Fa-f:./%]{2,60}"' | tr -d '"' | sort -u)

status=0
for target in projectfile address catalog; do
    log="$work/$target.log"
    echo "== fuzz_$target for ${seconds}s ($(ls "$work/$target" | wc -l) seeds)"
    if "$build/fuzz/fuzz_$target" "$work/$target" -dict=fuzz/json.dict \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
        -print_final_stats=1 -artifact_prefix="$artifacts/fuzz_$target-" >"$log" 2>&1; then
        runs="$(grep -oE 'Done [0-9]+ runs' "$log" | tail -n1 | grep -oE '[0-9]+' || true)"
        echo "fuzz_$target: ${runs:-?} executions, no findings"
    else
        status=1
        tail -n 60 "$log"
        echo "fuzz_$target: FAILED; reproducers in $artifacts" >&2
    fi
done
exit "$status"
