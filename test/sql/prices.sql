--
-- Dated prices and gen_cost
--
SET timezone = 'UTC';
SET datestyle = 'ISO';
\set VERBOSITY default
\set SHOW_CONTEXT never

-- errors as data: SQLSTATE and message
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END;
$$;

-- the catalog: at least 1,500 priced (host, model) pairs, every host of
-- the issue covered, every row sourced and dated; a host that bills
-- nothing (ollama, no pricing_url) has no price at all
SELECT count(DISTINCT lower(model)) >= 1500 AS enough_models FROM llmnum.builtin_prices;
SELECT h.host, CASE WHEN h.pricing_url IS NULL THEN count(DISTINCT m.name) = 0
					ELSE count(DISTINCT m.name) >= CASE WHEN h.host IN ('deepseek', 'minimax') THEN 5 ELSE 20 END
			   END AS covered
FROM llmnum.builtin_hosts h
LEFT JOIN llmnum.builtin_models m ON m.host = h.host
	AND EXISTS (SELECT 1 FROM llmnum.builtin_prices p WHERE p.model = m.name)
GROUP BY 1 ORDER BY 1;
SELECT count(*) AS models_without_source_or_date FROM llmnum.builtin_models
WHERE source = '' OR as_of IS NULL;
SELECT count(*) AS host_names_without_prefix FROM llmnum.builtin_models m
JOIN llmnum.builtin_hosts h USING (host)
WHERE h.name_prefix <> '' AND m.name NOT LIKE h.name_prefix || '%';
SELECT count(*) AS unsourced FROM llmnum.builtin_prices
WHERE source !~ '^https://' OR as_of IS NULL;

-- every price in force on 2023-05-08, the list's date
SELECT p.model, p.component, p.usd_per_mtok
FROM unnest(ARRAY['gpt-4', 'gpt-4-32k', 'gpt-3.5-turbo', 'text-embedding-ada-002',
				  'text-davinci-003', 'davinci', 'ft:davinci']) AS m(name),
	 llmnum.price_at(m.name, '2023-05-08') p
ORDER BY 1, 2;

-- 1,000 prompt and 1,000 completion tokens on that day
SELECT m AS model, llmnum.gen_cost(m, 1000, 1000, '2023-05-08') AS usd
FROM unnest(ARRAY['gpt-4', 'gpt-4-32k', 'gpt-3.5-turbo', 'text-davinci-003',
				  'davinci', 'ft:davinci']) AS m;
SELECT llmnum.gen_cost('text-embedding-ada-002', 1000, 0, '2023-05-08') AS ada_1k;

-- aliases whose price moved when they were repointed
SELECT at, llmnum.gen_cost('gpt-4o', 1000000, 1000000, at) AS gpt_4o
FROM unnest(ARRAY['2024-05-13', '2024-10-01 23:59:59.999999', '2024-10-02']::timestamptz[]) AS at;
SELECT at, llmnum.gen_cost('gpt-3.5-turbo', 1000000, 1000000, at) AS gpt_35_turbo
FROM unnest(ARRAY['2023-03-01', '2023-06-12', '2023-06-13', '2024-02-15', '2024-02-16', '2026-11-27']::timestamptz[]) AS at;
SELECT component, usd_per_mtok, valid_from, valid_to
FROM llmnum.price_history('gpt-3.5-turbo');
SELECT llmnum.gen_cost('text-embedding-ada-002', 1000000, 0, '2023-06-12') AS before_cut,
	   llmnum.gen_cost('text-embedding-ada-002', 1000000, 0, '2023-06-13') AS after_cut;

-- names match case-insensitively
SELECT llmnum.gen_cost('GPT-4O-Mini', 1000, 1000, '2025-01-01') = llmnum.gen_cost('gpt-4o-mini', 1000, 1000, '2025-01-01') AS same;
SELECT llmnum.resolve_model('Claude-3-Haiku-20240307');

-- cached input: part of input_tokens, billed at cached_input where it exists
SELECT llmnum.gen_cost('gpt-4o-mini', 1000000, 0, '2024-09-30', 400000) AS no_cache_price_yet,
	   llmnum.gen_cost('gpt-4o-mini', 1000000, 0, '2024-10-01', 400000) AS with_cache_price;
SELECT llmnum.gen_cost('claude-3-5-sonnet-20241022', 100000, 1000, '2025-01-01', 90000) AS anthropic_cached;
SELECT llmnum.gen_cost('deepseek-chat', 1000000, 1000000, '2025-02-08 15:59') AS v3_promo,
	   llmnum.gen_cost('deepseek-chat', 1000000, 1000000, '2025-02-08 16:00') AS v3_list,
	   llmnum.gen_cost('deepseek-chat', 1000000, 1000000, '2025-10-01', 1000000) AS v32_all_cached;

-- batch: batch_input/batch_output; cached tokens of a batch at cached_input
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-01-01', 0, true) AS batch,
	   llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-01-01', 500000, true) AS batch_half_cached,
	   llmnum.gen_cost('claude-3-haiku-20240307', 1000000, 1000000, '2024-10-08', 0, true) AS claude_batch;
