#!/usr/bin/env bash
# Benchmark of the monthly cost report on Citus: the same usage rows
# (default 10M) as a local table of the coordinator (one node) and as a
# table distributed over two workers (32 shards), on one machine:
#   fn         sum(llmnum.gen_cost(model, prompt, completion, ts)) per model
#              and month
#   const      the same aggregate with one price pair written in as numeric
#              constants (the floor: scan, arithmetic and aggregation)
#   cte        the distributed table only: the materialized-CTE pattern of
#              docs/citus.md (usage grouped on the workers by model, ts and
#              token counts, priced on the coordinator)
# local ones serially and with 2 parallel workers, distributed ones with the
# workers' defaults.  Every timing is the median of LLMNUM_BENCH_RUNS runs
# (default 3) of the query as a client sees it (psql \timing, result
# discarded).  The fn totals of the local and distributed tables are
# checked to be identical first.
#
# The install lock is held for the whole run.  Builds Citus through
# ../shared/citus/build.sh when it is missing.
# Usage: bash test/bench/citus.sh [rows]
source "$(dirname "$0")/../lib.sh"

rows=${1:-10000000}
runs=${LLMNUM_BENCH_RUNS:-3}

llmnum_take_install_lock
cd "$LLMNUM_ROOT"
llmnum_build_install
llmnum_citus_install
trap llmnum_citus_stop EXIT
LLMNUM_CITUS_DIR=$(mktemp -d /tmp/llmnum-citus.XXXXXX)
chmod 755 "$LLMNUM_CITUS_DIR"
D=$LLMNUM_CITUS_DIR
for n in coord w1 w2; do
	llmnum_citus_node_start "$n" -c shared_buffers=1GB -c work_mem=64MB -c jit=off \
		-c max_worker_processes=8 -c max_parallel_workers=2
done

c() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 -h "$D/coord" -U postgres -d postgres "$@"; }

c -c "SELECT citus_set_coordinator_host('$D/coord', 5432)" >/dev/null
c -c "SELECT citus_add_node('$D/w1', 5432)" >/dev/null
c -c "SELECT citus_add_node('$D/w2', 5432)" >/dev/null
c -c "CREATE EXTENSION llmnum CASCADE"
c -c "SELECT llmnum.citus_sync()" >/dev/null
c -c "INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
	  VALUES ('gpt-4o-mini', 'input', 0.12, '2025-03-01', 'contract 2025-02')"
citus_version=$(c -c "SELECT split_part(citus_version(), ' ', 2)")

log "generating $rows usage rows"
c <<SQL >/dev/null
CREATE TABLE usage_local AS
SELECT i AS id, ('2024-12-01'::timestamptz + (random() * 273) * interval '1 day') AS ts,
       (ARRAY['gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo', 'gpt-4-turbo', 'o1-mini',
              'claude-3-5-sonnet-20241022', 'claude-3-haiku-20240307',
              'claude-3-5-haiku-20241022', 'gemini-1.5-flash', 'gemini-1.5-pro'])[1 + (i % 10)] AS model,
       (random() * 8000)::bigint AS prompt_tokens,
       (random() * 2000)::bigint AS completion_tokens
FROM generate_series(1, $rows) AS i;
CREATE STATISTICS usage_local_model_month (ndistinct) ON model, (date_trunc('month', ts)) FROM usage_local;
VACUUM ANALYZE usage_local;
CREATE TABLE usage_dist (LIKE usage_local);
SELECT create_distributed_table('usage_dist', 'id', shard_count => 32);
INSERT INTO usage_dist SELECT * FROM usage_local;
VACUUM ANALYZE usage_dist;
SQL

declare -A Q
Q[fn]="SELECT model, date_trunc('month', ts) AS month,
       sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS usd
FROM TBL GROUP BY 1, 2"
Q[const]="SELECT model, date_trunc('month', ts) AS month,
       sum((prompt_tokens * 2.5 + completion_tokens * 10.0) / 1000000) AS usd
FROM TBL GROUP BY 1, 2"
Q[cte]="WITH per_request_class AS MATERIALIZED (
	SELECT model, ts, prompt_tokens, completion_tokens, count(*) AS requests
	FROM TBL GROUP BY 1, 2, 3, 4)
SELECT model, date_trunc('month', ts) AS month,
       sum(requests * llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS usd
FROM per_request_class GROUP BY 1, 2"

log "checking that local and distributed totals are identical"
ordered="SELECT * FROM (${Q[fn]}) q ORDER BY 1, 2"
a=$(c -c "${ordered//TBL/usage_local}")
b=$(c -c "${ordered//TBL/usage_dist}")
if [ "$a" != "$b" ]; then
	echo "local and distributed fn results differ" >&2
	exit 1
fi
echo "fn: local and distributed results identical ($(printf '%s\n' "$a" | wc -l) groups)"

# median of $runs client-side timings in ms
time_query() {	# time_query SETTINGS QUERY
	local i ms=()
	for ((i = 0; i < runs; i++)); do
		ms+=("$(c -v ON_ERROR_STOP=1 <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
$1
\o /dev/null
\timing on
$2;
SQL
)")
	done
	printf '%s\n' "${ms[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] }'
}

serial="SET max_parallel_workers_per_gather = 0;"
parallel="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
printf '\nCitus %s, PostgreSQL %s, %s rows, %s vCPUs, median of %s runs (ms)\n' \
	"$citus_version" "$(c -c 'SHOW server_version')" "$rows" "$(nproc)" "$runs"
printf '%-6s %16s %16s %16s\n' query "local serial" "local parallel" "distributed"
for q in const fn cte; do
	if [ "$q" = cte ]; then
		ls=-
		lp=-
	else
		ls=$(time_query "$serial" "${Q[$q]//TBL/usage_local}")
		lp=$(time_query "$parallel" "${Q[$q]//TBL/usage_local}")
	fi
	d=$(time_query "" "${Q[$q]//TBL/usage_dist}")
	printf '%-6s %16s %16s %16s\n' "$q" "$ls" "$lp" "$d"
done

echo
echo "plan of fn on the distributed table:"
c -c "EXPLAIN (COSTS OFF) ${Q[fn]//TBL/usage_dist}" | sed 's/^/    /' | head -30
