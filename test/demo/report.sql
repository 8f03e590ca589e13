-- The llmnum budget report over the usage table made by usage.sql.
--
-- Every call is priced by llmnum.gen_cost at the rates in force when it
-- was made: user (negotiated) rates first, then list prices; cached prompt
-- tokens at the cache-read rate, batch calls at the batch rate.  A call
-- that cannot be priced stays NULL and is listed, never counted as $0.

\pset footer off
\pset null '-'
\echo
\echo '================================================================'
\echo ' llmnum budget report'
\echo '================================================================'
SELECT v.extension AS llmnum, v.catalog AS catalog_checked_to,
	   (SELECT count(*) FROM llmnum.models) AS models,
	   (SELECT count(*) FROM llmnum.prices) AS price_periods,
	   (SELECT count(*) FROM llmnum.gpus) AS gpus,
	   (SELECT count(*) FROM llmnum.quantizations) AS quantizations
FROM llmnum.version() v;

\echo
\echo '--- Usage loaded ---'
SELECT count(*) AS calls, to_char(min(ts), 'YYYY-MM-DD') AS first_call,
	   to_char(max(ts), 'YYYY-MM-DD') AS last_call, count(DISTINCT model) AS models,
	   count(DISTINCT team) AS teams, count(DISTINCT user_name) AS users,
	   round(sum(prompt_tokens) / 1e9, 2) AS prompt_gtok,
	   round(sum(completion_tokens) / 1e9, 2) AS completion_gtok,
	   count(*) FILTER (WHERE batch) AS batch_calls,
	   round(sum(cached_tokens) / 1e9, 2) AS cached_gtok
FROM usage;

-- One pass of gen_cost over every call; the sections below reuse it.
CREATE TEMP TABLE priced AS
SELECT u.*, llmnum.try_gen_cost(u.model, u.prompt_tokens, u.completion_tokens, u.ts,
								u.cached_tokens, u.batch) AS cost_usd
FROM usage u;

\echo
\echo '--- Cost per month, at the prices in force at each call ---'
SELECT to_char(date_trunc('month', ts), 'YYYY-MM') AS month,
	   count(*) AS calls,
	   round(sum(prompt_tokens + completion_tokens) / 1e6, 1) AS mtok,
	   round(sum(cost_usd), 2) AS cost_usd,
	   count(*) FILTER (WHERE cost_usd IS NULL) AS unpriced,
	   repeat('#', (sum(cost_usd) / max(sum(cost_usd)) OVER () * 40)::int) AS "relative cost"
FROM priced GROUP BY 1 ORDER BY 1;

\echo
\echo '--- Cost per month per model, USD (the 8 costliest models; the rest summed) ---'
WITH top AS (
	SELECT model FROM priced GROUP BY model ORDER BY sum(cost_usd) DESC NULLS LAST LIMIT 8
)
SELECT to_char(date_trunc('month', p.ts), 'YYYY-MM') AS month,
	   CASE WHEN t.model IS NULL THEN '(the rest)' ELSE p.model END AS model,
	   round(sum(p.cost_usd)) AS usd
FROM priced p LEFT JOIN top t ON t.model = p.model
GROUP BY 1, 2 ORDER BY 1, 2
\crosstabview month model usd

\echo
\echo '--- The 15 costliest models over the whole period ---'
SELECT model, provider, count(*) AS calls, to_char(min(ts), 'YYYY-MM') AS since,
	   round(sum(cost_usd), 2) AS cost_usd,
	   round(100 * sum(cost_usd) / sum(sum(cost_usd)) OVER (), 1) AS pct
FROM priced JOIN llmnum.models m ON m.name = priced.model
GROUP BY model, provider ORDER BY sum(cost_usd) DESC NULLS LAST LIMIT 15;

\echo
\echo '--- Cost per team and year, USD ---'
SELECT team, to_char(date_trunc('year', ts), 'YYYY') AS year, round(sum(cost_usd)) AS usd
FROM priced GROUP BY 1, 2 ORDER BY 1, 2
\crosstabview team year usd

