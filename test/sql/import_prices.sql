-- llmnum.import_prices: a genai-prices provider list or a LiteLLM price map
-- into user rows, dated at the import, written only where the price in
-- force differs.  Small documents inline; every call gives an explicit
-- `at` so that the output does not depend on the day the test runs.
\set VERBOSITY terse
SET timezone = 'UTC';

-- the hosts it maps upstream entries through
SELECT host, name_prefix, genai_prices_provider FROM llmnum.builtin_hosts
WHERE host IN ('openai', 'anthropic', 'azure', 'bedrock', 'vertex_ai', 'google') ORDER BY host;

-- unknown format; NULL arguments; empty and wrongly shaped documents
SELECT * FROM llmnum.import_prices('[]', 'openrouter');
SELECT * FROM llmnum.import_prices('[]', NULL);
SELECT count(*) FROM llmnum.import_prices(NULL, 'litellm');
SELECT count(*) FROM llmnum.import_prices('[]', 'genai-prices', '2030-01-01');
SELECT count(*) FROM llmnum.import_prices('{}', 'litellm', '2030-01-01');
SELECT count(*) FROM llmnum.import_prices('{"a": 1}', 'genai-prices', '2030-01-01');
SELECT count(*) FROM llmnum.import_prices('[1, 2]', 'litellm', '2030-01-01');
SELECT count(*) FROM llmnum.import_prices('[]', 'litellm', 'infinity');

-- genai-prices: gpt-4o and Claude Sonnet 4.5 (with its long-context tier)
-- at the catalog's prices, so nothing to write for them; a new
-- model with conditional prices (the 2029-06-01 ones are in force on
-- 2030-01-01; the off-peak discount is not applied), an audio price of
-- gpt-4o (imported as audio_input since 1.0.0 models audio tokens), a
-- text-to-speech entry with no text price (skipped: not a model to import),
-- and a provider that is not a host.
\set gp1 '[{"id": "openai", "models": [{"id": "gpt-4o", "prices": {"input_mtok": 2.5, "output_mtok": 10, "cache_read_mtok": 1.25, "input_audio_mtok": 40}}, {"id": "tts-1", "prices": {"output_audio_mtok": 15}}]}, {"id": "anthropic", "models": [{"id": "claude-sonnet-4-5-20250929", "prices": {"input_mtok": {"base": 3, "tiers": [{"start": 200000, "price": 6}]}, "output_mtok": {"base": 15, "tiers": [{"start": 200000, "price": 22.50}]}, "cache_write_1h_mtok": 6}}, {"id": "claude-test-9", "context_window": 500000, "prices": [{"prices": {"input_mtok": 1, "output_mtok": 5}}, {"constraint": {"type": "start_date", "start_date": "2029-06-01"}, "prices": {"input_mtok": 2, "output_mtok": 8, "cache_read_mtok": 0.2}}, {"constraint": {"type": "time_of_date", "start_time": "16:30:00Z", "end_time": "00:30:00Z"}, "prices": {"input_mtok": 0.5, "output_mtok": 2}}, {"constraint": {"type": "start_date", "start_date": "2031-01-01"}, "prices": {"input_mtok": 3, "output_mtok": 9}}]}]}, {"id": "perplexity", "models": [{"id": "sonar", "prices": {"input_mtok": 1, "output_mtok": 1}}]}]'
SELECT * FROM llmnum.import_prices(:'gp1', 'genai-prices', '2030-01-01');
SELECT model, component, tier_above_tokens, usd_per_mtok, valid_from, valid_to, source, as_of = current_date AS as_of_today, notes, created_by
FROM llmnum.user_prices WHERE source LIKE '% import%' ORDER BY model, component, tier_above_tokens, valid_from;
SELECT name, provider, host, base_model, kind, context_window, source, notes
FROM llmnum.user_models WHERE source LIKE '% import%' ORDER BY name;

-- a second import of the same document writes nothing
SELECT count(*) FROM llmnum.import_prices(:'gp1', 'genai-prices', '2030-01-01');
SELECT count(*) FROM llmnum.import_prices(:'gp1', 'genai-prices', '2030-01-15');
SELECT count(*) FROM llmnum.user_prices WHERE source LIKE '% import%';

-- a changed price closes the imported row and opens a new one; a manual
-- user price and a retired model are reported, not overwritten
INSERT INTO llmnum.user_prices (model, component, usd_per_mtok, valid_from, source)
VALUES ('gpt-4o', 'output', 8, '2029-01-01', 'contract 2028-12');
\set gp2 '{"version": "0.1.8", "providers": [{"id": "openai", "models": [{"id": "gpt-4o", "prices": {"input_mtok": 2.5, "output_mtok": 9}}]}, {"id": "anthropic", "models": [{"id": "claude-test-9", "prices": {"input_mtok": 2.5, "output_mtok": 8, "cache_read_mtok": 0.20}}, {"id": "claude-3-5-sonnet-20240620", "prices": {"input_mtok": 3, "output_mtok": 15}}]}]}'
SELECT * FROM llmnum.import_prices(:'gp2', 'genai-prices', '2030-02-01');
SELECT model, component, usd_per_mtok, valid_from, valid_to, source
FROM llmnum.user_prices WHERE model IN ('claude-test-9', 'gpt-4o') ORDER BY model, component, valid_from;
-- again: only what it does not write
SELECT action, count(*) FROM llmnum.import_prices(:'gp2', 'genai-prices', '2030-02-01') GROUP BY 1 ORDER BY 1;
-- gen_cost uses the imported rows at their dates
SELECT llmnum.gen_cost('claude-test-9', 1000000, 1000000, '2030-01-20') AS january,
	   llmnum.gen_cost('claude-test-9', 1000000, 1000000, '2030-03-01') AS march,
	   llmnum.gen_cost('claude-sonnet-4-5-20250929', 300000, 1000, '2030-03-01') AS long_prompt;

