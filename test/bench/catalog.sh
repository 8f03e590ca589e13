#!/usr/bin/env bash
# Benchmark of the catalog lookups: cost per call of
#   gpu_fits     llmnum.gpu_fits(model, gpu) over a generated table of
#                model/GPU name pairs (default 100,000 rows: every model
#                with an architecture and a context window of at least
#                4,096 tokens, the default context, times every GPU,
#                repeated); three lookups (model, fp16, GPU) per call
#   gpu_memory   (llmnum.gpu_memory(model)).total over the same table (two
#                lookups, a composite result)
#   gen_cost     llmnum.gen_cost(model, 1000, 500, ts) over a generated
#                usage table (default 1,000,000 rows), for comparison
# Each is timed against the same query with a trivial expression in place
# of the call (the floor: scan, expression evaluation, aggregation); the
# per-call cost is (query - floor) / rows.  Every timing is the median of
# LLMNUM_BENCH_RUNS runs (default 5) of EXPLAIN (ANALYZE, TIMING OFF),
# serial (no parallel workers), jit off, after one warm-up run that loads
# the catalog cache.
#
# The install lock is held for the whole run.
# Usage: bash test/bench/catalog.sh [gpu_rows] [cost_rows]
source "$(dirname "$0")/../lib.sh"

gpu_rows=${1:-100000}
cost_rows=${2:-1000000}
runs=${LLMNUM_BENCH_RUNS:-5}

llmnum_bench_start -c shared_buffers=256MB -c work_mem=64MB -c jit=off \
	-c max_parallel_workers_per_gather=0

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

psql -c "CREATE EXTENSION llmnum CASCADE"
log "generating $gpu_rows model/GPU pairs and $cost_rows usage rows"
psql <<SQL
CREATE TABLE pairs AS
WITH m AS (SELECT name, host, row_number() OVER (ORDER BY name) - 1 AS i, count(*) OVER () AS n
           FROM llmnum.models
           WHERE layers IS NOT NULL AND coalesce(context_window, 4096) >= 4096),
     g AS (SELECT name, row_number() OVER (ORDER BY name) - 1 AS i, count(*) OVER () AS n
           FROM llmnum.gpus)
SELECT m.name AS m, g.name AS g,
       -- the format the weights are stored in (FP8 releases, Ollama's GGUF tags)
       CASE WHEN m.name ~* '(^|[-_.:/])fp8([-_.:/]|$)' THEN 'fp8'
            WHEN m.host = 'ollama' THEN 'Q4_K_M' ELSE 'fp16' END AS q
FROM generate_series(0, $gpu_rows - 1) AS s
JOIN m ON m.i = s % m.n
JOIN g ON g.i = (s / m.n) % g.n;
CREATE TABLE usage AS
SELECT (ARRAY['gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo', 'gpt-4-turbo', 'o1-mini',
              'claude-3-5-sonnet-20241022', 'claude-3-haiku-20240307',
              'claude-3-5-haiku-20241022', 'gemini-1.5-flash', 'gemini-1.5-pro'])[1 + (i % 10)] AS model,
       '2024-12-01'::timestamptz + (i % 273) * interval '1 day' AS ts
FROM generate_series(1, $cost_rows) AS i;
VACUUM ANALYZE pairs;
VACUUM ANALYZE usage;
SQL
[ "$(psql -At -c "SELECT count(*) FROM pairs")" = "$gpu_rows" ] || { echo "pairs table has the wrong size" >&2; exit 1; }

declare -A Q
Q[gpu_fits]="SELECT count(*) FILTER (WHERE llmnum.gpu_fits(m, g, q)) FROM pairs"
Q[gpu_fits_floor]="SELECT count(*) FILTER (WHERE m < g) FROM pairs"
Q[gpu_memory]="SELECT sum((llmnum.gpu_memory(m, q)).total) FROM pairs"
Q[gpu_memory_floor]="SELECT sum(length(m)) FROM pairs"
Q[gen_cost]="SELECT sum(llmnum.gen_cost(model, 1000, 500, ts)) FROM usage"
Q[gen_cost_floor]="SELECT sum(length(model)) FROM usage"

time_ms() {	# time_ms QUERY: median execution time in ms
	local i t all=()
	psql -At -c "$1" >/dev/null	# warm-up: catalog cache, buffers
	for i in $(seq "$runs"); do
		t=$(psql -At -c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $1" |
			sed -n 's/.*"Execution Time": \([0-9.]*\).*/\1/p')
		all+=("$t")
	done
	printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

echo "gpu rows=$gpu_rows cost rows=$cost_rows runs=$runs (median ms; us per call = (query - floor) / rows)"
printf '%-11s %10s %10s %12s\n' function query floor us_per_call
status=0
for f in gpu_fits gpu_memory gen_cost; do
	rows=$gpu_rows
	[ "$f" = gen_cost ] && rows=$cost_rows
	q=$(time_ms "${Q[$f]}")
	fl=$(time_ms "${Q[${f}_floor]}")
	us=$(awk -v q="$q" -v f="$fl" -v n="$rows" 'BEGIN { printf "%.3f", (q - f) * 1000 / n }')
	printf '%-11s %10.1f %10.1f %12s\n' "$f" "$q" "$fl" "$us"
	if [ "$f" != gen_cost ] && awk -v u="$us" 'BEGIN { exit !(u > 5) }'; then
		echo "$f: $us us per call, above the 5 us target" >&2
		status=1
	fi
done
exit $status
