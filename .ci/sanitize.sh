#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (GCC)
# and runs the whole test suite there. Any finding, leaks included, fails it.
# Usage: .ci/sanitize.sh [BUILD_DIR]   (default build-asan; BUILD_TYPE=... to change
# the build type, RelWithDebInfo by default)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-asan}"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DCMAKE_CXX_COMPILER=g++ -DPORTOLAN_SANITIZE=ON -DPORTOLAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$build"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
if [ -f tests/lsan.supp ]; then
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
fi
ctest --test-dir "$build" --output-on-failure -j2
