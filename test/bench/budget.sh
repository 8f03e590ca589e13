#!/usr/bin/env bash
# Benchmark of the budget functions over a large usage table: budget_status
# (spend to date, forecast, alert per team budget), spend_change (the
# month-over-month decomposition) and daily_spend, each one query over the
# whole table, against the plain sum(try_gen_cost(...)) that prices the same
# rows once.  Median of LLMNUM_BENCH_RUNS runs (default 3), wall clock of
# the statement as psql reports it.  Usage: bash test/bench/budget.sh [rows]
source "$(dirname "$0")/../lib.sh"

rows=${1:-10000000}
runs=${LLMNUM_BENCH_RUNS:-3}

llmnum_bench_start -c shared_buffers=1GB -c work_mem=256MB -c jit=off

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

psql -c "CREATE EXTENSION llmnum CASCADE"
log "generating $rows usage rows over the last 90 days"
psql <<SQL
CREATE TABLE usage AS
SELECT current_date - 90 + (random() * 90) * interval '1 day' AS ts,
	   (ARRAY['search', 'support-bot', 'analytics', 'marketing', 'platform'])[1 + (g % 5)] AS team,
	   (ARRAY['gpt-4o-mini', 'gpt-4o', 'claude-sonnet-4-5-20250929', 'gemini-2.5-flash',
			  'openai/gpt-4.1-mini', 'us.anthropic.claude-haiku-4-5-20251001-v1:0'])[1 + (g % 6)] AS model,
	   (100 + random() * 3000)::bigint AS prompt_tokens,
	   (20 + random() * 600)::bigint AS completion_tokens
FROM generate_series(1, $rows) g;
VACUUM ANALYZE usage;
INSERT INTO llmnum.user_budgets (scope_key, scope_value, period, amount, currency)
SELECT 'team', t, 'month', 50000, 'USD'
FROM unnest(ARRAY['search', 'support-bot', 'analytics', 'marketing', 'platform']) t;
SQL

time_sql() {	# time_sql SQL: median wall-clock ms of the statement
	for _ in $(seq "$runs"); do
		command psql -X -q -d postgres -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
	done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

t0=$(time_sql "SELECT sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts)) FROM usage")
t1=$(time_sql "SELECT count(*) FROM llmnum.budget_status('usage', current_date, 'team')")
t2=$(time_sql "SELECT count(*) FROM llmnum.spend_change('usage', date_trunc('month', current_date - 30)::date, 'team')")
t3=$(time_sql "SELECT count(*) FROM llmnum.daily_spend('usage', current_date - 90, current_date, ARRAY['team'])")
echo "rows $rows (5 teams, 6 model ids as logged, 90 days)"
echo "sum(try_gen_cost):  ${t0} ms"
echo "budget_status:      ${t1} ms"
echo "spend_change:       ${t2} ms"
echo "daily_spend:        ${t3} ms"
