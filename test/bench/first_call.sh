#!/usr/bin/env bash
# Benchmark of the first call of a function in a new connection: what a
# short-lived connection (a web request, a cron job) pays before its first
# result.  For each call below, LLMNUM_BENCH_RUNS fresh connections
# (default 9) each run
#   SELECT 1;                                  (the backend's own start-up)
#   EXPLAIN (ANALYZE, TIMING OFF) <call>;      (first call)
#   EXPLAIN (ANALYZE, TIMING OFF) <call>;      (second call)
# and the script prints the median and the best "Execution Time" of the
# first and the second call: server-side wall time, connection set-up and
# the client's round trip excluded; executor start-up included, so the
# first call counts loading llmnum.so and, with a model name, loading the
# parts of the catalog cache (src/catalog.c) that the call needs.
#
# On a shared machine wall time also counts the time the backend waited
# for a CPU, so the script also reads the backend's own CPU time
# (/proc/self/schedstat, through pg_read_file: superuser) before and after
# the first call, in a statement of its own each time: "cpu" is the CPU
# time of the statement with the first call (parse, plan, execution)
# between those two reads, the reads' own statements included.
#
#   encoding     count_tokens('hello world', 'o200k_base')
#   model        count_tokens('hello world', 'gpt-4o')
#   estimate     estimate_tokens('hello world', 'claude-3-5-sonnet-20241022')
#   id           count_tokens('hello world', 'openai/gpt-4o') (id rules)
#   gen_cost     gen_cost('gpt-4o', 1000, 500)
#   gpu_fits     gpu_fits('Llama-3-8B', 'H100-80GB')
#
# The install lock is held for the whole run.
# Usage: bash test/bench/first_call.sh
source "$(dirname "$0")/../lib.sh"

runs=${LLMNUM_BENCH_RUNS:-9}

llmnum_bench_start -c jit=off

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

psql -c "CREATE EXTENSION llmnum CASCADE"

declare -A Q
Q[encoding]="SELECT llmnum.count_tokens('hello world', 'o200k_base')"
Q[model]="SELECT llmnum.count_tokens('hello world', 'gpt-4o')"
Q[estimate]="SELECT llmnum.estimate_tokens('hello world', 'claude-3-5-sonnet-20241022')"
Q[id]="SELECT llmnum.count_tokens('hello world', 'openai/gpt-4o')"
Q[gen_cost]="SELECT llmnum.gen_cost('gpt-4o', 1000, 500)"
Q[gpu_fits]="SELECT llmnum.gpu_fits('Llama-3-8B', 'H100-80GB')"

# median and best of a list of numbers
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%8.2f %8.2f", v[int((NR + 1) / 2)], v[1] }'; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; llmnum_cluster_stop' EXIT
cpu="SELECT split_part(pg_catalog.pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint"

echo "first and second call in a fresh connection, $runs connections each (ms: median, best)"
printf '%-9s %17s %17s %17s\n' call "first (wall)" "first (cpu)" "second (wall)"
for c in encoding model estimate id gen_cost gpu_fits; do
	: > "$tmp/first"; : > "$tmp/second"; : > "$tmp/cpu"
	for i in $(seq "$runs"); do
		psql -At > "$tmp/out" <<SQL
SELECT 1 \g /dev/null
$cpu AS cpu0 \gset
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) ${Q[$c]};
$cpu AS cpu1 \gset
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) ${Q[$c]};
SELECT 'cpu ' || (:cpu1 - :cpu0) / 1e6;
SQL
		sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' "$tmp/out" | sed -n 1p >> "$tmp/first"
		sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' "$tmp/out" | sed -n 2p >> "$tmp/second"
		sed -n 's/^cpu //p' "$tmp/out" >> "$tmp/cpu"
	done
	printf '%-9s %s  %s  %s\n' "$c" "$(stats < "$tmp/first")" "$(stats < "$tmp/cpu")" "$(stats < "$tmp/second")"
done
