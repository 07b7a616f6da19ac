#!/usr/bin/env bash
# Builds the whole tree with AddressSanitizer + UBSan (the `asan` preset, warnings as errors)
# and runs the test suite under it. Any leak, overflow or UB report fails the run.
# Leaks of third-party libraries only are suppressed in scripts/lsan.supp (each with its reason).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan
cmake --build --preset asan
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
ctest --preset asan "$@"
