#!/usr/bin/env bash
# Concurrency benchmark: 16 pgbench clients for LLMNUM_PGBENCH_SECONDS
# (default 60) calling gen_cost, price_at, count_tokens, estimate_tokens,
# gpu_fits and kv_cache_bytes_per_token mixed with inserts, updates and
# deletes of user_prices and user_models, each client on its own model
# names; passes if pgbench reports no error and a fixed set of queries
# gives the same results as a serial run of the same transactions (see
# test/bench/concurrency/check.sh).  Throwaway cluster, Unix socket.
# Usage: bash test/bench/concurrency.sh     (as root; takes the install lock)
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/concurrency/check.sh"

llmnum_bench_start -c max_connections=40
llmnum_concurrency_check "${LLMNUM_PGBENCH_SECONDS:-60}"
