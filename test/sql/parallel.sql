-- Scale-out: a large aggregate of the row-level functions runs in a
-- parallel plan (Gather over Partial Aggregate) and gives exactly the
-- serial result.
\set VERBOSITY terse

CREATE TABLE usage_par AS
SELECT (ARRAY['gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo', 'claude-3-haiku-20240307'])[1 + i % 4] AS model,
	   (ARRAY['llama-2-13b', 'llama-3-8b'])[1 + i % 2] AS served_model,
	   timestamptz '2025-06-01' + (i % 97) * interval '1 hour' AS ts,
	   100 + i % 5000 AS prompt_tokens,
	   10 + i % 700 AS completion_tokens,
	   'Request ' || i || ': summarise the numbers every LLM developer should know.' AS prompt
FROM generate_series(1, 5000) AS i;
ANALYZE usage_par;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;

EXPLAIN (COSTS OFF)
SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)),
	   sum(llmnum.count_tokens(prompt, 'o200k_base')),
	   count(*) FILTER (WHERE llmnum.gpu_fits(served_model, 'L4', 'fp16', 1024))
FROM usage_par;

CREATE TEMP TABLE parallel_result AS
SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS usd,
	   sum(llmnum.count_tokens(prompt, 'o200k_base')) AS tokens,
	   count(*) FILTER (WHERE llmnum.gpu_fits(served_model, 'L4', 'fp16', 1024)) AS fits
FROM usage_par;

SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF)
SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) FROM usage_par;
CREATE TEMP TABLE serial_result AS
SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS usd,
	   sum(llmnum.count_tokens(prompt, 'o200k_base')) AS tokens,
	   count(*) FILTER (WHERE llmnum.gpu_fits(served_model, 'L4', 'fp16', 1024)) AS fits
FROM usage_par;

SELECT p.usd, p.tokens, p.fits, p = s AS parallel_equals_serial
FROM parallel_result p, serial_result s;

-- Every function a row-level query can call is PARALLEL SAFE (triggers
-- excepted: they never run in a query; import_prices and load_ecb_rates
-- too: they write).
SELECT p.oid::regprocedure AS not_parallel_safe
FROM pg_proc p
WHERE p.pronamespace = 'llmnum'::regnamespace AND p.proparallel <> 's'
  AND p.prorettype <> 'trigger'::regtype AND p.proname NOT IN ('import_prices', 'load_ecb_rates');

RESET ALL;
DROP TABLE usage_par;
