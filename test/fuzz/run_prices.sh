#!/bin/sh
# Build the cost-engine fuzz target with libFuzzer + ASan/UBSan and run it
# for a bounded time (default 60 s).
set -eu
cd "$(dirname "$0")/../.."
mkdir -p test/fuzz/bin test/fuzz/bin/corpus_cost
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -o test/fuzz/bin/cost_fuzz test/fuzz/cost_fuzz.c src/cost.c src/namematch.c
test/fuzz/bin/cost_fuzz -max_total_time="${1:-60}" -max_len=512 test/fuzz/bin/corpus_cost