-- no batch price before the Batch API: an error, never a guessed discount
SELECT llmnum.gen_cost('gpt-3.5-turbo', 1000, 1000, '2024-01-01', 0, true);

-- long-context tiers: the whole request is billed at the tier its prompt falls in
SELECT n AS prompt_tokens, llmnum.gen_cost('gemini-1.5-pro', n, 1000, '2025-01-01') AS usd
FROM unnest(ARRAY[128000, 128001]) AS n;
SELECT llmnum.gen_cost('claude-sonnet-4-20250514', 300000, 1000, '2025-08-11') AS before_1m_context,
	   llmnum.gen_cost('claude-sonnet-4-20250514', 300000, 1000, '2025-08-12') AS long_context,
	   llmnum.gen_cost('claude-sonnet-4-20250514', 300000, 1000, '2025-08-12', 200000) AS long_context_cached;
SELECT llmnum.gen_cost('gemini-2.5-pro', 300000, 1000, '2025-08-01', 0, true) AS long_batch;
SELECT llmnum.gen_cost('gemini-1.5-pro', 300000, 1000, '2025-01-01', 0, true);

-- edge cases: zero, NULL, negative, cached above input, infinity, overflow
SELECT llmnum.gen_cost('gpt-4', 0, 0, '2023-05-08') AS zero;
SELECT llmnum.gen_cost(NULL, 1, 1, '2023-05-08') IS NULL AS null_model,
	   llmnum.gen_cost('gpt-4', NULL, 1, '2023-05-08') IS NULL AS null_tokens,
	   llmnum.gen_cost('gpt-4', 1, 1, NULL) IS NULL AS null_at,
	   llmnum.try_gen_cost('gpt-4', 1, 1, '2023-05-08', NULL) IS NULL AS null_cached_is_null;  -- f: a NULL part is 0
SELECT llmnum.gen_cost('gpt-4', 9223372036854775807, 9223372036854775807, '2023-05-08') AS huge;
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt-4', -1, 0, '2023-05-08')$$);
SELECT pg_temp.err($$SELECT llmnum.try_gen_cost('gpt-4', 0, -1, '2023-05-08')$$);  -- ok: try_ never raises on row data
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt-4', 10, 0, '2023-05-08', 11)$$);
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt-4', 10, 0, '2023-05-08', -1)$$);
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt-4', 1, 1, 'infinity')$$);
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt-4', 1, 1, '-infinity')$$);

-- unknown model and no price at that date: errors with SQLSTATE, model, date, hint
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt4o', 1, 1, '2024-10-02')$$);
SELECT llmnum.gen_cost('gpt4o', 1, 1, '2024-10-02');
SELECT llmnum.gen_cost('claude-3-opus', 1, 1, '2024-10-02');
SELECT llmnum.gen_cost('', 1, 1, '2024-10-02');
SELECT llmnum.gen_cost('gpt-4o-mini-ünknown', 1, 1, '2024-10-02');
SELECT pg_temp.err($$SELECT llmnum.gen_cost('gpt-4o', 1, 1, '2024-05-12')$$);
SELECT llmnum.gen_cost('gpt-4o', 1, 1, '2024-05-12');
SELECT llmnum.gen_cost('davinci', 1, 1, '2024-01-04');
SELECT llmnum.gen_cost('text-embedding-3-small', 1000, 10, '2025-01-01');
SELECT pg_temp.err($$SELECT llmnum.resolve_model('no-such-model')$$);
SELECT pg_temp.err($$SELECT * FROM llmnum.price_at('no-such-model', now())$$);
SELECT pg_temp.err($$SELECT llmnum.price_of('gpt-4', 'prompt', now())$$);

-- the NULL path for dashboards, and what it leaves out
SELECT llmnum.try_gen_cost('gpt4o', 1, 1, '2024-10-02') IS NULL AS unknown,
	   llmnum.try_gen_cost('gpt-4o', 1, 1, '2024-05-12') IS NULL AS too_early,
	   llmnum.try_gen_cost('gpt-3.5-turbo', 1, 1, '2024-01-01', 0, true) IS NULL AS no_batch,
	   llmnum.try_gen_cost('gpt-4o', 1000, 1000, '2024-05-13') AS priced;
SELECT llmnum.gen_cost_error('gpt4o', 1, 1, '2024-10-02'),
	   llmnum.gen_cost_error('gpt-4o', 1, 1, '2024-05-12'),
	   llmnum.gen_cost_error('gpt-4o', 1, 1, '2024-05-13');
CREATE TEMP TABLE usage_sample (ts timestamptz, model text, prompt_tokens bigint,
								completion_tokens bigint, cached_tokens bigint, is_batch boolean);
