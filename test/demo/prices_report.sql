-- The gen_cost part of the budget report, over the usage table made by
-- usage.sql (columns ts, team, model, prompt_tokens, completion_tokens,
-- cached_tokens, batch).  Meant to be included by report.sql.

\pset format aligned

\echo
\echo '--- Cost per month with gen_cost (prices in force at each call; unpriced calls are NULL, never $0) ---'
SELECT to_char(date_trunc('month', ts), 'YYYY-MM') AS month,
	   count(*) AS calls,
	   round(sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts,
									 cached_tokens, batch)), 2) AS cost_usd,
	   count(*) FILTER (WHERE llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts,
												  cached_tokens, batch) IS NULL) AS unpriced_calls
FROM usage GROUP BY 1 ORDER BY 1;

\echo
\echo '--- What gen_cost could not price, and why ---'
SELECT model, reason, requests, to_char(first_at, 'YYYY-MM-DD') AS first,
	   to_char(last_at, 'YYYY-MM-DD') AS last
FROM llmnum.unpriced_usage('usage', cached_column => 'cached_tokens', batch_column => 'batch')
ORDER BY requests DESC LIMIT 15;

\echo
\echo '--- The same calls at today''s prices on a cheaper model (gpt-4o-mini; embeddings on text-embedding-3-small) ---'
SELECT to_char(date_trunc('year', u.ts), 'YYYY') AS year,
	   round(sum(llmnum.try_gen_cost(u.model, u.prompt_tokens, u.completion_tokens, u.ts,
									 u.cached_tokens, u.batch)), 2) AS paid_usd,
	   round(sum(llmnum.gen_cost(CASE m.kind WHEN 'embedding' THEN 'text-embedding-3-small'
											  ELSE 'gpt-4o-mini' END,
								 u.prompt_tokens,
								 CASE m.kind WHEN 'embedding' THEN 0 ELSE u.completion_tokens END,
								 now(), u.cached_tokens)), 2) AS today_cheaper_usd
FROM usage u JOIN llmnum.models m ON lower(m.name) = lower(u.model)
GROUP BY 1 ORDER BY 1;

\echo
\echo '--- The llm-numbers price ratios: published, on 2023-05-08 from the catalog, and today ---'
SELECT t.ordinal AS "#", t.key,
	   CASE WHEN t.original_low = t.original_high THEN t.original_low::text
			ELSE t.original_low || '-' || t.original_high END AS published,
	   CASE WHEN t.recomputed_low = t.recomputed_high THEN t.recomputed_low::text
			ELSE t.recomputed_low || '-' || t.recomputed_high END AS "2023-05-08",
	   CASE WHEN n.recomputed_low = n.recomputed_high THEN n.recomputed_low::text
			ELSE n.recomputed_low || '-' || n.recomputed_high END AS today,
	   n.method AS "today from"
FROM llmnum.numbers_as_of('2023-05-08') t
JOIN llmnum.numbers_as_of(now()) n USING (key)
WHERE t.section = 'prices'
ORDER BY t.ordinal;
