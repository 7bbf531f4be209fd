#!/usr/bin/env bash
# Runs cps's libFuzzer targets for a number of seconds each:
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (default: 60 seconds; FuzzPackDecoder FuzzCSVReader FuzzArguments)
# Every module is built with ASan and coverage, and the targets link libFuzzer (see Fuzz/Package.swift). Corpora
# grow in Fuzz/corpus/<target> (git-ignored), seeded from the built-in councils' packs, the tests' CSV fixtures
# and Fuzz/Seeds. A crash, or an input that takes more than 30 seconds (work growing with the square of the
# input), leaves its input in Fuzz/crashes/ and makes the script exit 1 (2 if a target does not build): turn each
# into a regression test under Tests/Host/BadInput.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzPackDecoder FuzzCSVReader FuzzArguments)
export SWIFT_BACKTRACE=enable=no

mkdir -p Fuzz/corpus/FuzzPackDecoder Fuzz/corpus/FuzzCSVReader Fuzz/corpus/FuzzArguments Fuzz/crashes
if ! swift build --product cps > Fuzz/crashes/build.log 2>&1; then
    cat Fuzz/crashes/build.log
    echo "cps did not build"
    exit 2
fi
for id in $(.build/debug/cps list --format csv | tail -n +2 | cut -d, -f1); do
    .build/debug/cps export "$id" > "Fuzz/corpus/FuzzPackDecoder/seed-$id.json"
done
cp Tests/Host/Engine/Statistics/Fixtures/*.csv Fuzz/corpus/FuzzCSVReader/
cp Fuzz/Seeds/FuzzArguments/* Fuzz/corpus/FuzzArguments/ 2>/dev/null || true
cp Fuzz/Seeds/FuzzPackDecoder/* Fuzz/corpus/FuzzPackDecoder/ 2>/dev/null || true
[ -d Tests/Host/BadInput/Corpus ] && cp Tests/Host/BadInput/Corpus/*.json Fuzz/corpus/FuzzPackDecoder/ 2>/dev/null || true
[ -d Tests/Host/BadInput/Corpus ] && cp Tests/Host/BadInput/Corpus/*.csv Fuzz/corpus/FuzzCSVReader/ 2>/dev/null || true

build_target() {
    ASAN_OPTIONS=detect_leaks=0 swift build --package-path Fuzz -c debug -Xswiftc -sanitize=address \
        -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp --product "$1" > Fuzz/crashes/build.log 2>&1
}

status=0
for target in "${targets[@]}"; do
    # SwiftPM can keep a deleted source file of the root package in the fuzz package's build plan ("missing
    # inputs"); building again from scratch clears it.
    built=0
    if build_target "$target"; then
        built=1
    elif grep -q "missing inputs" Fuzz/crashes/build.log; then
        rm -rf Fuzz/.build
        build_target "$target" && built=1
    fi
    if [ "$built" = 0 ]; then
        cat Fuzz/crashes/build.log
        echo "$target did not build"
        exit 2
    fi
    echo "== $target for ${seconds}s"
    if ! Fuzz/.build/debug/"$target" -max_total_time="$seconds" -max_len=65536 -timeout=30 -artifact_prefix=Fuzz/crashes/"$target"- \
            -print_final_stats=1 Fuzz/corpus/"$target" 2> Fuzz/crashes/"$target".log; then
        echo "$target crashed: see Fuzz/crashes/$target.log and Fuzz/crashes/$target-*"
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::new_units_added|Done [0-9]+ runs" Fuzz/crashes/"$target".log || true
done
exit $status