INSERT INTO usage_sample VALUES
	('2023-05-08', 'gpt-3.5-turbo', 1000, 200, 0, false),
	('2023-05-08', 'gpt-3.5-turbo', 1000, 200, 0, true),
	('2024-06-01', 'gpt-4o', 5000, 500, 0, false),
	('2024-06-01', 'my-finetune', 100, 100, 0, false),
	('2024-06-02', 'my-finetune', 300, 100, 0, false),
	('2024-01-01', 'gpt-4o', 10, 10, 0, false),
	(NULL, 'gpt-4o', 10, 10, 0, false);
SELECT * FROM llmnum.unpriced_usage('usage_sample', cached_column => 'cached_tokens',
									batch_column => 'is_batch');
SELECT count(*) AS rows, sum(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts,
												 cached_tokens, is_batch)) AS priced_usd,
	   count(llmnum.try_gen_cost(model, prompt_tokens, completion_tokens, ts,
								 cached_tokens, is_batch)) AS priced_rows
FROM usage_sample;

-- the list's ratios from their inputs
SELECT llmnum.embed_vs_generate_ratio('gpt-3.5-turbo', 'text-embedding-ada-002', '2023-05-08') AS may_2023,
	   llmnum.embed_vs_generate_ratio('gpt-3.5-turbo', 'text-embedding-ada-002', '2023-06-13') AS june_2023,
	   llmnum.embed_vs_generate_ratio('gpt-4o-mini', 'text-embedding-3-small', '2025-01-01') AS mini_vs_3_small;
SELECT pg_temp.err($$SELECT llmnum.embed_vs_generate_ratio('text-embedding-ada-002', 'gpt-4', '2023-05-08')$$);
SELECT llmnum.selfhost_cost_per_mtok(1.20, 9000) AS g4dn_usd_per_mtok,
	   llmnum.selfhost_vs_api_ratio('text-embedding-ada-002', 1.20, 9000, '2023-05-08') AS list_10_to_1,
	   llmnum.selfhost_vs_api_ratio('text-embedding-3-small', 1.20, 9000, '2025-01-01') AS today_3_small;
SELECT pg_temp.err($$SELECT llmnum.selfhost_cost_per_mtok(1.20, 0)$$);
SELECT pg_temp.err($$SELECT llmnum.selfhost_cost_per_mtok(-1, 10)$$);
SELECT pg_temp.err($$SELECT llmnum.selfhost_cost_per_mtok('NaN', 10)$$);
SELECT pg_temp.err($$SELECT llmnum.selfhost_cost_per_mtok(1, 'Infinity')$$);
SELECT pg_temp.err($$SELECT llmnum.selfhost_vs_api_ratio('gpt-4o', 1, 10, '2023-05-08')$$);
SELECT pg_temp.err($$SELECT llmnum.selfhost_vs_api_ratio('gpt-4o', 0, 10, '2025-01-01')$$);

-- llm-numbers recomputed: the list's date, and today's catalog
SELECT key, original_low, original_high, recomputed_low, recomputed_high, method
FROM llmnum.numbers_as_of('2023-05-08');
SELECT key, recomputed_low, recomputed_high, method
FROM llmnum.numbers_as_of(now())
WHERE section = 'prices';
SELECT count(*) AS rows FROM llmnum.numbers_as_of();

-- user overrides: a negotiated price and a self-hosted model, used by the next query
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01') AS list_price;
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, notes)
VALUES ('GPT-4o', 'input', 2.00, '2025-01-01', 'negotiated'),
	   ('GPT-4o', 'output', 8.00, '2025-01-01', 'negotiated');
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01') AS negotiated,
	   llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2024-12-31 23:59:59') AS before_deal,
	   llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01', 1000000) AS cached_still_list;
SELECT origin, component, usd_per_mtok FROM llmnum.price_at('gpt-4o', '2025-06-01');
UPDATE llmnum.user_prices SET usd_per_mtok = 1.50 WHERE model = 'GPT-4o' AND component = 'input';
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01') AS after_update;
BEGIN;
DELETE FROM llmnum.user_prices WHERE model = 'GPT-4o';
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01') AS inside_tx_after_delete;
ROLLBACK;
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01') AS after_rollback;
TRUNCATE llmnum.user_prices;
SELECT llmnum.gen_cost('gpt-4o', 1000000, 1000000, '2025-06-01') AS after_truncate;

INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('my-finetune', 'self-hosted', 'chat');
SELECT pg_temp.err($$SELECT llmnum.gen_cost('my-finetune', 1, 1, '2024-06-01')$$);
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, valid_to)
VALUES ('my-finetune', 'input', 0.037037, '2024-01-01', '2025-01-01'),
	   ('my-finetune', 'output', 0.111111, '2024-01-01', '2025-01-01');
SELECT llmnum.gen_cost('my-finetune', 1000000, 1000000, '2024-06-01') AS self_hosted;
SELECT pg_temp.err($$SELECT llmnum.gen_cost('my-finetune', 1, 1, '2025-01-01')$$);
SELECT * FROM llmnum.unpriced_usage('usage_sample', cached_column => 'cached_tokens',
									batch_column => 'is_batch');

