-- The llmnum budget report over the usage table made by usage.sql.
--
-- Each call is priced at the rates in force when it was made, user
-- (negotiated) rates first, then list prices.  Cached prompt tokens are
-- billed at the cache-read rate where the model has one, batch calls at
-- the batch rate where there is one.  A call whose price is unknown stays
-- unpriced (NULL), never $0.

\pset footer off
\pset null '(unpriced)'
\echo
\echo '================================================================'
\echo ' llmnum budget report'
\echo '================================================================'
SELECT extension AS llmnum, library, catalog AS catalog_checked_to,
	   (SELECT count(*) FROM llmnum.models) AS models,
	   (SELECT count(*) FROM llmnum.prices) AS price_periods
FROM llmnum.version();

-- The effective prices of each model over time, cut into periods in which
-- none of its prices change.
CREATE TEMP TABLE price_schedule AS
WITH bounds AS (
	SELECT lower(model) AS model, valid_from AS b FROM llmnum.prices
	UNION
	SELECT lower(model), valid_to FROM llmnum.prices WHERE valid_to IS NOT NULL
), segments AS (
	SELECT model, b AS seg_from, lead(b) OVER (PARTITION BY model ORDER BY b) AS seg_to
	FROM bounds
)
SELECT s.model, s.seg_from, s.seg_to, c.*
FROM segments s
CROSS JOIN LATERAL (
	SELECT max(usd_per_mtok) FILTER (WHERE component = 'input') AS input,
		   max(usd_per_mtok) FILTER (WHERE component = 'output') AS output,
		   max(usd_per_mtok) FILTER (WHERE component = 'cached_input') AS cached_input,
		   max(usd_per_mtok) FILTER (WHERE component = 'batch_input') AS batch_input,
		   max(usd_per_mtok) FILTER (WHERE component = 'batch_output') AS batch_output
	FROM (
		SELECT DISTINCT ON (p.component) p.component, p.usd_per_mtok
		FROM llmnum.prices p
		WHERE lower(p.model) = s.model AND p.tier_above_tokens = 0
		  AND p.valid_from <= s.seg_from AND (p.valid_to IS NULL OR p.valid_to > s.seg_from)
		ORDER BY p.component, p.origin = 'user' DESC
	) effective
) c;

CREATE TEMP TABLE priced AS
SELECT u.*,
	   ((u.prompt_tokens - u.cached_tokens)
			* CASE WHEN u.batch THEN coalesce(s.batch_input, s.input) ELSE s.input END
		+ u.cached_tokens * coalesce(s.cached_input,
									 CASE WHEN u.batch THEN coalesce(s.batch_input, s.input) ELSE s.input END)
		+ CASE WHEN u.completion_tokens = 0 THEN 0
			   ELSE u.completion_tokens
					* CASE WHEN u.batch THEN coalesce(s.batch_output, s.output) ELSE s.output END
		  END) / 1000000 AS cost_usd
FROM usage u
LEFT JOIN price_schedule s
	   ON s.model = lower(u.model) AND u.ts >= s.seg_from AND (s.seg_to IS NULL OR u.ts < s.seg_to);

\echo
\echo '--- Usage loaded ---'
SELECT count(*) AS calls, to_char(min(ts), 'YYYY-MM-DD') AS first_call,
	   to_char(max(ts), 'YYYY-MM-DD') AS last_call, count(DISTINCT model) AS models,
	   count(DISTINCT team) AS teams, count(DISTINCT user_name) AS users,
	   round(sum(prompt_tokens) / 1e9, 2) AS prompt_gtok,
	   round(sum(completion_tokens) / 1e9, 2) AS completion_gtok
FROM usage;

\echo
\echo '--- Cost per month (prices in force at the time of each call) ---'
SELECT to_char(date_trunc('month', ts), 'YYYY-MM') AS month,
	   count(*) AS calls,
	   round(sum(prompt_tokens + completion_tokens) / 1e6, 1) AS mtok,
	   round(sum(cost_usd), 2) AS cost_usd,
	   repeat('#', (sum(cost_usd) / max(sum(cost_usd)) OVER () * 40)::int) AS "relative cost"
FROM priced GROUP BY 1 ORDER BY 1;

\echo
\echo '--- Cost per month per model, USD (the 8 costliest models; others summed) ---'
WITH top AS (
	SELECT model FROM priced GROUP BY model ORDER BY sum(cost_usd) DESC NULLS LAST LIMIT 8
)
SELECT to_char(date_trunc('month', p.ts), 'YYYY-MM') AS month,
	   CASE WHEN t.model IS NULL THEN '(others)' ELSE p.model END AS model,
	   round(sum(p.cost_usd)) AS usd
FROM priced p LEFT JOIN top t ON t.model = p.model
GROUP BY 1, 2 ORDER BY 1, 2
\crosstabview month model usd

\echo
\echo '--- Cost per model over the whole period ---'
SELECT model, count(*) AS calls,
	   to_char(min(ts), 'YYYY-MM') AS since,
	   round(sum(cost_usd), 2) AS cost_usd,
	   round(100 * sum(cost_usd) / sum(sum(cost_usd)) OVER (), 1) AS pct,
	   count(*) FILTER (WHERE cost_usd IS NULL) AS unpriced_calls
FROM priced GROUP BY model ORDER BY sum(cost_usd) DESC NULLS LAST;

\echo
\echo '--- Cost per team and year ---'
SELECT team, to_char(date_trunc('year', ts), 'YYYY') AS year,
	   round(sum(cost_usd)) AS usd
FROM priced GROUP BY 1, 2 ORDER BY 1, 2
\crosstabview team year usd

\echo
\echo '--- Negotiated rates in force (llmnum.user_prices) ---'
SELECT model, component, usd_per_mtok, to_char(valid_from, 'YYYY-MM-DD') AS since, source
FROM llmnum.prices WHERE origin = 'user' ORDER BY model, component;

\echo
\echo '--- Calls that could not be priced (never counted as $0) ---'
SELECT model, count(*) AS calls, to_char(min(ts), 'YYYY-MM-DD') AS first, to_char(max(ts), 'YYYY-MM-DD') AS last
FROM priced WHERE cost_usd IS NULL GROUP BY model ORDER BY 2 DESC;

\echo
\echo '--- Numbers every LLM developer should know (as published in 2023) ---'
SELECT ordinal AS "#", heading,
	   CASE WHEN value_low = value_high THEN value_low::text
			ELSE value_low || ' - ' || value_high END || ' ' || unit AS published_value,
	   as_of
FROM llmnum.numbers ORDER BY ordinal;

\echo
\echo '--- ... and what is wrong with them today ---'
\pset format wrapped
\pset columns 130
SELECT ordinal AS "#", known_issues AS "known issues"
FROM llmnum.numbers ORDER BY ordinal;
