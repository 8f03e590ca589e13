#!/usr/bin/env bash
# Benchmark of gen_cost over a generated usage table (default 10M rows):
#   fn     sum(llmnum.gen_cost(model, prompt, completion, ts)) per model and month
#   const  the same aggregate with one price pair written in as numeric
#          constants (the floor: arithmetic and aggregation, no lookup)
#   const1 the same with the division by 10^6 taken out of the sum (the
#          cheapest numeric formulation)
#   case   prices inlined per model in a CASE (what Helicone generates)
#   join   the pure-SQL temporal join an analyst would write against
#          llmnum.builtin_prices: input and output periods intersected once,
#          then one hash join on model with a range filter
# each serially and with 2 parallel workers (partial aggregation in the
# workers, made possible by extended statistics on the grouping keys and
# zero parallel setup/tuple costs); every timing is the median of
# LLMNUM_BENCH_RUNS runs (default 3) of EXPLAIN (ANALYZE, TIMING OFF).
# The fn and join totals are checked to be identical.
#
# The install lock is held for the whole run: parallel workers load the
# shared library from disk, which other worktrees may replace.
# Usage: bash test/bench/prices.sh [rows]
source "$(dirname "$0")/../lib.sh"

rows=${1:-10000000}
runs=${LLMNUM_BENCH_RUNS:-3}

llmnum_bench_start -c shared_buffers=1GB -c work_mem=64MB -c jit=off \
	-c max_worker_processes=4 -c max_parallel_workers=2

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

psql -c "CREATE EXTENSION llmnum CASCADE"
log "generating $rows usage rows"
psql <<SQL
CREATE TABLE usage AS
SELECT ('2024-12-01'::timestamptz + (random() * 273) * interval '1 day') AS ts,
       (ARRAY['gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo', 'gpt-4-turbo', 'o1-mini',
              'claude-3-5-sonnet-20241022', 'claude-3-haiku-20240307',
              'claude-3-5-haiku-20241022', 'gemini-1.5-flash', 'gemini-1.5-pro'])[1 + (i % 10)] AS model,
       (random() * 8000)::bigint AS prompt_tokens,
       (random() * 2000)::bigint AS completion_tokens
FROM generate_series(1, $rows) AS i;
-- without it the planner expects one group per row and never aggregates
-- in the parallel workers (this helps every variant alike)
CREATE STATISTICS usage_model_month (ndistinct) ON model, (date_trunc('month', ts)) FROM usage;
VACUUM ANALYZE usage;
ANALYZE llmnum.builtin_prices;
SQL

declare -A Q
Q[fn]="SELECT model, date_trunc('month', ts) AS month,
       sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS usd
FROM usage GROUP BY 1, 2"
Q[const]="SELECT model, date_trunc('month', ts) AS month,
       sum((prompt_tokens * 2.5 + completion_tokens * 10.0) / 1000000) AS usd
FROM usage GROUP BY 1, 2"
Q[const1]="SELECT model, date_trunc('month', ts) AS month,
       sum(prompt_tokens * 2.5 + completion_tokens * 10.0) / 1000000 AS usd
FROM usage GROUP BY 1, 2"
Q[case]="SELECT model, date_trunc('month', ts) AS month,
       sum(CASE model
             WHEN 'gpt-4o' THEN prompt_tokens * 2.5 + completion_tokens * 10.0
             WHEN 'gpt-4o-mini' THEN prompt_tokens * 0.15 + completion_tokens * 0.6
             WHEN 'gpt-3.5-turbo' THEN prompt_tokens * 0.5 + completion_tokens * 1.5
             WHEN 'gpt-4-turbo' THEN prompt_tokens * 10.0 + completion_tokens * 30.0
             WHEN 'o1-mini' THEN prompt_tokens * 1.1 + completion_tokens * 4.4
             WHEN 'claude-3-5-sonnet-20241022' THEN prompt_tokens * 3.0 + completion_tokens * 15.0
             WHEN 'claude-3-haiku-20240307' THEN prompt_tokens * 0.25 + completion_tokens * 1.25
             WHEN 'claude-3-5-haiku-20241022' THEN prompt_tokens * 0.8 + completion_tokens * 4.0
             WHEN 'gemini-1.5-flash' THEN prompt_tokens * 0.075 + completion_tokens * 0.3
             WHEN 'gemini-1.5-pro' THEN prompt_tokens * 1.25 + completion_tokens * 5.0
           END / 1000000) AS usd
FROM usage GROUP BY 1, 2"
Q[join]="WITH p AS (
  SELECT i.model,
         greatest(i.valid_from, o.valid_from) AS valid_from,
         least(coalesce(i.valid_to, 'infinity'), coalesce(o.valid_to, 'infinity')) AS valid_to,
         i.usd_per_mtok AS usd_in, o.usd_per_mtok AS usd_out
  FROM llmnum.builtin_prices i
  JOIN llmnum.builtin_prices o
    ON o.model = i.model AND o.component = 'output' AND o.tier_above_tokens = 0
   AND tstzrange(i.valid_from, i.valid_to) && tstzrange(o.valid_from, o.valid_to)
  WHERE i.component = 'input' AND i.tier_above_tokens = 0)
SELECT u.model, date_trunc('month', u.ts) AS month,
       sum((u.prompt_tokens * p.usd_in + u.completion_tokens * p.usd_out) / 1000000) AS usd
FROM usage u
JOIN p ON p.model = u.model AND u.ts >= p.valid_from AND u.ts < p.valid_to
GROUP BY 1, 2"

# the two dated answers must agree to the last digit
diffs=$(psql -At -c "SELECT count(*) FROM ((${Q[fn]}) EXCEPT (${Q[join]})) d")
[ "$diffs" = 0 ] || { echo "gen_cost and the temporal join disagree on $diffs groups" >&2; exit 1; }
total=$(psql -At -c "SELECT sum(usd) FROM (${Q[fn]}) s")
log "fn and join agree; total USD $total"

time_ms() {	# time_ms WORKERS QUERY
	local i t all=()
	for i in $(seq "$runs"); do
		t=$(psql -At -c "SET max_parallel_workers_per_gather = $1" \
			-c "SET parallel_setup_cost = 0" -c "SET parallel_tuple_cost = 0" \
			-c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $2" |
			sed -n 's/.*"Execution Time": \([0-9.]*\).*/\1/p')
		all+=("$t")
	done
	printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

echo "rows=$rows runs=$runs (median ms)"
printf '%-8s %10s %10s\n' query serial parallel2
declare -A S P
for q in const const1 case fn join; do
	S[$q]=$(time_ms 0 "${Q[$q]}")
	P[$q]=$(time_ms 2 "${Q[$q]}")
	printf '%-8s %10.0f %10.0f\n' "$q" "${S[$q]}" "${P[$q]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "fn / const:  serial $(ratio "${S[fn]}" "${S[const]}")x  parallel $(ratio "${P[fn]}" "${P[const]}")x  (target <= 1.5)"
echo "fn / const1: serial $(ratio "${S[fn]}" "${S[const1]}")x  parallel $(ratio "${P[fn]}" "${P[const1]}")x"
echo "fn / case:   serial $(ratio "${S[fn]}" "${S[case]}")x  parallel $(ratio "${P[fn]}" "${P[case]}")x"
echo "join / fn:   serial $(ratio "${S[join]}" "${S[fn]}")x  parallel $(ratio "${P[join]}" "${P[fn]}")x  (target >= 2)"