-- bad prices name the entry and import nothing
SELECT * FROM llmnum.import_prices('[{"id": "openai", "models": [{"id": "gpt-4o", "prices": {"input_mtok": -1}}]}]', 'genai-prices', '2030-03-01');
SELECT * FROM llmnum.import_prices('[{"id": "openai", "models": [{"id": "gpt-4o", "prices": {"output_mtok": "10"}}]}]', 'genai-prices', '2030-03-01');
SELECT * FROM llmnum.import_prices('[{"id": "openai", "models": [{"id": "gpt-x", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": "big", "price": 2}]}}}]}]', 'genai-prices', '2030-03-01');
SELECT * FROM llmnum.import_prices('{"azure/gpt-x": {"litellm_provider": "azure", "mode": "chat", "input_cost_per_token": "1e-06"}}', 'litellm', '2030-03-01');
SELECT * FROM llmnum.import_prices('{"azure/gpt-x": {"litellm_provider": "azure", "mode": "chat", "output_cost_per_token": -1e-06}}', 'litellm', '2030-03-01');
SELECT count(*) FROM llmnum.user_models WHERE name = 'gpt-x';

-- LiteLLM: per-token prices to USD per million tokens, exactly; names
-- through the hosts table (azure/, bedrock/, vertex_ai/, gemini/ -> bare);
-- long-context tiers, batch prices, DeepSeek's cache-hit synonym; image
-- models and providers that are not hosts are skipped.
\set ll1 '{"sample_spec": {"litellm_provider": "openai", "input_cost_per_token": 0}, "azure/gpt-4o": {"litellm_provider": "azure", "mode": "chat", "max_input_tokens": 128000, "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05, "cache_read_input_token_cost": 1.25e-06, "input_cost_per_token_batches": 1.25e-06, "output_cost_per_token_batches": 5e-06}, "gemini/gemini-9-pro": {"litellm_provider": "gemini", "mode": "chat", "max_input_tokens": 2097152, "input_cost_per_token": 1.25e-06, "input_cost_per_token_above_128k_tokens": 2.5e-06, "output_cost_per_token": 5e-06, "output_cost_per_token_above_128k_tokens": 1e-05, "input_cost_per_character": 3.125e-07}, "gemini-9-pro": {"litellm_provider": "vertex_ai-language-models", "mode": "chat", "input_cost_per_token": 1.25e-06, "output_cost_per_token": 5e-06}, "vertex_ai/claude-3-5-sonnet@20240620": {"litellm_provider": "vertex_ai-anthropic_models", "mode": "chat", "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05}, "anthropic.claude-3-5-sonnet-20240620-v1:0": {"litellm_provider": "bedrock", "mode": "chat", "input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05, "cache_creation_input_token_cost": 3.75e-06}, "deepseek/deepseek-test": {"litellm_provider": "deepseek", "mode": "chat", "input_cost_per_token": 2.7e-07, "input_cost_per_token_cache_hit": 7e-08, "cache_read_input_token_cost": 7e-08, "output_cost_per_token": 1.1e-06}, "text-embedding-9": {"litellm_provider": "openai", "mode": "embedding", "input_cost_per_token": 1.3e-07, "output_cost_per_token": 0}, "256-x-256/dall-e-9": {"litellm_provider": "openai", "mode": "image_generation", "input_cost_per_pixel": 2.4414e-07}, "ollama/llama9": {"litellm_provider": "ollama", "mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0}}'
SELECT * FROM llmnum.import_prices(:'ll1', 'litellm', '2030-03-01');
SELECT name, provider, host, base_model, kind, context_window, source
FROM llmnum.user_models WHERE source = 'litellm import' ORDER BY name;
SELECT count(*) FROM llmnum.import_prices(:'ll1', 'litellm', '2030-03-01');
SELECT count(*) FROM llmnum.import_prices(:'ll1', 'litellm', '2030-04-01');
-- the same prices from the other catalog write nothing either
SELECT count(*) FROM llmnum.import_prices('[{"id": "azure", "models": [{"id": "gpt-4o", "prices": {"input_mtok": 2.500, "output_mtok": 10, "cache_read_mtok": 1.25}}]}]', 'genai-prices', '2030-04-01');

-- row-level security: another role's imported rows are its own; it cannot
-- close the caller's rows, so it is told so rather than failing
CREATE ROLE llmnum_importer;
GRANT INSERT, UPDATE, DELETE ON llmnum.user_models, llmnum.user_prices TO llmnum_importer;
SET ROLE llmnum_importer;
SELECT * FROM llmnum.import_prices('[{"id": "anthropic", "models": [{"id": "claude-test-9", "prices": {"input_mtok": 2.75}}]}]', 'genai-prices', '2030-05-01');
RESET ROLE;

-- clean up for the tests that follow
DELETE FROM llmnum.user_prices WHERE source LIKE '% import%' OR source = 'contract 2028-12';
DELETE FROM llmnum.user_models WHERE source LIKE '% import%';
REVOKE ALL ON llmnum.user_models, llmnum.user_prices FROM llmnum_importer;
DROP ROLE llmnum_importer;
