#!/usr/bin/env bash
# Benchmark of model-id resolution inside gen_cost: the same 10M-row usage
# table (default) priced twice, once with catalog names and once with ~300
# distinct raw ids as logs write them (prefixes, Bedrock regions, case,
# padding, fine-tune jobs) that resolve to the same models, serially;
# median of LLMNUM_BENCH_RUNS runs (default 3) of EXPLAIN (ANALYZE, TIMING
# OFF).  Both totals are checked to be identical.  Usage:
# bash test/bench/resolve.sh [rows]
source "$(dirname "$0")/../lib.sh"

rows=${1:-10000000}
runs=${LLMNUM_BENCH_RUNS:-3}

llmnum_bench_start -c shared_buffers=1GB -c work_mem=64MB -c jit=off \
	-c max_parallel_workers_per_gather=0

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

psql -c "CREATE EXTENSION llmnum CASCADE"
log "generating $rows usage rows"
psql <<SQL
-- 12 models, 25 raw spellings each: 300 distinct raw ids
CREATE TABLE ids AS
SELECT m.canonical, v.n, CASE v.n % 5
		WHEN 0 THEN m.raw
		WHEN 1 THEN upper(m.raw)
		WHEN 2 THEN ' ' || m.raw
		WHEN 3 THEN m.raw || repeat(' ', 1 + v.n / 5)
		ELSE initcap(m.raw) || repeat(E'\t', 1 + v.n / 5) END AS raw
FROM (VALUES ('gpt-4o-2024-08-06', 'openai/gpt-4o-2024-08-06'),
			 ('gpt-4o-mini-2024-07-18', 'openai/gpt-4o-mini-2024-07-18'),
			 ('ft:gpt-4o-mini-2024-07-18', 'ft:gpt-4o-mini-2024-07-18:acme::AbC123'),
			 ('bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', 'us.anthropic.claude-3-5-sonnet-20240620-v1:0'),
			 ('bedrock/anthropic.claude-3-haiku-20240307-v1:0', 'bedrock/us-east-1/anthropic.claude-3-haiku-20240307-v1:0'),
			 ('vertex_ai/claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet-v2@20241022'),
			 ('gemini-1.5-pro-002', 'models/gemini-1.5-pro-002'),
			 ('gemini-1.5-flash', 'gemini/gemini-1.5-flash'),
			 ('openrouter/anthropic/claude-3.5-sonnet', 'anthropic/claude-3.5-sonnet'),
			 ('groq/llama-3.3-70b-versatile', 'groq/llama-3.3-70b-versatile'),
			 ('claude-3-5-haiku-20241022', 'anthropic/claude-3-5-haiku-20241022'),
			 ('azure/gpt-4o-mini', 'azure/global-standard/gpt-4o-mini')) m(canonical, raw),
	 generate_series(0, 24) v(n);
CREATE TABLE usage AS
SELECT ('2025-09-01'::timestamptz + (random() * 19) * interval '1 day') AS ts,  -- every model priced then
	   i.canonical, i.raw,
	   (random() * 8000)::bigint AS prompt_tokens,
	   (random() * 2000)::bigint AS completion_tokens
FROM generate_series(1, $rows) g
JOIN ids i ON i.n = g % 25 AND i.canonical = (SELECT array_agg(DISTINCT canonical ORDER BY canonical) FROM ids)[1 + (g / 25) % 12];
VACUUM ANALYZE usage;
SELECT count(DISTINCT raw) AS distinct_raw_ids, count(*) AS rows FROM usage;
SQL

time_query() {	# time_query SQL: median execution time in ms
	for _ in $(seq "$runs"); do
		psql -At -c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $1" |
			python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])'
	done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

canon=$(psql -At -c "SELECT sum(llmnum.gen_cost(canonical, prompt_tokens, completion_tokens, ts)) FROM usage")
raw=$(psql -At -c "SELECT sum(llmnum.gen_cost(raw, prompt_tokens, completion_tokens, ts)) FROM usage")
[ "$canon" = "$raw" ] || { echo "totals differ: $canon vs $raw"; exit 1; }
t1=$(time_query "SELECT sum(llmnum.gen_cost(canonical, prompt_tokens, completion_tokens, ts)) FROM usage")
t2=$(time_query "SELECT sum(llmnum.gen_cost(raw, prompt_tokens, completion_tokens, ts)) FROM usage")
echo "rows $rows, total $canon"
echo "canonical names: ${t1} ms"
echo "raw ids:         ${t2} ms"
python3 -c "print('ratio %.3f' % ($t2 / $t1))"
