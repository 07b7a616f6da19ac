#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for SECONDS
# (default 60). CI runs the short default; for a long run: scripts/fuzz.sh 3600
# Seeds: the sample runbooks, the test fixtures and the regression inputs in tests/fuzz-regressions.
# The corpus grows in build-fuzz/corpus/TARGET; a crash leaves build-fuzz/artifacts/TARGET/crash-*,
# which belongs in tests/fuzz-regressions/TARGET/ as a regression test once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=build-fuzz
targets=(fuzz_runbookloader fuzz_duration fuzz_quickentry fuzz_markdownimport)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DDRILLDECK_FUZZ=ON -DDRILLDECK_WERROR=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}"

seed() { # seed TARGET FILES...
    local dir="$build/corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp -f "$f" "$dir/seed-$(basename "$f")"; done
    return 0
}
seed fuzz_runbookloader runbooks/*.yaml tests/fixtures/*.yaml tests/fuzz-regressions/fuzz_runbookloader/*
mkdir -p "$build/corpus/fuzz_duration"
for d in 90s 15m 1h30m 2d 1d2h3m4s 0s 007m 4H 30m1h "1h 30m" -5m 1.5h 99999999999999999999s; do
    printf '%s' "$d" >"$build/corpus/fuzz_duration/seed-$(printf '%s' "$d" | tr -c 'A-Za-z0-9' _)"
done
seed fuzz_duration tests/fuzz-regressions/fuzz_duration/*
mkdir -p "$build/corpus/fuzz_quickentry"
i=0
for line in "restore finished" "! backup is 2 days old" "? who owns DNS" "+ automate the AMI bake" \
    "~ runbook step 4 is unclear" "* scriptable" "@jonas ! disk full on db-2" "@" "!" "@@x y"; do
    printf '%s' "$line" >"$build/corpus/fuzz_quickentry/seed-$((i++))"
done
seed fuzz_quickentry tests/fuzz-regressions/fuzz_quickentry/*
seed fuzz_markdownimport tests/fixtures/markdown/*.md README.md docs/*.md tests/fuzz-regressions/fuzz_markdownimport/*

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
status=0
for t in "${targets[@]}"; do
    mkdir -p "$build/artifacts/$t"
    echo "== $t for ${seconds}s"
    if ! "$build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$t/" "$build/corpus/$t" \
        2>"$build/artifacts/$t.log"; then
        tail -n 60 "$build/artifacts/$t.log"
        echo "fuzz.sh: $t found a crash: $(ls "$build/artifacts/$t")" >&2
        status=1
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' \
            "$build/artifacts/$t.log" || true
    fi
done
exit $status
