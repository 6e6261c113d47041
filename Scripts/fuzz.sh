#!/usr/bin/env bash
# Fuzzes the whole extraction pipeline with libFuzzer + AddressSanitizer.
#   Scripts/fuzz.sh [SECONDS]            fuzz for SECONDS (default 600)
# Seeds are the sample corpus cut into 40-line pieces, each steered into one of the harness's four
# text modes, and the .docx and .pdf fixtures of Tests/DocGraphTests/Formats (first byte 4 and 5;
# see Sources/CorpusSynthesis/FuzzHarness.swift). New crashers land in fuzz-artifacts/; keep each
# as Tests/DocGraphTests/Crashers/<name> once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
./Scripts/setup.sh

# SwiftPM renames an executable's main (--defsym); ld.gold then fails inside its own error
# reporting when libFuzzer's runtime is linked, lld does not.
swift build --scratch-path .build-fuzz --product docgraph-fuzz -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
fuzzer=".build-fuzz/release/docgraph-fuzz"

seeds=".build-fuzz/seeds"
corpus=".build-fuzz/corpus"
mkdir -p "$seeds" "$corpus" fuzz-artifacts
if [ -z "$(ls -A "$seeds")" ]; then
    for file in Corpus/*.txt; do
        split -l 40 -d -a 3 "$file" "$seeds/$(basename "$file" .txt)-"
    done
    mode=0
    for piece in "$seeds"/*; do
        { printf "\\x0$mode"; cat "$piece"; } > "$piece.in" && rm "$piece"
        mode=$(( (mode + 1) % 4 ))
    done
fi
# Word and PDF seeds: the fixtures, including the hostile ones (a recursive PDF, a scan).
if [ -z "$(ls "$seeds" | grep -E '\.(docx|pdf)\.in$' || true)" ]; then
    for file in Tests/DocGraphTests/Formats/*.docx; do
        { printf '\x04'; cat "$file"; } > "$seeds/$(basename "$file").in"
    done
    for file in Tests/DocGraphTests/Formats/*.pdf; do
        { printf '\x05'; cat "$file"; } > "$seeds/$(basename "$file").in"
    done
fi

"$fuzzer" "$corpus" "$seeds" \
    -max_total_time="$seconds" -max_len=262144 -timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
    -artifact_prefix=fuzz-artifacts/ -print_final_stats=1
