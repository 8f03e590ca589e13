#!/usr/bin/env bash
# Benchmark of the first call of a function in a new connection: what a
# short-lived connection (a web request, a cron job) pays before its first
# result.  For each call below, LLMNUM_BENCH_RUNS fresh connections
# (default 9) each run
#   SELECT 1;                                  (the backend's own start-up)
#   EXPLAIN (ANALYZE, TIMING OFF) <call>;      (first call)
#   EXPLAIN (ANALYZE, TIMING OFF) <call>;      (second call)
# and the script prints the median and the best "Execution Time" of the
# first and the second call: server-side time, connection set-up and the
# client's round trip excluded; executor start-up included, so the first
# call counts loading llmnum.so and, with a model name, loading the parts
# of the catalog cache (src/catalog.c) that the call needs.
#
#   encoding     count_tokens('hello world', 'o200k_base')
#   model        count_tokens('hello world', 'gpt-4o')
#   estimate     estimate_tokens('hello world', 'claude-3-5-sonnet-20241022')
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
Q[gen_cost]="SELECT llmnum.gen_cost('gpt-4o', 1000, 500)"
Q[gpu_fits]="SELECT llmnum.gpu_fits('Llama-3-8B', 'H100-80GB')"

# median and best of a list of numbers
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%8.3f %8.3f", v[int((NR + 1) / 2)], v[1] }'; }

echo "first and second call in a fresh connection, $runs connections each (server-side Execution Time, ms)"
printf '%-9s %8s %8s %8s %8s\n' call first_med first_min second_med second_min
for c in encoding model estimate gen_cost gpu_fits; do
	: > /tmp/first_call.$$.1
	: > /tmp/first_call.$$.2
	for i in $(seq "$runs"); do
		psql -At <<SQL | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' | paste -sd' ' |
SELECT 1 \g /dev/null
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) ${Q[$c]};
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) ${Q[$c]};
SQL
		{ read -r a b; echo "$a" >> /tmp/first_call.$$.1; echo "$b" >> /tmp/first_call.$$.2; }
	done
	printf '%-9s %s %s\n' "$c" "$(stats < /tmp/first_call.$$.1)" "$(stats < /tmp/first_call.$$.2)"
done
rm -f /tmp/first_call.$$.1 /tmp/first_call.$$.2