-- a price that cannot be held exactly, and a cost beyond 128 bits
-- (values the bounds of price_in_range refuse; lifted here to test the engine's own guards)
ALTER TABLE llmnum.user_prices DROP CONSTRAINT price_in_range;
INSERT INTO llmnum.user_models (name, provider, kind) VALUES ('odd', 'test', 'chat');
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('odd', 'input', 0.0000000000000000001, '2024-01-01');
SELECT pg_temp.err($$SELECT llmnum.gen_cost('odd', 1, 0, '2024-06-01')$$);
DELETE FROM llmnum.user_prices WHERE model = 'odd';
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from)
VALUES ('odd', 'input', 9223372036854775807, '2024-01-01'),
	   ('odd', 'output', 0.5, '2024-01-01');
SELECT llmnum.gen_cost('odd', 9223372036854775807, 0, '2024-06-01') AS exact_beyond_int64;
SELECT pg_temp.err($$SELECT llmnum.gen_cost('odd', 9223372036854775807, 1, '2024-06-01')$$);
DELETE FROM llmnum.user_prices WHERE model = 'odd';
ALTER TABLE llmnum.user_prices ADD CONSTRAINT price_in_range
	CHECK (usd_per_mtok = 0 OR (usd_per_mtok >= 1e-9 AND usd_per_mtok <= 100000));

-- sums stay exact over many rows, serially and in parallel workers
CREATE TABLE prices_many AS
SELECT CASE i % 3 WHEN 0 THEN 'claude-3-haiku-20240307' WHEN 1 THEN 'gpt-4o-mini' ELSE 'gemini-1.5-flash' END AS model,
	   '2024-11-01'::timestamptz + (i % 100) * interval '1 day' AS ts,
	   (i % 1000)::bigint AS prompt_tokens, (i % 77)::bigint AS completion_tokens
FROM generate_series(1, 30000) AS i;
SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS serial_usd FROM prices_many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET force_parallel_mode = on;
SELECT sum(llmnum.gen_cost(model, prompt_tokens, completion_tokens, ts)) AS parallel_usd FROM prices_many;
RESET force_parallel_mode;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

DELETE FROM llmnum.user_prices;
DELETE FROM llmnum.user_models;
DROP TABLE prices_many;

-- The catalog refresh of 1.0.0: stale rows priced right before and after
-- each change, retirements, alias moves, rows that were missing.
SELECT m, at::date AS day, llmnum.price_of(m, 'input', at) AS input,
	   llmnum.price_of(m, 'output', at) AS output,
	   llmnum.price_of(m, 'cached_input', at) AS cached
FROM (VALUES ('mistral-large-latest', timestamptz '2025-12-01 12:00+00'),
			 ('mistral-large-latest', '2025-12-02 12:00+00'),
			 ('ministral-3b-latest', '2025-12-01 12:00+00'),
			 ('ministral-3b-latest', '2025-12-02 12:00+00'),
			 ('ministral-8b-latest', '2025-12-01 12:00+00'),
			 ('ministral-8b-latest', '2025-12-02 12:00+00'),
			 ('mistral-small-latest', '2026-03-15 12:00+00'),
			 ('mistral-small-latest', '2026-03-16 12:00+00'),
			 ('deepseek-chat', '2026-04-23 12:00+00'),
			 ('deepseek-chat', '2026-04-24 12:00+00'),
			 ('deepseek-reasoner', '2026-04-25 12:00+00'),
			 ('gpt-3.5-turbo-0301', '2023-06-12 12:00+00'),
			 ('gpt-3.5-turbo-0301', '2023-06-13 12:00+00'),
			 ('gpt-4o', '2024-10-01 12:00+00'),
			 ('gpt-4o', '2024-10-02 12:00+00'),
			 ('mistral-medium-2508', '2025-08-12 12:00+00'),
			 ('mistral-medium-2508', '2025-08-13 12:00+00')) v(m, at)
ORDER BY m, at;
-- Mistral Medium 3.1 from its release (genai-prices saw it in 2026-09 only);
-- no source dates its cache-read price, so cached reads are billed as input
-- (billing rule 2), as for Medium 3
SELECT m, llmnum.gen_cost(m, 1000, 1000, '2025-10-01', cached_input_tokens => 500) AS usd
FROM unnest(ARRAY['mistral-medium-2505', 'mistral-medium-2508']) AS m;
-- OpenAI's moderation model is free: its rows in a usage export cost 0 (a
-- price of 0, not a missing one: none before the model existed, and the
-- retired text-moderation models stay unknown)
SELECT id, llmnum.try_gen_cost(id, 12000, 0, '2025-06-01') AS usd,
	   llmnum.gen_cost_error(id, 12000, 0, '2024-09-01') AS before_launch
FROM unnest(ARRAY['omni-moderation-latest', 'openai/omni-moderation-2024-09-26',
				  'text-moderation-latest']) AS id;