\echo
\echo '--- Negotiated rates in force (llmnum.user_prices) and what they saved against list prices ---'
SELECT p.model, p.component, p.usd_per_mtok, to_char(p.valid_from, 'YYYY-MM-DD') AS since, p.source,
	   count(u.*) AS calls,
	   round(sum((u.prompt_tokens - u.cached_tokens) / 1e6 * (b.usd_per_mtok - p.usd_per_mtok)), 2) AS saved_usd
FROM llmnum.prices p
LEFT JOIN priced u
	   ON u.model = p.model AND u.ts >= p.valid_from AND (p.valid_to IS NULL OR u.ts < p.valid_to)
	  AND NOT u.batch AND p.component = 'input'
LEFT JOIN llmnum.builtin_prices b
	   ON b.model = p.model AND b.component = p.component AND b.tier_above_tokens = 0
	  AND u.ts >= b.valid_from AND (b.valid_to IS NULL OR u.ts < b.valid_to)
WHERE p.origin = 'user'
GROUP BY p.model, p.component, p.usd_per_mtok, p.valid_from, p.source;

\echo
\echo '--- Calls that could not be priced, and why (never counted as $0) ---'
SELECT model, reason, requests, to_char(first_at, 'YYYY-MM-DD') AS first,
	   to_char(last_at, 'YYYY-MM-DD') AS last
FROM llmnum.unpriced_usage('usage', cached_column => 'cached_tokens', batch_column => 'batch')
ORDER BY requests DESC LIMIT 15;

\echo
\echo '--- The same calls at today''s prices on a cheaper model (gpt-4o-mini; embeddings on text-embedding-3-small) ---'
SELECT to_char(date_trunc('year', u.ts), 'YYYY') AS year,
	   round(sum(u.cost_usd), 2) AS paid_usd,
	   round(sum(llmnum.gen_cost(CASE m.kind WHEN 'embedding' THEN 'text-embedding-3-small'
											  ELSE 'gpt-4o-mini' END,
								 u.prompt_tokens,
								 CASE m.kind WHEN 'embedding' THEN 0 ELSE u.completion_tokens END,
								 now(), u.cached_tokens)), 2) AS today_cheaper_usd
FROM priced u JOIN llmnum.models m ON m.name = u.model
GROUP BY 1 ORDER BY 1;

\ir tokens.sql

\echo
\echo '--- What fits where: the widest format that fits one GPU at 4k context, batch 1 ---'
\ir gpu_matrix.sql

\echo
\echo '--- Numbers every LLM developer should know: published, recomputed on 2023-05-08, and today ---'
SELECT t.ordinal AS "#", t.heading,
	   CASE WHEN t.original_low = t.original_high THEN t.original_low::text
			ELSE t.original_low || ' - ' || t.original_high END AS published,
	   CASE WHEN t.recomputed_low = t.recomputed_high THEN t.recomputed_low::text
			ELSE t.recomputed_low || ' - ' || t.recomputed_high END AS "2023-05-08",
	   CASE WHEN n.recomputed_low = n.recomputed_high THEN n.recomputed_low::text
			ELSE n.recomputed_low || ' - ' || n.recomputed_high END AS today,
	   t.unit
FROM llmnum.numbers_as_of('2023-05-08 12:00+00') t
JOIN llmnum.numbers_as_of(now()) n USING (key)
ORDER BY t.ordinal;

\echo
\echo '--- How today''s values are computed ---'
\pset format wrapped
\pset columns 120
SELECT ordinal AS "#", method AS "today from" FROM llmnum.numbers_as_of(now()) ORDER BY ordinal;

\echo
\echo '--- What is wrong with the published numbers ---'
SELECT ordinal AS "#", known_issues AS "known issues" FROM llmnum.numbers ORDER BY ordinal;