-- OpenAI's models billed per minute (whisper-1), per character (tts-1) or
-- per image (dall-e-3), gpt-image-1's and Gemini 2.5 Flash Image's image
-- tokens: known models without
-- a token price (P0002 saying so, not an unknown model with closest names)
CREATE FUNCTION pg_temp.err_detail(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	d text;
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ': ' || d;
END;
$$;
SELECT m.name, m.kind, m.family, m.release_date,
	   pg_temp.err_detail(format('SELECT llmnum.gen_cost(%L, 1000, 1000, %L)', m.name, '2025-11-01')) AS gen_cost,
	   llmnum.gen_cost_error(m.name, 1000, 1000, '2025-11-01') AS why_not
FROM llmnum.models m
WHERE m.name IN ('whisper-1', 'tts-1', 'tts-1-hd', 'dall-e-2', 'dall-e-3', 'gpt-image-1', 'gpt-image-1-mini',
				 'gemini-2.5-flash-image', 'gemini-2.5-flash-image-preview')
ORDER BY m.name;
-- as the Gemini API and LiteLLM name them
SELECT id, m.model, llmnum.gen_cost_error(id, 1000, 1290, '2025-11-01') AS why_not
FROM unnest(ARRAY['models/gemini-2.5-flash-image', 'gemini/gemini-2.5-flash-image-preview']) AS id,
	 LATERAL llmnum.resolve_model(id, '2025-11-01') AS m;
-- a token-billed model of those kinds keeps its prices
SELECT llmnum.gen_cost('gpt-4o-mini-tts', 1000, 1000, '2025-11-01') AS tts_tokens;
SELECT pg_temp.err($$SELECT llmnum.gen_cost('deepseek-chat', 1000, 1000, '2026-07-25')$$) AS retired_deepseek_chat;
SELECT component, tier_above_tokens, usd_per_mtok
FROM llmnum.price_at('gemini-3-pro-preview', '2026-01-15')
WHERE component IN ('cached_input', 'batch_input', 'batch_output') ORDER BY 1, 2;
SELECT m, llmnum.price_of(m, 'batch_input', '2026-01-15') AS batch_input,
	   llmnum.price_of(m, 'batch_output', '2026-01-15') AS batch_output
FROM unnest(ARRAY['gpt-5.1', 'gpt-5.2']) m;
SELECT m, llmnum.price_of(m, 'input', '2025-06-01') AS input,
	   llmnum.price_of(m, 'cache_write_1h', '2025-06-01') AS cache_write_1h
FROM unnest(ARRAY['claude-3-haiku-20240307', 'claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022']) m;
SELECT alias, target, valid_from::date, valid_to::date
FROM llmnum.builtin_model_aliases WHERE alias IN ('gpt-4o', 'mistral-large-latest')
ORDER BY alias, valid_from;
SELECT count(*) AS aliases_without_prices
FROM llmnum.builtin_model_aliases a
WHERE NOT EXISTS (SELECT 1 FROM llmnum.builtin_prices p
				  WHERE p.model = a.alias AND p.valid_from >= a.valid_from
				    AND (a.valid_to IS NULL OR p.valid_from < a.valid_to));
-- version().catalog is the newest price check, and freshness per host
SELECT catalog = (SELECT max(as_of) FROM llmnum.builtin_prices) AS catalog_is_newest_price_check
FROM llmnum.version();
SELECT host, priced_models > 0 AS priced, newest_check >= oldest_open_check AS ordered
FROM llmnum.catalog_freshness ORDER BY host;

-- Known unknowns (llmnum.builtin_price_gaps): a host model whose maker bills
-- long prompts at a long-context tier the host's rows lack.  Derived by the
-- generator: every gap is a host model, its base model bills that tier over
-- the whole gap, and the host has no tier of its own there.
SELECT model, tier_above_tokens, valid_from::date, valid_to::date
FROM llmnum.builtin_price_gaps WHERE model ~ 'claude' ORDER BY model, valid_from;
SELECT count(*) AS gaps,
	   count(*) FILTER (WHERE m.host IS NULL OR m.base_model IS NULL) AS not_host_models,
	   count(*) FILTER (WHERE NOT EXISTS (
			SELECT 1 FROM llmnum.builtin_prices b
			WHERE b.model = m.base_model AND b.component = 'input'
			  AND b.tier_above_tokens = g.tier_above_tokens AND b.valid_from <= g.valid_from
			  AND coalesce(b.valid_to, 'infinity') >= coalesce(g.valid_to, 'infinity'))) AS without_maker_tier,
	   count(*) FILTER (WHERE EXISTS (
			SELECT 1 FROM llmnum.builtin_prices h
			WHERE h.model = g.model AND h.tier_above_tokens > 0
			  AND tstzrange(h.valid_from, h.valid_to) && tstzrange(g.valid_from, g.valid_to))) AS host_has_tier,
	   count(*) FILTER (WHERE g.source = '' OR g.as_of IS NULL OR g.notes IS NULL) AS unsourced
FROM llmnum.builtin_price_gaps g JOIN llmnum.builtin_models m ON m.name = g.model
WHERE g.component IS NULL;
-- Bedrock's Claude Sonnet 4: up to 200,000 prompt tokens the base price;
-- above, no price (it was billed at the base price before 1.1.0)
SELECT input, llmnum.try_gen_cost('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', input, 1000, '2025-10-01') AS usd
FROM unnest(ARRAY[200000, 200001]) input;
SELECT pg_temp.err($$SELECT llmnum.gen_cost('us.anthropic.claude-sonnet-4-20250514-v1:0', 250000, 1000, '2025-10-01')$$) AS long_prompt;
SELECT llmnum.gen_cost('vertex_ai/claude-sonnet-4@20250514', 250000, 1000, '2025-10-01');
SELECT llmnum.gen_cost_error('openrouter/anthropic/claude-sonnet-4', 250000, 1000, '2025-10-01') AS openrouter;
-- before the maker's long-context tier (2025-08-12) the base price held
SELECT llmnum.gen_cost('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 250000, 1000, '2025-08-01') AS before_1m_context;
-- a gap that ended: Vertex's Sonnet 4.6 while Anthropic charged long prompts more
SELECT at::date, llmnum.try_gen_cost('vertex_ai/claude-sonnet-4-6', 250000, 1000, at) AS usd
FROM unnest(ARRAY[timestamptz '2026-03-01', '2026-03-13']) at;
-- several requests in one row: the tier is undecided unless a policy decides
SELECT llmnum.gen_cost_error('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 300000, 1000, '2025-10-01', requests => 2) AS strict,
	   llmnum.try_gen_cost('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 300000, 1000, '2025-10-01', requests => 2, tier_policy => 'average') AS average,
	   llmnum.gen_cost_error('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 500000, 1000, '2025-10-01', requests => 2, tier_policy => 'long') AS long;
-- the user's own prices fill the tier, component by component; a component
-- they leave out stays unknown (no fallback to the input price)
INSERT INTO llmnum.user_prices (model, component, tier_above_tokens, usd_per_mtok, valid_from, notes)
VALUES ('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 'input', 200000, 6, '2025-08-12', 'AWS invoice'),
	   ('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 'output', 200000, 22.5, '2025-08-12', 'AWS invoice');
SELECT llmnum.gen_cost('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 250000, 1000, '2025-10-01') AS filled,
	   llmnum.gen_cost_error('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 250000, 1000, '2025-10-01',
							 cached_input_tokens => 1000) AS cached_left_out;
DELETE FROM llmnum.user_prices WHERE model = 'bedrock/anthropic.claude-sonnet-4-20250514-v1:0';
SELECT llmnum.try_gen_cost('bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 250000, 1000, '2025-10-01') AS unknown_again;

-- Known unknown fees: a model that bills every request a fee by an option
-- of the request its usage does not record (OpenAI's search-preview models,
-- Perplexity's Sonar: the search context size).  Every request of it is
-- refused, never billed without the fee (it was before 1.1.0: $0.0035 for
-- this request of gpt-4o-search-preview, whose fee alone is $0.030-0.050).
SELECT model, valid_from::date, valid_to::date, source <> '' AND as_of IS NOT NULL AND notes <> '' AS sourced
FROM llmnum.builtin_price_gaps WHERE component IS NOT NULL ORDER BY model;
SELECT count(*) FILTER (WHERE NOT EXISTS (
			SELECT 1 FROM llmnum.builtin_prices b
			WHERE b.model = g.model AND b.component = 'input' AND b.tier_above_tokens = 0
			  AND b.valid_from <= g.valid_from
			  AND coalesce(b.valid_to, 'infinity') >= coalesce(g.valid_to, 'infinity'))) AS outside_prices,
	   count(*) FILTER (WHERE tier_above_tokens <> 0 OR component <> 'request') AS not_request_fee
FROM llmnum.builtin_price_gaps g WHERE component IS NOT NULL;
SELECT llmnum.gen_cost('gpt-4o-search-preview', 1000, 100, '2025-10-01');
SELECT llmnum.gen_cost_error('openai/gpt-4o-mini-search-preview-2025-03-11', 1000, 100, '2025-10-01') AS mini,
	   llmnum.try_gen_cost('openrouter/perplexity/sonar', 1000, 100, '2026-10-01') AS sonar,
	   llmnum.try_gen_cost('gpt-4o-search-preview', 0, 0, '2025-10-01') AS zero_tokens;
SELECT llmnum.gen_cost_error('gpt-4o-search-preview',
		'{"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100}'::jsonb, '2025-10-01') AS usage_object;
-- before its first price the model has no price at all, as before
SELECT llmnum.gen_cost_error('gpt-4o-search-preview', 1000, 100, '2025-06-01') AS before_prices;
-- the fee the user pays (here: the default medium context, $35 per 1,000
-- requests) prices it, once per request of an aggregated row
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, notes)
VALUES ('gpt-4o-search-preview', 'request', 35000, '2025-03-11', 'search_context_size medium');
SELECT llmnum.gen_cost('gpt-4o-search-preview', 1000, 100, '2025-10-01') AS one_request,
	   llmnum.gen_cost('gpt-4o-search-preview', 100000, 10000, '2025-10-01', requests => 100) AS hundred,
	   llmnum.try_gen_cost('gpt-4o-search-preview-2025-03-11', 1000, 100, '2025-10-01') AS snapshot_still_unknown;
SELECT component, tokens, usd FROM llmnum.cost_breakdown('gpt-4o-search-preview', 1000, 100, '2025-10-01')
ORDER BY component;
DELETE FROM llmnum.user_prices WHERE model = 'gpt-4o-search-preview';
-- an unknown fee row is refused where it is not the request fee of the base tier
SELECT pg_temp.err($$INSERT INTO llmnum.builtin_price_gaps VALUES ('gpt-4o-search-preview', 'web_search', 0, '2025-09-01', NULL, 'x', '2025-09-01', NULL)$$) AS other_component,
	   pg_temp.err($$INSERT INTO llmnum.builtin_price_gaps VALUES ('gpt-4o-search-preview', 'request', 1000, '2025-09-01', NULL, 'x', '2025-09-01', NULL)$$) AS fee_with_tier,
	   pg_temp.err($$INSERT INTO llmnum.builtin_price_gaps VALUES ('gpt-4o-search-preview', NULL, 0, '2025-09-01', NULL, 'x', '2025-09-01', NULL)$$) AS tier_without_threshold;

-- Prices by the hour of the week (llmnum.builtin_price_windows): DeepSeek V4
-- bills twice its off-peak rate Monday to Friday 01:00-04:00 and 06:00-10:00
-- UTC from 2026-08-17; in 2025 deepseek-chat and deepseek-reasoner were
-- discounted every day 16:30-00:30 UTC.  A request is billed at the rate of
-- its own minute (2026-08-17 was a Monday); 1M input (half of it cached) and
-- 1M output of V4 Flash: off-peak 0.11 + 0.0035 + 0.66, peak 0.22 + 0.007 + 1.32.
SELECT to_char(at AT TIME ZONE 'UTC', 'Dy YYYY-MM-DD HH24:MI:SS.US') AS utc,
	   llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, at, cached_input_tokens => 500000) AS flash,
	   llmnum.gen_cost('deepseek/deepseek-v4-pro', 1000000, 1000000, at) AS pro,
	   llmnum.price_of('deepseek-v4-flash', 'output', at) AS flash_output
FROM unnest(ARRAY['2026-08-17 00:59:59.999999+00', '2026-08-17 01:00+00', '2026-08-17 03:59:59.999999+00',
				  '2026-08-17 04:00+00', '2026-08-17 05:59+00', '2026-08-17 06:00+00', '2026-08-21 09:59+00',
				  '2026-08-21 10:00+00', '2026-08-22 02:00+00', '2026-08-23 09:00+00',
				  '2026-08-24 09:00+09', '2026-09-14 02:00+00', '2026-09-14 12:00+00']::timestamptz[]) AS at;
-- DeepSeek's own id of V4.1 Flash (from 2026-09-10) costs what deepseek-v4-flash
-- costs then, at peak and off-peak
SELECT llmnum.gen_cost('deepseek-flash', 1000000, 1000000, '2026-09-14 02:00+00') AS peak,
	   llmnum.gen_cost('deepseek-flash', 1000000, 1000000, '2026-09-14 02:00+00') =
	   llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, '2026-09-14 02:00+00') AS same_peak,
	   llmnum.gen_cost('deepseek/deepseek-flash', 1000000, 1000000, '2026-09-12 02:00+00') AS saturday,
	   llmnum.gen_cost_error('deepseek-flash', 1000000, 1000000, '2026-09-01') AS before_launch;
-- the same moment without a time zone is UTC
SELECT llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, '2026-08-17 02:00'::timestamp) AS utc_timestamp;
-- 2025: the off-peak window crosses midnight (V3 and R1 then shared one rate)
SELECT to_char(at AT TIME ZONE 'UTC', 'Dy YYYY-MM-DD HH24:MI') AS utc,
	   llmnum.gen_cost('deepseek-chat', 1000000, 1000000, at) AS chat,
	   llmnum.gen_cost('deepseek-reasoner', 1000000, 1000000, at, cached_input_tokens => 1000000) AS reasoner_cached
FROM unnest(ARRAY['2025-02-26 16:29+00', '2025-02-26 16:30+00', '2025-03-01 00:29+00',
				  '2025-03-01 00:30+00', '2025-09-04 23:00+00', '2025-09-05 15:59+00']::timestamptz[]) AS at;
-- the breakdown shows the window's prices, and sums to gen_cost
SELECT component, tokens, usd_per_mtok, usd
FROM llmnum.cost_breakdown('deepseek-v4-pro', 1000, 100, '2026-09-14 02:00+00', cached_input_tokens => 400);
-- a row of several requests cannot say in which hours they were made
SELECT pg_temp.err($$SELECT llmnum.gen_cost('deepseek-v4-flash', 2000, 200, '2026-09-12 12:00+00', requests => 2)$$) AS aggregated;
SELECT llmnum.try_gen_cost('deepseek-v4-flash', 2000, 200, '2026-09-12 12:00+00', requests => 2) AS try_aggregated,
	   llmnum.gen_cost_error('deepseek-chat', 2000, 200, '2025-05-01', requests => 2) AS why_not,
	   llmnum.gen_cost('deepseek-chat', 2000, 200, '2025-01-01', requests => 2) AS before_windows,
	   llmnum.gen_cost('deepseek-v4-flash', 2000, 200, '2026-08-16 12:00+00', requests => 2) AS before_peak_pricing;
-- a user price of a component is the user's at every hour; the window still
-- prices the other components
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, notes)
VALUES ('deepseek-v4-flash', 'output', 0.5, '2026-09-10 04:00', 'negotiated');
SELECT llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, '2026-09-14 02:00+00') AS peak,
	   llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, '2026-09-14 12:00+00') AS off_peak,
	   llmnum.try_gen_cost('deepseek-v4-flash', 2000, 200, '2026-09-14 12:00+00', requests => 2) AS aggregated;
-- with user prices of every component the windows price, the hours no longer
-- matter: an aggregated row is priced (2,000 x 0.2 + 200 x 0.5 = 500 per million)
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, notes)
VALUES ('deepseek-v4-flash', 'input', 0.2, '2026-09-10 04:00', 'negotiated'),
	   ('deepseek-v4-flash', 'cached_input', 0.01, '2026-09-10 04:00', 'negotiated');
SELECT llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, '2026-09-14 02:00+00') AS peak,
	   llmnum.gen_cost('deepseek-v4-flash', 1000000, 1000000, '2026-09-14 12:00+00') AS off_peak,
	   llmnum.gen_cost('deepseek-v4-flash', 2000, 200, '2026-09-14 12:00+00', requests => 2) AS aggregated,
	   llmnum.try_gen_cost('deepseek-v4-flash', 2000, 200, '2026-09-01 12:00+00', requests => 2) AS before_user_prices;
DELETE FROM llmnum.user_prices WHERE model = 'deepseek-v4-flash';
-- the rows: every window inside its model's prices, on whole minutes
SELECT model, component, weekdays, starts_at, ends_at, usd_per_mtok, valid_from, valid_to
FROM llmnum.builtin_price_windows ORDER BY model, valid_from, component, starts_at;
SELECT count(*) FILTER (WHERE NOT EXISTS (
			SELECT 1 FROM llmnum.builtin_prices b
			WHERE b.model = w.model AND b.component = w.component AND b.tier_above_tokens = 0
			  AND b.valid_from <= w.valid_from
			  AND coalesce(b.valid_to, 'infinity') >= coalesce(w.valid_to, 'infinity'))) AS outside_prices,
	   count(*) FILTER (WHERE source = '' OR as_of IS NULL) AS unsourced
FROM llmnum.builtin_price_windows w;
SELECT pg_temp.err($$INSERT INTO llmnum.builtin_price_windows VALUES ('deepseek-chat', 'output', 1, '{0}', '01:00', '02:00', '2025-01-01', NULL, 'x', '2025-01-01', NULL)$$) AS weekday_zero,
	   pg_temp.err($$INSERT INTO llmnum.builtin_price_windows VALUES ('deepseek-chat', 'output', 1, '{1}', '01:00:30', '02:00', '2025-01-01', NULL, 'x', '2025-01-01', NULL)$$) AS not_a_minute,
	   pg_temp.err($$INSERT INTO llmnum.builtin_price_windows VALUES ('deepseek-chat', 'output', 1, '{1}', '01:00', '24:00', '2025-01-01', NULL, 'x', '2025-01-01', NULL)$$) AS midnight_end,
	   pg_temp.err($$INSERT INTO llmnum.builtin_price_windows VALUES ('deepseek-chat', 'request', 1, '{1}', '01:00', '02:00', '2025-01-01', NULL, 'x', '2025-01-01', NULL)$$) AS fee_window,
	   pg_temp.err($$INSERT INTO llmnum.builtin_price_windows VALUES ('deepseek-chat', 'output', 'NaN', '{1}', '01:00', '02:00', '2025-01-01', NULL, 'x', '2025-01-01', NULL)$$) AS nan_price;
-- a day named twice is that day once (2026-05-06 was a Wednesday)
BEGIN;
INSERT INTO llmnum.builtin_price_windows VALUES ('deepseek-chat', 'output', 9, '{3,3}', '01:00', '02:00', '2026-05-01', '2026-06-01', 'test', '2026-05-01', NULL);
SELECT to_char(at AT TIME ZONE 'UTC', 'Dy HH24:MI') AS utc, llmnum.gen_cost('deepseek-chat', 0, 1000000, at) AS usd
FROM unnest(ARRAY['2026-05-05 01:30+00', '2026-05-06 01:30+00', '2026-05-07 01:30+00', '2026-05-06 02:00+00']::timestamptz[]) at;
ROLLBACK;
