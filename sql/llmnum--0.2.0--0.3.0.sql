/* sql/llmnum--0.2.0--0.3.0.sql: dated prices and gen_cost */

\echo Use "ALTER EXTENSION llmnum UPDATE TO '0.3.0'" to load this file. \quit

/* ---------------------------------------------------------------------
 * Price cache invalidation
 *
 * gen_cost() and friends keep every price in a per-backend cache.  Plain
 * DML does not invalidate anything by itself, so every statement that
 * changes a price or model table queues a relcache invalidation for that
 * table; each backend then drops its cache before its next lookup.
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.price_cache_invalidate()
RETURNS trigger
LANGUAGE C
AS 'MODULE_PATHNAME', 'llmnum_price_cache_invalidate';

COMMENT ON FUNCTION llmnum.price_cache_invalidate() IS
'Statement trigger on the price and model tables: makes every session reload its price cache before the next gen_cost().';

CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.builtin_prices
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();
CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.user_prices
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();
CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.builtin_models
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();
CREATE TRIGGER price_cache_invalidate
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON llmnum.user_models
	FOR EACH STATEMENT EXECUTE FUNCTION llmnum.price_cache_invalidate();

COMMENT ON TRIGGER price_cache_invalidate ON llmnum.builtin_prices IS
'Makes every session reload its price cache after a change of built-in prices.';
COMMENT ON TRIGGER price_cache_invalidate ON llmnum.user_prices IS
'Makes every session reload its price cache after a change of user prices.';
COMMENT ON TRIGGER price_cache_invalidate ON llmnum.builtin_models IS
'Makes every session reload its price cache (model names and hints) after a change of built-in models.';
COMMENT ON TRIGGER price_cache_invalidate ON llmnum.user_models IS
'Makes every session reload its price cache (model names and hints) after a change of user models.';

/* ---------------------------------------------------------------------
 * The built-in catalog
 *
 * Generated from the TSV files of data/catalog by gen_prices.py there.  The
 * 0.1.0 price rows are replaced as a whole: every one of them is in the new
 * catalog, with its history.  Models seeded by earlier scripts keep their
 * row (ON CONFLICT DO NOTHING).
 * ------------------------------------------------------------------- */

DELETE FROM llmnum.builtin_prices;

-- BEGIN GENERATED CATALOG (data/catalog/gen_prices.py; do not edit by hand)
-- 100 models, 464 price rows, 80 sources
INSERT INTO llmnum.builtin_models
	(name, provider, family, kind, encoding, context_window, release_date, open_weights, source, as_of, notes)
VALUES
('davinci', 'openai', 'gpt-3', 'base', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('curie', 'openai', 'gpt-3', 'base', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('babbage', 'openai', 'gpt-3', 'base', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('ada', 'openai', 'gpt-3', 'base', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('text-davinci-003', 'openai', 'gpt-3.5', 'completion', 'p50k_base', 4097, '2022-11-28', false, 'https://openai.com/pricing', '2022-09-01', NULL),
('ft:davinci', 'openai', 'gpt-3', 'completion', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('ft:curie', 'openai', 'gpt-3', 'completion', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('ft:babbage', 'openai', 'gpt-3', 'completion', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('ft:ada', 'openai', 'gpt-3', 'completion', 'r50k_base', 2049, NULL, false, 'https://openai.com/pricing', '2022-09-01', NULL),
('davinci-002', 'openai', 'gpt-3', 'base', 'cl100k_base', 16384, '2023-08-22', false, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('babbage-002', 'openai', 'gpt-3', 'base', 'cl100k_base', 16384, '2023-08-22', false, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('gpt-3.5-turbo', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 16385, '2023-03-01', false, 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', NULL),
('gpt-3.5-turbo-0301', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 4096, '2023-03-01', false, 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', NULL),
('gpt-3.5-turbo-0613', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 4096, '2023-06-13', false, 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', NULL),
('gpt-3.5-turbo-16k', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 16385, '2023-06-13', false, 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', NULL),
('gpt-3.5-turbo-1106', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 16385, '2023-11-06', false, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-3.5-turbo-0125', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 16385, '2024-01-25', false, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('gpt-3.5-turbo-instruct', 'openai', 'gpt-3.5', 'completion', 'cl100k_base', 4096, '2023-09-18', false, 'https://platform.openai.com/docs/models/gpt-3-5-turbo', '2023-09-18', NULL),
('ft:gpt-3.5-turbo', 'openai', 'gpt-3.5', 'chat', 'cl100k_base', 16385, '2023-08-22', false, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('gpt-4', 'openai', 'gpt-4', 'chat', 'cl100k_base', 8192, '2023-03-14', false, 'https://openai.com/research/gpt-4', '2023-03-14', NULL),
('gpt-4-32k', 'openai', 'gpt-4', 'chat', 'cl100k_base', 32768, '2023-03-14', false, 'https://openai.com/research/gpt-4', '2023-03-14', NULL),
('gpt-4-1106-preview', 'openai', 'gpt-4-turbo', 'chat', 'cl100k_base', 128000, '2023-11-06', false, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-4-0125-preview', 'openai', 'gpt-4-turbo', 'chat', 'cl100k_base', 128000, '2024-01-25', false, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('gpt-4-turbo', 'openai', 'gpt-4-turbo', 'chat', 'cl100k_base', 128000, '2024-04-09', false, 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', NULL),
('gpt-4o', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-05-13', false, 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', NULL),
('gpt-4o-2024-05-13', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-05-13', false, 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', NULL),
('gpt-4o-2024-08-06', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-08-06', false, 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-11-20', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-11-20', false, 'https://platform.openai.com/docs/models/gpt-4o', '2024-11-20', NULL),
('gpt-4o-mini', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-07-18', false, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('chatgpt-4o-latest', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-08-13', false, 'https://platform.openai.com/docs/models/chatgpt-4o-latest', '2024-08-13', NULL),
('ft:gpt-4o-mini-2024-07-18', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-07-23', false, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-23', NULL),
('ft:gpt-4o-2024-08-06', 'openai', 'gpt-4o', 'chat', 'o200k_base', 128000, '2024-08-20', false, 'https://openai.com/index/gpt-4o-fine-tuning/', '2024-08-20', NULL),
('o1-preview', 'openai', 'o1', 'reasoning', 'o200k_base', 128000, '2024-09-12', false, 'https://openai.com/index/introducing-openai-o1-preview/', '2024-09-12', NULL),
('o1-mini', 'openai', 'o1', 'reasoning', 'o200k_base', 128000, '2024-09-12', false, 'https://openai.com/index/introducing-openai-o1-preview/', '2024-09-12', NULL),
('o1', 'openai', 'o1', 'reasoning', 'o200k_base', 200000, '2024-12-17', false, 'https://openai.com/index/o1-and-new-tools-for-developers/', '2024-12-17', NULL),
('o3-mini', 'openai', 'o3', 'reasoning', 'o200k_base', 200000, '2025-01-31', false, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', NULL),
('gpt-4.5-preview', 'openai', 'gpt-4.5', 'chat', 'o200k_base', 128000, '2025-02-27', false, 'https://openai.com/index/introducing-gpt-4-5/', '2025-02-27', NULL),
('gpt-4.1', 'openai', 'gpt-4.1', 'chat', 'o200k_base', 1047576, '2025-04-14', false, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-mini', 'openai', 'gpt-4.1', 'chat', 'o200k_base', 1047576, '2025-04-14', false, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-nano', 'openai', 'gpt-4.1', 'chat', 'o200k_base', 1047576, '2025-04-14', false, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('o3', 'openai', 'o3', 'reasoning', 'o200k_base', 200000, '2025-04-16', false, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o4-mini', 'openai', 'o4', 'reasoning', 'o200k_base', 200000, '2025-04-16', false, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o3-pro', 'openai', 'o3', 'reasoning', 'o200k_base', 200000, '2025-06-10', false, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('gpt-5', 'openai', 'gpt-5', 'reasoning', 'o200k_base', 400000, '2025-08-07', false, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-mini', 'openai', 'gpt-5', 'reasoning', 'o200k_base', 400000, '2025-08-07', false, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-nano', 'openai', 'gpt-5', 'reasoning', 'o200k_base', 400000, '2025-08-07', false, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5.1', 'openai', 'gpt-5', 'reasoning', 'o200k_base', 400000, '2025-11-13', false, 'https://openai.com/index/gpt-5-1-for-developers/', '2025-11-13', NULL),
('text-embedding-ada-002', 'openai', 'openai-embedding', 'embedding', 'cl100k_base', 8191, '2022-12-15', false, 'https://github.com/ray-project/llm-numbers', '2023-05-08', NULL),
('text-embedding-3-small', 'openai', 'openai-embedding', 'embedding', 'cl100k_base', 8191, '2024-01-25', false, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('text-embedding-3-large', 'openai', 'openai-embedding', 'embedding', 'cl100k_base', 8191, '2024-01-25', false, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('claude-3-opus-20240229', 'anthropic', 'claude-3', 'chat', NULL, 200000, '2024-03-04', false, 'https://www.anthropic.com/news/claude-3-family', '2024-03-04', NULL),
('claude-3-sonnet-20240229', 'anthropic', 'claude-3', 'chat', NULL, 200000, '2024-03-04', false, 'https://www.anthropic.com/news/claude-3-family', '2024-03-04', NULL),
('claude-3-haiku-20240307', 'anthropic', 'claude-3', 'chat', NULL, 200000, '2024-03-13', false, 'https://www.anthropic.com/news/claude-3-haiku', '2024-03-13', NULL),
('claude-3-5-sonnet-20240620', 'anthropic', 'claude-3.5', 'chat', NULL, 200000, '2024-06-20', false, 'https://www.anthropic.com/news/claude-3-5-sonnet', '2024-06-20', NULL),
('claude-3-5-sonnet-20241022', 'anthropic', 'claude-3.5', 'chat', NULL, 200000, '2024-10-22', false, 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', NULL),
('claude-3-5-haiku-20241022', 'anthropic', 'claude-3.5', 'chat', NULL, 200000, '2024-11-04', false, 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', NULL),
('claude-3-7-sonnet-20250219', 'anthropic', 'claude-3.7', 'chat', NULL, 200000, '2025-02-24', false, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-opus-4-20250514', 'anthropic', 'claude-4', 'chat', NULL, 200000, '2025-05-22', false, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-opus-4-1-20250805', 'anthropic', 'claude-4.1', 'chat', NULL, 200000, '2025-08-05', false, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', NULL),
('claude-haiku-4-5-20251001', 'anthropic', 'claude-4.5', 'chat', NULL, 200000, '2025-10-15', false, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', NULL),
('claude-opus-4-5-20251101', 'anthropic', 'claude-4.5', 'chat', NULL, 200000, '2025-11-24', false, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', NULL),
('claude-sonnet-4-20250514', 'anthropic', 'claude-4', 'chat', NULL, 200000, '2025-05-22', false, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-5-20250929', 'anthropic', 'claude-4.5', 'chat', NULL, 200000, '2025-09-29', false, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('gemini-1.5-pro', 'google', 'gemini-1.5', 'chat', NULL, 2097152, '2024-05-14', false, 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', NULL),
('gemini-1.5-flash', 'google', 'gemini-1.5', 'chat', NULL, 1048576, '2024-05-14', false, 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', NULL),
('gemini-1.5-flash-8b', 'google', 'gemini-1.5', 'chat', NULL, 1048576, '2024-10-03', false, 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', NULL),
('gemini-2.0-flash', 'google', 'gemini-2.0', 'chat', NULL, 1048576, '2025-02-05', false, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', NULL),
('gemini-2.0-flash-lite', 'google', 'gemini-2.0', 'chat', NULL, 1048576, '2025-02-25', false, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', NULL),
('gemini-2.5-pro', 'google', 'gemini-2.5', 'chat', NULL, 1048576, '2025-06-17', false, 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-flash', 'google', 'gemini-2.5', 'chat', NULL, 1048576, '2025-06-17', false, 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-flash-lite', 'google', 'gemini-2.5', 'chat', NULL, 1048576, '2025-07-22', false, 'https://developers.googleblog.com/en/gemini-25-flash-lite-is-now-stable-and-generally-available/', '2025-07-22', NULL),
('mistral-large-latest', 'mistral', 'mistral', 'chat', NULL, 131072, '2024-02-26', false, 'https://mistral.ai/news/mistral-large/', '2024-02-26', NULL),
('mistral-large-2407', 'mistral', 'mistral', 'chat', NULL, 131072, '2024-07-24', false, 'https://mistral.ai/news/mistral-large-2407/', '2024-07-24', NULL),
('mistral-large-2411', 'mistral', 'mistral', 'chat', NULL, 131072, '2024-11-18', false, 'https://mistral.ai/news/pixtral-large/', '2024-11-18', NULL),
('mistral-small-latest', 'mistral', 'mistral', 'chat', NULL, 131072, '2024-02-26', false, 'https://mistral.ai/news/mistral-large/', '2024-02-26', NULL),
('mistral-medium-2312', 'mistral', 'mistral', 'chat', NULL, 32000, '2023-12-11', false, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', NULL),
('mistral-medium-2505', 'mistral', 'mistral', 'chat', NULL, 131072, '2025-05-07', false, 'https://mistral.ai/news/mistral-medium-3/', '2025-05-07', NULL),
('open-mistral-7b', 'mistral', 'mistral', 'chat', NULL, 32000, '2023-12-11', true, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', NULL),
('open-mixtral-8x7b', 'mistral', 'mixtral', 'chat', NULL, 32000, '2023-12-11', true, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', NULL),
('open-mixtral-8x22b', 'mistral', 'mixtral', 'chat', NULL, 65536, '2024-04-17', true, 'https://mistral.ai/news/mixtral-8x22b/', '2024-04-17', NULL),
('open-mistral-nemo', 'mistral', 'mistral', 'chat', NULL, 131072, '2024-07-18', true, 'https://mistral.ai/news/mistral-nemo/', '2024-07-18', NULL),
('ministral-8b-latest', 'mistral', 'ministral', 'chat', NULL, 131072, '2024-10-16', false, 'https://mistral.ai/news/ministraux/', '2024-10-16', NULL),
('ministral-3b-latest', 'mistral', 'ministral', 'chat', NULL, 131072, '2024-10-16', false, 'https://mistral.ai/news/ministraux/', '2024-10-16', NULL),
('pixtral-12b-2409', 'mistral', 'pixtral', 'chat', NULL, 131072, '2024-09-17', true, 'https://mistral.ai/news/september-24-release/', '2024-09-17', NULL),
('pixtral-large-2411', 'mistral', 'pixtral', 'chat', NULL, 131072, '2024-11-18', false, 'https://mistral.ai/news/pixtral-large/', '2024-11-18', NULL),
('codestral-2501', 'mistral', 'codestral', 'chat', NULL, 262144, '2025-01-13', false, 'https://mistral.ai/news/codestral-2501/', '2025-01-13', NULL),
('mistral-embed', 'mistral', 'mistral', 'embedding', NULL, 8192, '2023-12-11', false, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', NULL),
('deepseek-chat', 'deepseek', 'deepseek-v3', 'chat', NULL, 128000, '2024-12-26', true, 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', NULL),
('deepseek-reasoner', 'deepseek', 'deepseek-v3', 'reasoning', NULL, 128000, '2025-01-20', true, 'https://api-docs.deepseek.com/news/news250120', '2025-01-20', NULL),
('meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'together', 'llama-3.1', 'chat', NULL, 131072, '2024-07-23', true, 'https://www.together.ai/pricing', '2025-09-01', 'Meta Llama served by together; the name is the host''s API model id.'),
('meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo', 'together', 'llama-3.1', 'chat', NULL, 131072, '2024-07-23', true, 'https://www.together.ai/pricing', '2025-09-01', 'Meta Llama served by together; the name is the host''s API model id.'),
('meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo', 'together', 'llama-3.1', 'chat', NULL, 131072, '2024-07-23', true, 'https://www.together.ai/pricing', '2025-09-01', 'Meta Llama served by together; the name is the host''s API model id.'),
('meta-llama/Llama-3.3-70B-Instruct-Turbo', 'together', 'llama-3.3', 'chat', NULL, 131072, '2024-12-06', true, 'https://www.together.ai/pricing', '2025-09-01', 'Meta Llama served by together; the name is the host''s API model id.'),
('llama-3.1-8b-instant', 'groq', 'llama-3.1', 'chat', NULL, 131072, '2024-07-23', true, 'https://groq.com/pricing', '2025-09-01', 'Meta Llama served by groq; the name is the host''s API model id.'),
('llama-3.3-70b-versatile', 'groq', 'llama-3.3', 'chat', NULL, 131072, '2024-12-06', true, 'https://groq.com/pricing', '2025-09-01', 'Meta Llama served by groq; the name is the host''s API model id.'),
('grok-3', 'xai', 'grok-3', 'chat', NULL, 131072, '2025-04-09', false, 'https://docs.x.ai/docs/models', '2025-10-10', NULL),
('grok-3-mini', 'xai', 'grok-3', 'reasoning', NULL, 131072, '2025-04-09', false, 'https://docs.x.ai/docs/models', '2025-10-10', NULL),
('grok-4', 'xai', 'grok-4', 'reasoning', NULL, 256000, '2025-07-09', false, 'https://docs.x.ai/docs/models', '2025-10-10', NULL),
('gpt-5.2', 'openai', 'gpt-5', 'reasoning', 'o200k_base', 400000, '2025-12-11', false, 'https://platform.openai.com/docs/models/gpt-5.2', '2025-12-11', NULL),
('gemini-3-pro-preview', 'google', 'gemini-3', 'chat', NULL, 1048576, '2025-11-18', false, 'https://ai.google.dev/gemini-api/docs/pricing', '2025-11-18', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO llmnum.builtin_prices
	(model, component, tier_above_tokens, usd_per_mtok, valid_from, valid_to, source, as_of, notes)
VALUES
('ada', 'input', 0, 0.4, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('ada', 'output', 0, 0.4, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('babbage', 'input', 0, 0.5, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('babbage', 'output', 0, 0.5, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('babbage-002', 'input', 0, 0.4, '2023-08-22 00:00+00', NULL, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('babbage-002', 'output', 0, 0.4, '2023-08-22 00:00+00', NULL, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('chatgpt-4o-latest', 'input', 0, 5, '2024-08-13 00:00+00', NULL, 'https://platform.openai.com/docs/models/chatgpt-4o-latest', '2024-08-13', 'Launch date approximate (mid-August 2024).'),
('chatgpt-4o-latest', 'output', 0, 15, '2024-08-13 00:00+00', NULL, 'https://platform.openai.com/docs/models/chatgpt-4o-latest', '2024-08-13', 'Launch date approximate (mid-August 2024).'),
('claude-3-5-haiku-20241022', 'input', 0, 1, '2024-11-04 00:00+00', '2024-12-03 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Launch price in the API from 2024-11-04.'),
('claude-3-5-haiku-20241022', 'input', 0, 0.8, '2024-12-03 00:00+00', NULL, 'https://docs.anthropic.com/en/docs/about-claude/pricing', '2025-09-01', 'Price cut to $0.80/$4 about a month after launch; 2024-12-03 is approximate.'),
('claude-3-5-haiku-20241022', 'output', 0, 5, '2024-11-04 00:00+00', '2024-12-03 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Launch price in the API from 2024-11-04.'),
('claude-3-5-haiku-20241022', 'output', 0, 4, '2024-12-03 00:00+00', NULL, 'https://docs.anthropic.com/en/docs/about-claude/pricing', '2025-09-01', 'Price cut to $0.80/$4 about a month after launch; 2024-12-03 is approximate.'),
('claude-3-5-haiku-20241022', 'cached_input', 0, 0.1, '2024-11-04 00:00+00', '2024-12-03 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Launch price in the API from 2024-11-04.'),
('claude-3-5-haiku-20241022', 'cached_input', 0, 0.08, '2024-12-03 00:00+00', NULL, 'https://docs.anthropic.com/en/docs/about-claude/pricing', '2025-09-01', 'Price cut to $0.80/$4 about a month after launch; 2024-12-03 is approximate.'),
('claude-3-5-haiku-20241022', 'cache_write', 0, 1.25, '2024-11-04 00:00+00', '2024-12-03 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Launch price in the API from 2024-11-04.'),
('claude-3-5-haiku-20241022', 'cache_write', 0, 1, '2024-12-03 00:00+00', NULL, 'https://docs.anthropic.com/en/docs/about-claude/pricing', '2025-09-01', 'Price cut to $0.80/$4 about a month after launch; 2024-12-03 is approximate.'),
('claude-3-5-haiku-20241022', 'batch_input', 0, 0.5, '2024-11-04 00:00+00', '2024-12-03 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Launch price in the API from 2024-11-04.'),
('claude-3-5-haiku-20241022', 'batch_input', 0, 0.4, '2024-12-03 00:00+00', NULL, 'https://docs.anthropic.com/en/docs/about-claude/pricing', '2025-09-01', 'Price cut to $0.80/$4 about a month after launch; 2024-12-03 is approximate.'),
('claude-3-5-haiku-20241022', 'batch_output', 0, 2.5, '2024-11-04 00:00+00', '2024-12-03 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Launch price in the API from 2024-11-04.'),
('claude-3-5-haiku-20241022', 'batch_output', 0, 2, '2024-12-03 00:00+00', NULL, 'https://docs.anthropic.com/en/docs/about-claude/pricing', '2025-09-01', 'Price cut to $0.80/$4 about a month after launch; 2024-12-03 is approximate.'),
('claude-3-5-sonnet-20240620', 'input', 0, 3, '2024-06-20 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/claude-3-5-sonnet', '2024-06-20', 'Retired 2025-10-22.'),
('claude-3-5-sonnet-20240620', 'output', 0, 15, '2024-06-20 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/claude-3-5-sonnet', '2024-06-20', 'Retired 2025-10-22.'),
('claude-3-5-sonnet-20240620', 'cached_input', 0, 0.3, '2024-08-14 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-5-sonnet-20240620', 'cache_write', 0, 3.75, '2024-08-14 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-5-sonnet-20240620', 'batch_input', 0, 1.5, '2024-10-08 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-5-sonnet-20240620', 'batch_output', 0, 7.5, '2024-10-08 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-5-sonnet-20241022', 'input', 0, 3, '2024-10-22 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Retired 2025-10-22.'),
('claude-3-5-sonnet-20241022', 'output', 0, 15, '2024-10-22 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Retired 2025-10-22.'),
('claude-3-5-sonnet-20241022', 'cached_input', 0, 0.3, '2024-10-22 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Retired 2025-10-22.'),
('claude-3-5-sonnet-20241022', 'cache_write', 0, 3.75, '2024-10-22 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/3-5-models-and-computer-use', '2024-10-22', 'Retired 2025-10-22.'),
('claude-3-5-sonnet-20241022', 'batch_input', 0, 1.5, '2024-10-22 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-5-sonnet-20241022', 'batch_output', 0, 7.5, '2024-10-22 00:00+00', '2025-10-22 00:00+00', 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-7-sonnet-20250219', 'input', 0, 3, '2025-02-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-3-7-sonnet-20250219', 'output', 0, 15, '2025-02-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-3-7-sonnet-20250219', 'cached_input', 0, 0.3, '2025-02-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-3-7-sonnet-20250219', 'cache_write', 0, 3.75, '2025-02-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-3-7-sonnet-20250219', 'cache_write_1h', 0, 6, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', '1-hour cache writes at 2x the input price.'),
('claude-3-7-sonnet-20250219', 'batch_input', 0, 1.5, '2025-02-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-3-7-sonnet-20250219', 'batch_output', 0, 7.5, '2025-02-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-7-sonnet', '2025-02-24', NULL),
('claude-3-haiku-20240307', 'input', 0, 0.25, '2024-03-13 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-haiku', '2024-03-13', NULL),
('claude-3-haiku-20240307', 'output', 0, 1.25, '2024-03-13 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-haiku', '2024-03-13', NULL),
('claude-3-haiku-20240307', 'cached_input', 0, 0.03, '2024-08-14 00:00+00', NULL, 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-haiku-20240307', 'cache_write', 0, 0.3, '2024-08-14 00:00+00', NULL, 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-haiku-20240307', 'batch_input', 0, 0.125, '2024-10-08 00:00+00', NULL, 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-haiku-20240307', 'batch_output', 0, 0.625, '2024-10-08 00:00+00', NULL, 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-opus-20240229', 'input', 0, 15, '2024-03-04 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-family', '2024-03-04', NULL),
('claude-3-opus-20240229', 'output', 0, 75, '2024-03-04 00:00+00', NULL, 'https://www.anthropic.com/news/claude-3-family', '2024-03-04', NULL),
('claude-3-opus-20240229', 'cached_input', 0, 1.5, '2024-08-14 00:00+00', NULL, 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-opus-20240229', 'cache_write', 0, 18.75, '2024-08-14 00:00+00', NULL, 'https://www.anthropic.com/news/prompt-caching', '2024-08-14', NULL),
('claude-3-opus-20240229', 'batch_input', 0, 7.5, '2024-10-08 00:00+00', NULL, 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-opus-20240229', 'batch_output', 0, 37.5, '2024-10-08 00:00+00', NULL, 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-sonnet-20240229', 'input', 0, 3, '2024-03-04 00:00+00', '2025-07-21 00:00+00', 'https://www.anthropic.com/news/claude-3-family', '2024-03-04', 'No prompt caching for this model; retired 2025-07-21.'),
('claude-3-sonnet-20240229', 'output', 0, 15, '2024-03-04 00:00+00', '2025-07-21 00:00+00', 'https://www.anthropic.com/news/claude-3-family', '2024-03-04', 'No prompt caching for this model; retired 2025-07-21.'),
('claude-3-sonnet-20240229', 'batch_input', 0, 1.5, '2024-10-08 00:00+00', '2025-07-21 00:00+00', 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-3-sonnet-20240229', 'batch_output', 0, 7.5, '2024-10-08 00:00+00', '2025-07-21 00:00+00', 'https://www.anthropic.com/news/message-batches-api', '2024-10-08', NULL),
('claude-haiku-4-5-20251001', 'input', 0, 1, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-haiku-4-5-20251001', 'output', 0, 5, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-haiku-4-5-20251001', 'cached_input', 0, 0.1, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-haiku-4-5-20251001', 'cache_write', 0, 1.25, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-haiku-4-5-20251001', 'cache_write_1h', 0, 2, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-haiku-4-5-20251001', 'batch_input', 0, 0.5, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-haiku-4-5-20251001', 'batch_output', 0, 2.5, '2025-10-15 00:00+00', NULL, 'https://www.anthropic.com/news/claude-haiku-4-5', '2025-10-15', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'input', 0, 15, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'output', 0, 75, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'cached_input', 0, 1.5, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'cache_write', 0, 18.75, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'cache_write_1h', 0, 30, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'batch_input', 0, 7.5, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-1-20250805', 'batch_output', 0, 37.5, '2025-08-05 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-1', '2025-08-05', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'input', 0, 15, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'output', 0, 75, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'cached_input', 0, 1.5, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'cache_write', 0, 18.75, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'cache_write_1h', 0, 30, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'batch_input', 0, 7.5, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-20250514', 'batch_output', 0, 37.5, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'input', 0, 5, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'output', 0, 25, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'cached_input', 0, 0.5, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'cache_write', 0, 6.25, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'cache_write_1h', 0, 10, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'batch_input', 0, 2.5, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-opus-4-5-20251101', 'batch_output', 0, 12.5, '2025-11-24 00:00+00', NULL, 'https://www.anthropic.com/news/claude-opus-4-5', '2025-11-24', 'Cache read 0.1x, cache write 1.25x (5 min) or 2x (1 hour) of the input price; batch 50%.'),
('claude-sonnet-4-20250514', 'input', 0, 3, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'input', 200000, 6, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-20250514', 'output', 0, 15, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'output', 200000, 22.5, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-20250514', 'cached_input', 0, 0.3, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'cached_input', 200000, 0.6, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-20250514', 'cache_write', 0, 3.75, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'cache_write', 200000, 7.5, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-20250514', 'cache_write_1h', 0, 6, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'cache_write_1h', 200000, 12, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-20250514', 'batch_input', 0, 1.5, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'batch_input', 200000, 3, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-20250514', 'batch_output', 0, 7.5, '2025-05-22 00:00+00', NULL, 'https://www.anthropic.com/news/claude-4', '2025-05-22', NULL),
('claude-sonnet-4-20250514', 'batch_output', 200000, 11.25, '2025-08-12 00:00+00', NULL, 'https://www.anthropic.com/news/1m-context', '2025-08-12', '1M-token context (beta): a request whose input exceeds 200K tokens is billed entirely at these rates.'),
('claude-sonnet-4-5-20250929', 'input', 0, 3, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'input', 200000, 6, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('claude-sonnet-4-5-20250929', 'output', 0, 15, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'output', 200000, 22.5, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('claude-sonnet-4-5-20250929', 'cached_input', 0, 0.3, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'cached_input', 200000, 0.6, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('claude-sonnet-4-5-20250929', 'cache_write', 0, 3.75, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'cache_write', 200000, 7.5, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('claude-sonnet-4-5-20250929', 'cache_write_1h', 0, 6, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'cache_write_1h', 200000, 12, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('claude-sonnet-4-5-20250929', 'batch_input', 0, 1.5, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'batch_input', 200000, 3, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('claude-sonnet-4-5-20250929', 'batch_output', 0, 7.5, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', NULL),
('claude-sonnet-4-5-20250929', 'batch_output', 200000, 11.25, '2025-09-29 00:00+00', NULL, 'https://www.anthropic.com/news/claude-sonnet-4-5', '2025-09-29', 'Long-context rates above 200K input tokens.'),
('codestral-2501', 'input', 0, 0.3, '2025-01-13 00:00+00', NULL, 'https://mistral.ai/news/codestral-2501/', '2025-01-13', NULL),
('codestral-2501', 'output', 0, 0.9, '2025-01-13 00:00+00', NULL, 'https://mistral.ai/news/codestral-2501/', '2025-01-13', NULL),
('curie', 'input', 0, 2, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('curie', 'output', 0, 2, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('davinci', 'input', 0, 20, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('davinci', 'output', 0, 20, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Base GPT-3 model; valid_from is the 2022-09-01 price cut, earlier prices are not in the catalog; retired 2024-01-04.'),
('davinci-002', 'input', 0, 2, '2023-08-22 00:00+00', NULL, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('davinci-002', 'output', 0, 2, '2023-08-22 00:00+00', NULL, 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('deepseek-chat', 'input', 0, 0.14, '2024-12-26 00:00+00', '2025-02-08 16:00+00', 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', 'DeepSeek-V3 promotional price; earlier DeepSeek-V2 periods are not in the catalog.'),
('deepseek-chat', 'input', 0, 0.27, '2025-02-08 16:00+00', '2025-09-05 16:00+00', 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', 'Standard price; the 50% off-peak discount (16:30-00:30 UTC, 2025-02-26 to 2025-09-05) is not modelled.'),
('deepseek-chat', 'input', 0, 0.56, '2025-09-05 16:00+00', '2025-09-29 00:00+00', 'https://api-docs.deepseek.com/news/news250821', '2025-09-05', NULL),
('deepseek-chat', 'input', 0, 0.28, '2025-09-29 00:00+00', NULL, 'https://api-docs.deepseek.com/news/news250929', '2025-09-29', 'Later DeepSeek changes (2026) are not in the catalog.'),
('deepseek-chat', 'output', 0, 0.28, '2024-12-26 00:00+00', '2025-02-08 16:00+00', 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', 'DeepSeek-V3 promotional price; earlier DeepSeek-V2 periods are not in the catalog.'),
('deepseek-chat', 'output', 0, 1.1, '2025-02-08 16:00+00', '2025-09-05 16:00+00', 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', 'Standard price; the 50% off-peak discount (16:30-00:30 UTC, 2025-02-26 to 2025-09-05) is not modelled.'),
('deepseek-chat', 'output', 0, 1.68, '2025-09-05 16:00+00', '2025-09-29 00:00+00', 'https://api-docs.deepseek.com/news/news250821', '2025-09-05', NULL),
('deepseek-chat', 'output', 0, 0.42, '2025-09-29 00:00+00', NULL, 'https://api-docs.deepseek.com/news/news250929', '2025-09-29', 'Later DeepSeek changes (2026) are not in the catalog.'),
('deepseek-chat', 'cached_input', 0, 0.014, '2024-12-26 00:00+00', '2025-02-08 16:00+00', 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', 'DeepSeek-V3 promotional price; earlier DeepSeek-V2 periods are not in the catalog.'),
('deepseek-chat', 'cached_input', 0, 0.07, '2025-02-08 16:00+00', '2025-09-05 16:00+00', 'https://api-docs.deepseek.com/news/news1226', '2024-12-26', 'Standard price; the 50% off-peak discount (16:30-00:30 UTC, 2025-02-26 to 2025-09-05) is not modelled.'),
('deepseek-chat', 'cached_input', 0, 0.07, '2025-09-05 16:00+00', '2025-09-29 00:00+00', 'https://api-docs.deepseek.com/news/news250821', '2025-09-05', NULL),
('deepseek-chat', 'cached_input', 0, 0.028, '2025-09-29 00:00+00', NULL, 'https://api-docs.deepseek.com/news/news250929', '2025-09-29', 'Later DeepSeek changes (2026) are not in the catalog.'),
('deepseek-reasoner', 'input', 0, 0.55, '2025-01-20 00:00+00', '2025-09-05 16:00+00', 'https://api-docs.deepseek.com/news/news250120', '2025-01-20', 'The 75% off-peak discount (2025-02-26 to 2025-09-05) is not modelled.'),
('deepseek-reasoner', 'input', 0, 0.56, '2025-09-05 16:00+00', '2025-09-29 00:00+00', 'https://api-docs.deepseek.com/news/news250821', '2025-09-05', NULL),
('deepseek-reasoner', 'input', 0, 0.28, '2025-09-29 00:00+00', NULL, 'https://api-docs.deepseek.com/news/news250929', '2025-09-29', 'Later DeepSeek changes (2026) are not in the catalog.'),
('deepseek-reasoner', 'output', 0, 2.19, '2025-01-20 00:00+00', '2025-09-05 16:00+00', 'https://api-docs.deepseek.com/news/news250120', '2025-01-20', 'The 75% off-peak discount (2025-02-26 to 2025-09-05) is not modelled.'),
('deepseek-reasoner', 'output', 0, 1.68, '2025-09-05 16:00+00', '2025-09-29 00:00+00', 'https://api-docs.deepseek.com/news/news250821', '2025-09-05', NULL),
('deepseek-reasoner', 'output', 0, 0.42, '2025-09-29 00:00+00', NULL, 'https://api-docs.deepseek.com/news/news250929', '2025-09-29', 'Later DeepSeek changes (2026) are not in the catalog.'),
('deepseek-reasoner', 'cached_input', 0, 0.14, '2025-01-20 00:00+00', '2025-09-05 16:00+00', 'https://api-docs.deepseek.com/news/news250120', '2025-01-20', 'The 75% off-peak discount (2025-02-26 to 2025-09-05) is not modelled.'),
('deepseek-reasoner', 'cached_input', 0, 0.07, '2025-09-05 16:00+00', '2025-09-29 00:00+00', 'https://api-docs.deepseek.com/news/news250821', '2025-09-05', NULL),
('deepseek-reasoner', 'cached_input', 0, 0.028, '2025-09-29 00:00+00', NULL, 'https://api-docs.deepseek.com/news/news250929', '2025-09-29', 'Later DeepSeek changes (2026) are not in the catalog.'),
('ft:ada', 'input', 0, 1.6, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:ada', 'output', 0, 1.6, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:ada', 'training', 0, 0.4, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:babbage', 'input', 0, 2.4, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:babbage', 'output', 0, 2.4, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:babbage', 'training', 0, 0.6, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:curie', 'input', 0, 12, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:curie', 'output', 0, 12, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:curie', 'training', 0, 3, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:davinci', 'input', 0, 120, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:davinci', 'output', 0, 120, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:davinci', 'training', 0, 30, '2022-09-01 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Usage of a fine-tuned GPT-3 model (one price for prompt and completion) and training per token; retired 2024-01-04.'),
('ft:gpt-3.5-turbo', 'input', 0, 12, '2023-08-22 00:00+00', '2023-11-06 00:00+00', 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('ft:gpt-3.5-turbo', 'input', 0, 3, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', 'DevDay cut fine-tuned gpt-3.5-turbo usage to $3/$6; training unchanged.'),
('ft:gpt-3.5-turbo', 'output', 0, 16, '2023-08-22 00:00+00', '2023-11-06 00:00+00', 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('ft:gpt-3.5-turbo', 'output', 0, 6, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', 'DevDay cut fine-tuned gpt-3.5-turbo usage to $3/$6; training unchanged.'),
('ft:gpt-3.5-turbo', 'batch_input', 0, 1.5, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('ft:gpt-3.5-turbo', 'batch_output', 0, 3, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('ft:gpt-3.5-turbo', 'training', 0, 8, '2023-08-22 00:00+00', '2023-11-06 00:00+00', 'https://openai.com/blog/gpt-3-5-turbo-fine-tuning-and-api-updates', '2023-08-22', NULL),
('ft:gpt-3.5-turbo', 'training', 0, 8, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', 'DevDay cut fine-tuned gpt-3.5-turbo usage to $3/$6; training unchanged.'),
('ft:gpt-4o-2024-08-06', 'input', 0, 3.75, '2024-08-20 00:00+00', NULL, 'https://openai.com/index/gpt-4o-fine-tuning/', '2024-08-20', NULL),
('ft:gpt-4o-2024-08-06', 'output', 0, 15, '2024-08-20 00:00+00', NULL, 'https://openai.com/index/gpt-4o-fine-tuning/', '2024-08-20', NULL),
('ft:gpt-4o-2024-08-06', 'cached_input', 0, 1.875, '2024-10-01 00:00+00', NULL, 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('ft:gpt-4o-2024-08-06', 'batch_input', 0, 1.875, '2024-08-20 00:00+00', NULL, 'https://openai.com/index/gpt-4o-fine-tuning/', '2024-08-20', NULL),
('ft:gpt-4o-2024-08-06', 'batch_output', 0, 7.5, '2024-08-20 00:00+00', NULL, 'https://openai.com/index/gpt-4o-fine-tuning/', '2024-08-20', NULL),
('ft:gpt-4o-2024-08-06', 'training', 0, 25, '2024-08-20 00:00+00', NULL, 'https://openai.com/index/gpt-4o-fine-tuning/', '2024-08-20', NULL),
('ft:gpt-4o-mini-2024-07-18', 'input', 0, 0.3, '2024-07-23 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-23', NULL),
('ft:gpt-4o-mini-2024-07-18', 'output', 0, 1.2, '2024-07-23 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-23', NULL),
('ft:gpt-4o-mini-2024-07-18', 'cached_input', 0, 0.15, '2024-10-01 00:00+00', NULL, 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('ft:gpt-4o-mini-2024-07-18', 'batch_input', 0, 0.15, '2024-07-23 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-23', NULL),
('ft:gpt-4o-mini-2024-07-18', 'batch_output', 0, 0.6, '2024-07-23 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-23', NULL),
('ft:gpt-4o-mini-2024-07-18', 'training', 0, 3, '2024-07-23 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-23', NULL),
('gemini-1.5-flash', 'input', 0, 0.35, '2024-05-14 00:00+00', '2024-08-12 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', 'Pay-as-you-go start date approximate (Google I/O 2024).'),
('gemini-1.5-flash', 'input', 0, 0.075, '2024-08-12 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-updates-google-ai-studio-gemini-api/', '2024-08-12', 'Shut down 2025-09-24.'),
('gemini-1.5-flash', 'input', 128000, 0.7, '2024-05-14 00:00+00', '2024-08-12 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', NULL),
('gemini-1.5-flash', 'input', 128000, 0.15, '2024-08-12 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-updates-google-ai-studio-gemini-api/', '2024-08-12', NULL),
('gemini-1.5-flash', 'output', 0, 1.05, '2024-05-14 00:00+00', '2024-08-12 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', 'Pay-as-you-go start date approximate (Google I/O 2024).'),
('gemini-1.5-flash', 'output', 0, 0.3, '2024-08-12 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-updates-google-ai-studio-gemini-api/', '2024-08-12', 'Shut down 2025-09-24.'),
('gemini-1.5-flash', 'output', 128000, 2.1, '2024-05-14 00:00+00', '2024-08-12 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', NULL),
('gemini-1.5-flash', 'output', 128000, 0.6, '2024-08-12 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-updates-google-ai-studio-gemini-api/', '2024-08-12', NULL),
('gemini-1.5-flash', 'cached_input', 0, 0.01875, '2024-08-12 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-updates-google-ai-studio-gemini-api/', '2024-08-12', 'Shut down 2025-09-24.'),
('gemini-1.5-flash', 'cached_input', 128000, 0.0375, '2024-08-12 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-updates-google-ai-studio-gemini-api/', '2024-08-12', NULL),
('gemini-1.5-flash-8b', 'input', 0, 0.0375, '2024-10-03 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', 'Shut down 2025-09-24.'),
('gemini-1.5-flash-8b', 'input', 128000, 0.075, '2024-10-03 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', NULL),
('gemini-1.5-flash-8b', 'output', 0, 0.15, '2024-10-03 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', 'Shut down 2025-09-24.'),
('gemini-1.5-flash-8b', 'output', 128000, 0.3, '2024-10-03 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', NULL),
('gemini-1.5-flash-8b', 'cached_input', 0, 0.01, '2024-10-03 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', 'Shut down 2025-09-24.'),
('gemini-1.5-flash-8b', 'cached_input', 128000, 0.02, '2024-10-03 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/gemini-15-flash-8b-is-now-generally-available-for-use/', '2024-10-03', NULL),
('gemini-1.5-pro', 'input', 0, 3.5, '2024-05-14 00:00+00', '2024-10-01 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', 'Pay-as-you-go start date approximate (Google I/O 2024).'),
('gemini-1.5-pro', 'input', 0, 1.25, '2024-10-01 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/updated-production-ready-gemini-models-reduced-15-pro-pricing-increased-rate-limits-and-more/', '2024-10-01', 'Shut down 2025-09-24.'),
('gemini-1.5-pro', 'input', 128000, 7, '2024-05-14 00:00+00', '2024-10-01 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', NULL),
('gemini-1.5-pro', 'input', 128000, 2.5, '2024-10-01 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/updated-production-ready-gemini-models-reduced-15-pro-pricing-increased-rate-limits-and-more/', '2024-10-01', NULL),
('gemini-1.5-pro', 'output', 0, 10.5, '2024-05-14 00:00+00', '2024-10-01 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', 'Pay-as-you-go start date approximate (Google I/O 2024).'),
('gemini-1.5-pro', 'output', 0, 5, '2024-10-01 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/updated-production-ready-gemini-models-reduced-15-pro-pricing-increased-rate-limits-and-more/', '2024-10-01', 'Shut down 2025-09-24.'),
('gemini-1.5-pro', 'output', 128000, 21, '2024-05-14 00:00+00', '2024-10-01 00:00+00', 'https://blog.google/technology/developers/gemini-gemma-developer-updates-may-2024/', '2024-05-14', NULL),
('gemini-1.5-pro', 'output', 128000, 10, '2024-10-01 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/updated-production-ready-gemini-models-reduced-15-pro-pricing-increased-rate-limits-and-more/', '2024-10-01', NULL),
('gemini-1.5-pro', 'cached_input', 0, 0.3125, '2024-10-01 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/updated-production-ready-gemini-models-reduced-15-pro-pricing-increased-rate-limits-and-more/', '2024-10-01', 'Shut down 2025-09-24.'),
('gemini-1.5-pro', 'cached_input', 128000, 0.625, '2024-10-01 00:00+00', '2025-09-24 00:00+00', 'https://developers.googleblog.com/en/updated-production-ready-gemini-models-reduced-15-pro-pricing-increased-rate-limits-and-more/', '2024-10-01', NULL),
('gemini-2.0-flash', 'input', 0, 0.1, '2025-02-05 00:00+00', NULL, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', NULL),
('gemini-2.0-flash', 'output', 0, 0.4, '2025-02-05 00:00+00', NULL, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', NULL),
('gemini-2.0-flash', 'cached_input', 0, 0.025, '2025-02-05 00:00+00', NULL, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', NULL),
('gemini-2.0-flash', 'batch_input', 0, 0.05, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.0-flash', 'batch_output', 0, 0.2, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.0-flash-lite', 'input', 0, 0.075, '2025-02-25 00:00+00', NULL, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', 'GA date approximate (late February 2025).'),
('gemini-2.0-flash-lite', 'output', 0, 0.3, '2025-02-25 00:00+00', NULL, 'https://developers.googleblog.com/en/gemini-2-family-expands/', '2025-02-05', 'GA date approximate (late February 2025).'),
('gemini-2.0-flash-lite', 'batch_input', 0, 0.0375, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.0-flash-lite', 'batch_output', 0, 0.15, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-flash', 'input', 0, 0.3, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-flash', 'input', 0, 0.3, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-flash', 'output', 0, 2.5, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-flash', 'output', 0, 2.5, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-flash', 'cached_input', 0, 0.075, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-flash', 'cached_input', 0, 0.03, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-flash', 'batch_input', 0, 0.15, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-flash', 'batch_output', 0, 1.25, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-flash-lite', 'input', 0, 0.1, '2025-07-22 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-25-flash-lite-is-now-stable-and-generally-available/', '2025-07-22', NULL),
('gemini-2.5-flash-lite', 'input', 0, 0.1, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-flash-lite', 'output', 0, 0.4, '2025-07-22 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-25-flash-lite-is-now-stable-and-generally-available/', '2025-07-22', NULL),
('gemini-2.5-flash-lite', 'output', 0, 0.4, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-flash-lite', 'cached_input', 0, 0.025, '2025-07-22 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-25-flash-lite-is-now-stable-and-generally-available/', '2025-07-22', NULL),
('gemini-2.5-flash-lite', 'cached_input', 0, 0.01, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-flash-lite', 'batch_input', 0, 0.05, '2025-07-22 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-flash-lite', 'batch_output', 0, 0.2, '2025-07-22 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-pro', 'input', 0, 1.25, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-pro', 'input', 0, 1.25, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price of 10% of input first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-pro', 'input', 200000, 2.5, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-pro', 'input', 200000, 2.5, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'See the base tier: change date unknown, at the latest 2025-11-24.'),
('gemini-2.5-pro', 'output', 0, 10, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-pro', 'output', 0, 10, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price of 10% of input first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-pro', 'output', 200000, 15, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-pro', 'output', 200000, 15, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'See the base tier: change date unknown, at the latest 2025-11-24.'),
('gemini-2.5-pro', 'cached_input', 0, 0.3125, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-pro', 'cached_input', 0, 0.125, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'Cached-input price of 10% of input first seen in simonw/llm-prices on 2025-11-24: the real change date is earlier and unknown.'),
('gemini-2.5-pro', 'cached_input', 200000, 0.625, '2025-06-17 00:00+00', '2025-11-24 00:00+00', 'https://developers.googleblog.com/en/gemini-2-5-thinking-model-updates/', '2025-06-17', NULL),
('gemini-2.5-pro', 'cached_input', 200000, 0.25, '2025-11-24 00:00+00', NULL, 'https://github.com/simonw/llm-prices/tree/main/data', '2026-08-05', 'See the base tier: change date unknown, at the latest 2025-11-24.'),
('gemini-2.5-pro', 'batch_input', 0, 0.625, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-pro', 'batch_input', 200000, 1.25, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-pro', 'batch_output', 0, 5, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-2.5-pro', 'batch_output', 200000, 7.5, '2025-07-07 00:00+00', NULL, 'https://developers.googleblog.com/en/scale-your-ai-workloads-batch-mode-gemini-api/', '2025-07-07', NULL),
('gemini-3-pro-preview', 'input', 0, 2, '2025-11-18 00:00+00', NULL, 'https://ai.google.dev/gemini-api/docs/pricing', '2025-11-18', 'Preview; launch date taken as the day the price first appeared in simonw/llm-prices.'),
('gemini-3-pro-preview', 'input', 200000, 4, '2025-11-18 00:00+00', NULL, 'https://ai.google.dev/gemini-api/docs/pricing', '2025-11-18', 'Requests above 200K input tokens.'),
('gemini-3-pro-preview', 'output', 0, 12, '2025-11-18 00:00+00', NULL, 'https://ai.google.dev/gemini-api/docs/pricing', '2025-11-18', 'Preview; launch date taken as the day the price first appeared in simonw/llm-prices.'),
('gemini-3-pro-preview', 'output', 200000, 18, '2025-11-18 00:00+00', NULL, 'https://ai.google.dev/gemini-api/docs/pricing', '2025-11-18', 'Requests above 200K input tokens.'),
('gpt-3.5-turbo', 'input', 0, 2, '2023-03-01 00:00+00', '2023-06-13 00:00+00', 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', 'Alias (gpt-3.5-turbo-0301 at the time).'),
('gpt-3.5-turbo', 'input', 0, 1.5, '2023-06-13 00:00+00', '2024-02-16 00:00+00', 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', 'Input cut by 25% on 2023-06-13; the alias moved to gpt-3.5-turbo-0613 on 2023-06-27 at this price.'),
('gpt-3.5-turbo', 'input', 0, 0.5, '2024-02-16 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', 'Alias repointed to gpt-3.5-turbo-0125 "two weeks after" its launch: the exact day is not published, 2024-02-16 is approximate. LiteLLM still listed the alias at $1.50/$2 in 2025-09 (stale, BerriAI/litellm#14858).'),
('gpt-3.5-turbo', 'output', 0, 2, '2023-03-01 00:00+00', '2023-06-13 00:00+00', 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', 'Alias (gpt-3.5-turbo-0301 at the time).'),
('gpt-3.5-turbo', 'output', 0, 2, '2023-06-13 00:00+00', '2024-02-16 00:00+00', 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', 'Input cut by 25% on 2023-06-13; the alias moved to gpt-3.5-turbo-0613 on 2023-06-27 at this price.'),
('gpt-3.5-turbo', 'output', 0, 1.5, '2024-02-16 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', 'Alias repointed to gpt-3.5-turbo-0125 "two weeks after" its launch: the exact day is not published, 2024-02-16 is approximate. LiteLLM still listed the alias at $1.50/$2 in 2025-09 (stale, BerriAI/litellm#14858).'),
('gpt-3.5-turbo', 'batch_input', 0, 0.25, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-3.5-turbo', 'batch_output', 0, 0.75, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-3.5-turbo-0125', 'input', 0, 0.5, '2024-01-25 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', 'Announced 2024-01-25; availability followed within days.'),
('gpt-3.5-turbo-0125', 'output', 0, 1.5, '2024-01-25 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', 'Announced 2024-01-25; availability followed within days.'),
('gpt-3.5-turbo-0125', 'batch_input', 0, 0.25, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-3.5-turbo-0125', 'batch_output', 0, 0.75, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-3.5-turbo-0301', 'input', 0, 2, '2023-03-01 00:00+00', '2024-06-13 00:00+00', 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', 'Snapshot kept at its launch price; shut down 2024-06-13.'),
('gpt-3.5-turbo-0301', 'output', 0, 2, '2023-03-01 00:00+00', '2024-06-13 00:00+00', 'https://openai.com/blog/introducing-chatgpt-and-whisper-apis', '2023-03-01', 'Snapshot kept at its launch price; shut down 2024-06-13.'),
('gpt-3.5-turbo-0613', 'input', 0, 1.5, '2023-06-13 00:00+00', '2024-09-13 00:00+00', 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', 'Shut down 2024-09-13.'),
('gpt-3.5-turbo-0613', 'output', 0, 2, '2023-06-13 00:00+00', '2024-09-13 00:00+00', 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', 'Shut down 2024-09-13.'),
('gpt-3.5-turbo-1106', 'input', 0, 1, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-3.5-turbo-1106', 'output', 0, 2, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-3.5-turbo-16k', 'input', 0, 3, '2023-06-13 00:00+00', NULL, 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', NULL),
('gpt-3.5-turbo-16k', 'output', 0, 4, '2023-06-13 00:00+00', NULL, 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', NULL),
('gpt-3.5-turbo-instruct', 'input', 0, 1.5, '2023-09-18 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-3-5-turbo', '2023-09-18', NULL),
('gpt-3.5-turbo-instruct', 'output', 0, 2, '2023-09-18 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-3-5-turbo', '2023-09-18', NULL),
('gpt-4', 'input', 0, 30, '2023-03-14 00:00+00', NULL, 'https://openai.com/research/gpt-4', '2023-03-14', '8K context; unchanged through 2025-09 (LiteLLM).'),
('gpt-4', 'output', 0, 60, '2023-03-14 00:00+00', NULL, 'https://openai.com/research/gpt-4', '2023-03-14', '8K context; unchanged through 2025-09 (LiteLLM).'),
('gpt-4', 'batch_input', 0, 15, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-4', 'batch_output', 0, 30, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-4-0125-preview', 'input', 0, 10, '2024-01-25 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('gpt-4-0125-preview', 'output', 0, 30, '2024-01-25 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('gpt-4-0125-preview', 'batch_input', 0, 5, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-4-0125-preview', 'batch_output', 0, 15, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-4-1106-preview', 'input', 0, 10, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-4-1106-preview', 'output', 0, 30, '2023-11-06 00:00+00', NULL, 'https://openai.com/blog/new-models-and-developer-products-announced-at-devday', '2023-11-06', NULL),
('gpt-4-1106-preview', 'batch_input', 0, 5, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-4-1106-preview', 'batch_output', 0, 15, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('gpt-4-32k', 'input', 0, 60, '2023-03-14 00:00+00', NULL, 'https://openai.com/research/gpt-4', '2023-03-14', '32K context; access was limited and the model has since been deprecated, but no end date is in the catalog.'),
('gpt-4-32k', 'output', 0, 120, '2023-03-14 00:00+00', NULL, 'https://openai.com/research/gpt-4', '2023-03-14', '32K context; access was limited and the model has since been deprecated, but no end date is in the catalog.'),
('gpt-4-turbo', 'input', 0, 10, '2024-04-09 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', 'Alias of gpt-4-turbo-2024-04-09; batch prices from the Batch API (2024-04-15) assumed in force from launch.'),
('gpt-4-turbo', 'output', 0, 30, '2024-04-09 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', 'Alias of gpt-4-turbo-2024-04-09; batch prices from the Batch API (2024-04-15) assumed in force from launch.'),
('gpt-4-turbo', 'batch_input', 0, 5, '2024-04-09 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', 'Alias of gpt-4-turbo-2024-04-09; batch prices from the Batch API (2024-04-15) assumed in force from launch.'),
('gpt-4-turbo', 'batch_output', 0, 15, '2024-04-09 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4-turbo-and-gpt-4', '2024-04-09', 'Alias of gpt-4-turbo-2024-04-09; batch prices from the Batch API (2024-04-15) assumed in force from launch.'),
('gpt-4.1', 'input', 0, 2, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1', 'output', 0, 8, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1', 'cached_input', 0, 0.5, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1', 'batch_input', 0, 1, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1', 'batch_output', 0, 4, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-mini', 'input', 0, 0.4, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-mini', 'output', 0, 1.6, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-mini', 'cached_input', 0, 0.1, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-mini', 'batch_input', 0, 0.2, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-mini', 'batch_output', 0, 0.8, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-nano', 'input', 0, 0.1, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-nano', 'output', 0, 0.4, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-nano', 'cached_input', 0, 0.025, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-nano', 'batch_input', 0, 0.05, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.1-nano', 'batch_output', 0, 0.2, '2025-04-14 00:00+00', NULL, 'https://openai.com/index/gpt-4-1/', '2025-04-14', NULL),
('gpt-4.5-preview', 'input', 0, 75, '2025-02-27 00:00+00', '2025-07-14 00:00+00', 'https://openai.com/index/introducing-gpt-4-5/', '2025-02-27', 'Removed from the API on 2025-07-14.'),
('gpt-4.5-preview', 'output', 0, 150, '2025-02-27 00:00+00', '2025-07-14 00:00+00', 'https://openai.com/index/introducing-gpt-4-5/', '2025-02-27', 'Removed from the API on 2025-07-14.'),
('gpt-4.5-preview', 'cached_input', 0, 37.5, '2025-02-27 00:00+00', '2025-07-14 00:00+00', 'https://openai.com/index/introducing-gpt-4-5/', '2025-02-27', 'Removed from the API on 2025-07-14.'),
('gpt-4.5-preview', 'batch_input', 0, 37.5, '2025-02-27 00:00+00', '2025-07-14 00:00+00', 'https://openai.com/index/introducing-gpt-4-5/', '2025-02-27', 'Removed from the API on 2025-07-14.'),
('gpt-4.5-preview', 'batch_output', 0, 75, '2025-02-27 00:00+00', '2025-07-14 00:00+00', 'https://openai.com/index/introducing-gpt-4-5/', '2025-02-27', 'Removed from the API on 2025-07-14.'),
('gpt-4o', 'input', 0, 5, '2024-05-13 00:00+00', '2024-10-02 00:00+00', 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'Alias of gpt-4o-2024-05-13.'),
('gpt-4o', 'input', 0, 2.5, '2024-10-02 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02', 'Alias repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o', 'output', 0, 15, '2024-05-13 00:00+00', '2024-10-02 00:00+00', 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'Alias of gpt-4o-2024-05-13.'),
('gpt-4o', 'output', 0, 10, '2024-10-02 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02', 'Alias repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o', 'cached_input', 0, 1.25, '2024-10-02 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02', 'Alias repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o', 'batch_input', 0, 2.5, '2024-05-13 00:00+00', '2024-10-02 00:00+00', 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'Alias of gpt-4o-2024-05-13.'),
('gpt-4o', 'batch_input', 0, 1.25, '2024-10-02 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02', 'Alias repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o', 'batch_output', 0, 7.5, '2024-05-13 00:00+00', '2024-10-02 00:00+00', 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'Alias of gpt-4o-2024-05-13.'),
('gpt-4o', 'batch_output', 0, 5, '2024-10-02 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-10-02', 'Alias repointed to gpt-4o-2024-08-06 on 2024-10-02.'),
('gpt-4o-2024-05-13', 'input', 0, 5, '2024-05-13 00:00+00', NULL, 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'No prompt-caching discount for this snapshot.'),
('gpt-4o-2024-05-13', 'output', 0, 15, '2024-05-13 00:00+00', NULL, 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'No prompt-caching discount for this snapshot.'),
('gpt-4o-2024-05-13', 'batch_input', 0, 2.5, '2024-05-13 00:00+00', NULL, 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'No prompt-caching discount for this snapshot.'),
('gpt-4o-2024-05-13', 'batch_output', 0, 7.5, '2024-05-13 00:00+00', NULL, 'https://openai.com/index/hello-gpt-4o/', '2024-05-13', 'No prompt-caching discount for this snapshot.'),
('gpt-4o-2024-08-06', 'input', 0, 2.5, '2024-08-06 00:00+00', NULL, 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-08-06', 'output', 0, 10, '2024-08-06 00:00+00', NULL, 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-08-06', 'cached_input', 0, 1.25, '2024-10-01 00:00+00', NULL, 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('gpt-4o-2024-08-06', 'batch_input', 0, 1.25, '2024-08-06 00:00+00', NULL, 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-08-06', 'batch_output', 0, 5, '2024-08-06 00:00+00', NULL, 'https://openai.com/index/introducing-structured-outputs-in-the-api/', '2024-08-06', NULL),
('gpt-4o-2024-11-20', 'input', 0, 2.5, '2024-11-20 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-11-20', NULL),
('gpt-4o-2024-11-20', 'output', 0, 10, '2024-11-20 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-11-20', NULL),
('gpt-4o-2024-11-20', 'cached_input', 0, 1.25, '2024-11-20 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-11-20', NULL),
('gpt-4o-2024-11-20', 'batch_input', 0, 1.25, '2024-11-20 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-11-20', NULL),
('gpt-4o-2024-11-20', 'batch_output', 0, 5, '2024-11-20 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-4o', '2024-11-20', NULL),
('gpt-4o-mini', 'input', 0, 0.15, '2024-07-18 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('gpt-4o-mini', 'output', 0, 0.6, '2024-07-18 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('gpt-4o-mini', 'cached_input', 0, 0.075, '2024-10-01 00:00+00', NULL, 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('gpt-4o-mini', 'batch_input', 0, 0.075, '2024-07-18 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('gpt-4o-mini', 'batch_output', 0, 0.3, '2024-07-18 00:00+00', NULL, 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/', '2024-07-18', NULL),
('gpt-5', 'input', 0, 1.25, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5', 'output', 0, 10, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5', 'cached_input', 0, 0.125, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5', 'batch_input', 0, 0.625, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5', 'batch_output', 0, 5, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-mini', 'input', 0, 0.25, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-mini', 'output', 0, 2, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-mini', 'cached_input', 0, 0.025, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-mini', 'batch_input', 0, 0.125, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-mini', 'batch_output', 0, 1, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-nano', 'input', 0, 0.05, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-nano', 'output', 0, 0.4, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-nano', 'cached_input', 0, 0.005, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-nano', 'batch_input', 0, 0.025, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5-nano', 'batch_output', 0, 0.2, '2025-08-07 00:00+00', NULL, 'https://openai.com/index/introducing-gpt-5-for-developers/', '2025-08-07', NULL),
('gpt-5.1', 'input', 0, 1.25, '2025-11-13 00:00+00', NULL, 'https://openai.com/index/gpt-5-1-for-developers/', '2025-11-13', 'Cross-checked with simonw/llm-prices (first seen 2025-11-13).'),
('gpt-5.1', 'output', 0, 10, '2025-11-13 00:00+00', NULL, 'https://openai.com/index/gpt-5-1-for-developers/', '2025-11-13', 'Cross-checked with simonw/llm-prices (first seen 2025-11-13).'),
('gpt-5.1', 'cached_input', 0, 0.125, '2025-11-13 00:00+00', NULL, 'https://openai.com/index/gpt-5-1-for-developers/', '2025-11-13', 'Cross-checked with simonw/llm-prices (first seen 2025-11-13).'),
('gpt-5.2', 'input', 0, 1.75, '2025-12-11 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-5.2', '2025-12-11', 'Launch date taken as the day the price first appeared in simonw/llm-prices.'),
('gpt-5.2', 'output', 0, 14, '2025-12-11 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-5.2', '2025-12-11', 'Launch date taken as the day the price first appeared in simonw/llm-prices.'),
('gpt-5.2', 'cached_input', 0, 0.175, '2025-12-11 00:00+00', NULL, 'https://platform.openai.com/docs/models/gpt-5.2', '2025-12-11', 'Launch date taken as the day the price first appeared in simonw/llm-prices.'),
('grok-3', 'input', 0, 3, '2025-04-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'API launch date approximate; price first seen in simonw/llm-prices 2025-10-10.'),
('grok-3', 'output', 0, 15, '2025-04-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'API launch date approximate; price first seen in simonw/llm-prices 2025-10-10.'),
('grok-3', 'cached_input', 0, 0.75, '2025-04-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'API launch date approximate; price first seen in simonw/llm-prices 2025-10-10.'),
('grok-3-mini', 'input', 0, 0.3, '2025-04-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'API launch date approximate; price first seen in simonw/llm-prices 2025-10-10.'),
('grok-3-mini', 'output', 0, 0.5, '2025-04-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'API launch date approximate; price first seen in simonw/llm-prices 2025-10-10.'),
('grok-3-mini', 'cached_input', 0, 0.075, '2025-04-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'API launch date approximate; price first seen in simonw/llm-prices 2025-10-10.'),
('grok-4', 'input', 0, 3, '2025-07-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'Launch date approximate.'),
('grok-4', 'input', 128000, 6, '2025-07-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'Requests above 128K input tokens.'),
('grok-4', 'output', 0, 15, '2025-07-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'Launch date approximate.'),
('grok-4', 'output', 128000, 30, '2025-07-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'Requests above 128K input tokens.'),
('grok-4', 'cached_input', 0, 0.75, '2025-07-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'Launch date approximate.'),
('grok-4', 'cached_input', 128000, 0.75, '2025-07-09 00:00+00', NULL, 'https://docs.x.ai/docs/models', '2025-10-10', 'Requests above 128K input tokens.'),
('llama-3.1-8b-instant', 'input', 0, 0.05, '2024-07-23 00:00+00', NULL, 'https://groq.com/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('llama-3.1-8b-instant', 'output', 0, 0.08, '2024-07-23 00:00+00', NULL, 'https://groq.com/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('llama-3.3-70b-versatile', 'input', 0, 0.59, '2024-12-06 00:00+00', NULL, 'https://groq.com/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('llama-3.3-70b-versatile', 'output', 0, 0.79, '2024-12-06 00:00+00', NULL, 'https://groq.com/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('meta-llama/Llama-3.3-70B-Instruct-Turbo', 'input', 0, 0.88, '2024-12-06 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('meta-llama/Llama-3.3-70B-Instruct-Turbo', 'output', 0, 0.88, '2024-12-06 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo', 'input', 0, 3.5, '2024-07-23 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; the launch price may have been higher (not verified).'),
('meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo', 'output', 0, 3.5, '2024-07-23 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; the launch price may have been higher (not verified).'),
('meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo', 'input', 0, 0.88, '2024-07-23 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo', 'output', 0, 0.88, '2024-07-23 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'input', 0, 0.18, '2024-07-23 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'output', 0, 0.18, '2024-07-23 00:00+00', NULL, 'https://www.together.ai/pricing', '2025-09-01', 'Price as of 2025-09-01; assumed unchanged since launch (not verified).'),
('ministral-3b-latest', 'input', 0, 0.04, '2024-10-16 00:00+00', NULL, 'https://mistral.ai/news/ministraux/', '2024-10-16', NULL),
('ministral-3b-latest', 'output', 0, 0.04, '2024-10-16 00:00+00', NULL, 'https://mistral.ai/news/ministraux/', '2024-10-16', NULL),
('ministral-8b-latest', 'input', 0, 0.1, '2024-10-16 00:00+00', NULL, 'https://mistral.ai/news/ministraux/', '2024-10-16', NULL),
('ministral-8b-latest', 'output', 0, 0.1, '2024-10-16 00:00+00', NULL, 'https://mistral.ai/news/ministraux/', '2024-10-16', NULL),
('mistral-embed', 'input', 0, 0.1, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('mistral-large-2407', 'input', 0, 3, '2024-07-24 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-large-2407/', '2024-07-24', NULL),
('mistral-large-2407', 'input', 0, 2, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', 'LiteLLM still lists $3/$9 in 2025-09; Mistral''s 2024-09-17 cut applied to Mistral Large.'),
('mistral-large-2407', 'output', 0, 9, '2024-07-24 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-large-2407/', '2024-07-24', NULL),
('mistral-large-2407', 'output', 0, 6, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', 'LiteLLM still lists $3/$9 in 2025-09; Mistral''s 2024-09-17 cut applied to Mistral Large.'),
('mistral-large-2411', 'input', 0, 2, '2024-11-18 00:00+00', NULL, 'https://mistral.ai/news/pixtral-large/', '2024-11-18', NULL),
('mistral-large-2411', 'output', 0, 6, '2024-11-18 00:00+00', NULL, 'https://mistral.ai/news/pixtral-large/', '2024-11-18', NULL),
('mistral-large-latest', 'input', 0, 8, '2024-02-26 00:00+00', '2024-07-24 00:00+00', 'https://mistral.ai/news/mistral-large/', '2024-02-26', 'Alias of mistral-large-2402. LiteLLM lists 2402 at $4/$12 in 2025-09; when that cut happened is not known.'),
('mistral-large-latest', 'input', 0, 3, '2024-07-24 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-large-2407/', '2024-07-24', 'Alias repointed to mistral-large-2407.'),
('mistral-large-latest', 'input', 0, 2, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', NULL),
('mistral-large-latest', 'output', 0, 24, '2024-02-26 00:00+00', '2024-07-24 00:00+00', 'https://mistral.ai/news/mistral-large/', '2024-02-26', 'Alias of mistral-large-2402. LiteLLM lists 2402 at $4/$12 in 2025-09; when that cut happened is not known.'),
('mistral-large-latest', 'output', 0, 9, '2024-07-24 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-large-2407/', '2024-07-24', 'Alias repointed to mistral-large-2407.'),
('mistral-large-latest', 'output', 0, 6, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', NULL),
('mistral-medium-2312', 'input', 0, 2.7, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('mistral-medium-2312', 'output', 0, 8.1, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('mistral-medium-2505', 'input', 0, 0.4, '2025-05-07 00:00+00', NULL, 'https://mistral.ai/news/mistral-medium-3/', '2025-05-07', NULL),
('mistral-medium-2505', 'output', 0, 2, '2025-05-07 00:00+00', NULL, 'https://mistral.ai/news/mistral-medium-3/', '2025-05-07', NULL),
('mistral-small-latest', 'input', 0, 2, '2024-02-26 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-large/', '2024-02-26', 'Alias of mistral-small-2402.'),
('mistral-small-latest', 'input', 0, 0.2, '2024-09-17 00:00+00', '2025-01-30 00:00+00', 'https://mistral.ai/news/september-24-release/', '2024-09-17', 'Alias of mistral-small-2409.'),
('mistral-small-latest', 'input', 0, 0.1, '2025-01-30 00:00+00', NULL, 'https://mistral.ai/news/mistral-small-3/', '2025-01-30', 'Alias of mistral-small-2501 and later Small 3.x releases at the same price.'),
('mistral-small-latest', 'output', 0, 6, '2024-02-26 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-large/', '2024-02-26', 'Alias of mistral-small-2402.'),
('mistral-small-latest', 'output', 0, 0.6, '2024-09-17 00:00+00', '2025-01-30 00:00+00', 'https://mistral.ai/news/september-24-release/', '2024-09-17', 'Alias of mistral-small-2409.'),
('mistral-small-latest', 'output', 0, 0.3, '2025-01-30 00:00+00', NULL, 'https://mistral.ai/news/mistral-small-3/', '2025-01-30', 'Alias of mistral-small-2501 and later Small 3.x releases at the same price.'),
('o1', 'input', 0, 15, '2024-12-17 00:00+00', NULL, 'https://openai.com/index/o1-and-new-tools-for-developers/', '2024-12-17', NULL),
('o1', 'output', 0, 60, '2024-12-17 00:00+00', NULL, 'https://openai.com/index/o1-and-new-tools-for-developers/', '2024-12-17', NULL),
('o1', 'cached_input', 0, 7.5, '2024-12-17 00:00+00', NULL, 'https://openai.com/index/o1-and-new-tools-for-developers/', '2024-12-17', NULL),
('o1', 'batch_input', 0, 7.5, '2024-12-17 00:00+00', NULL, 'https://openai.com/index/o1-and-new-tools-for-developers/', '2024-12-17', NULL),
('o1', 'batch_output', 0, 30, '2024-12-17 00:00+00', NULL, 'https://openai.com/index/o1-and-new-tools-for-developers/', '2024-12-17', NULL),
('o1-mini', 'input', 0, 3, '2024-09-12 00:00+00', '2025-01-31 00:00+00', 'https://openai.com/index/introducing-openai-o1-preview/', '2024-09-12', NULL),
('o1-mini', 'input', 0, 1.1, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', 'Repriced to o3-mini''s level when o3-mini launched; the exact day of the change is approximate.'),
('o1-mini', 'output', 0, 12, '2024-09-12 00:00+00', '2025-01-31 00:00+00', 'https://openai.com/index/introducing-openai-o1-preview/', '2024-09-12', NULL),
('o1-mini', 'output', 0, 4.4, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', 'Repriced to o3-mini''s level when o3-mini launched; the exact day of the change is approximate.'),
('o1-mini', 'cached_input', 0, 1.5, '2024-10-01 00:00+00', '2025-01-31 00:00+00', 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('o1-mini', 'cached_input', 0, 0.55, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', 'Repriced to o3-mini''s level when o3-mini launched; the exact day of the change is approximate.'),
('o1-preview', 'input', 0, 15, '2024-09-12 00:00+00', NULL, 'https://openai.com/index/introducing-openai-o1-preview/', '2024-09-12', NULL),
('o1-preview', 'output', 0, 60, '2024-09-12 00:00+00', NULL, 'https://openai.com/index/introducing-openai-o1-preview/', '2024-09-12', NULL),
('o1-preview', 'cached_input', 0, 7.5, '2024-10-01 00:00+00', NULL, 'https://openai.com/index/api-prompt-caching/', '2024-10-01', NULL),
('o3', 'input', 0, 10, '2025-04-16 00:00+00', '2025-06-10 00:00+00', 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o3', 'input', 0, 2, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3', 'output', 0, 40, '2025-04-16 00:00+00', '2025-06-10 00:00+00', 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o3', 'output', 0, 8, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3', 'cached_input', 0, 2.5, '2025-04-16 00:00+00', '2025-06-10 00:00+00', 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o3', 'cached_input', 0, 0.5, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3', 'batch_input', 0, 5, '2025-04-16 00:00+00', '2025-06-10 00:00+00', 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o3', 'batch_input', 0, 1, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3', 'batch_output', 0, 20, '2025-04-16 00:00+00', '2025-06-10 00:00+00', 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o3', 'batch_output', 0, 4, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3-mini', 'input', 0, 1.1, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', NULL),
('o3-mini', 'output', 0, 4.4, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', NULL),
('o3-mini', 'cached_input', 0, 0.55, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', NULL),
('o3-mini', 'batch_input', 0, 0.55, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', NULL),
('o3-mini', 'batch_output', 0, 2.2, '2025-01-31 00:00+00', NULL, 'https://openai.com/index/openai-o3-mini/', '2025-01-31', NULL),
('o3-pro', 'input', 0, 20, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3-pro', 'output', 0, 80, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3-pro', 'batch_input', 0, 10, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o3-pro', 'batch_output', 0, 40, '2025-06-10 00:00+00', NULL, 'https://platform.openai.com/docs/models/o3', '2025-06-10', NULL),
('o4-mini', 'input', 0, 1.1, '2025-04-16 00:00+00', NULL, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o4-mini', 'output', 0, 4.4, '2025-04-16 00:00+00', NULL, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o4-mini', 'cached_input', 0, 0.275, '2025-04-16 00:00+00', NULL, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o4-mini', 'batch_input', 0, 0.55, '2025-04-16 00:00+00', NULL, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('o4-mini', 'batch_output', 0, 2.2, '2025-04-16 00:00+00', NULL, 'https://openai.com/index/introducing-o3-and-o4-mini/', '2025-04-16', NULL),
('open-mistral-7b', 'input', 0, 0.25, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('open-mistral-7b', 'output', 0, 0.25, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('open-mistral-nemo', 'input', 0, 0.3, '2024-07-18 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-nemo/', '2024-07-18', NULL),
('open-mistral-nemo', 'input', 0, 0.15, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', 'LiteLLM still lists $0.30 in 2025-09; simonw/llm-prices has $0.15.'),
('open-mistral-nemo', 'output', 0, 0.3, '2024-07-18 00:00+00', '2024-09-17 00:00+00', 'https://mistral.ai/news/mistral-nemo/', '2024-07-18', NULL),
('open-mistral-nemo', 'output', 0, 0.15, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', 'LiteLLM still lists $0.30 in 2025-09; simonw/llm-prices has $0.15.'),
('open-mixtral-8x22b', 'input', 0, 2, '2024-04-17 00:00+00', NULL, 'https://mistral.ai/news/mixtral-8x22b/', '2024-04-17', NULL),
('open-mixtral-8x22b', 'output', 0, 6, '2024-04-17 00:00+00', NULL, 'https://mistral.ai/news/mixtral-8x22b/', '2024-04-17', NULL),
('open-mixtral-8x7b', 'input', 0, 0.7, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('open-mixtral-8x7b', 'output', 0, 0.7, '2023-12-11 00:00+00', NULL, 'https://mistral.ai/news/la-plateforme/', '2023-12-11', 'Early La Plateforme prices were published in EUR; this USD price is the one of the later pricing page, so the first months are approximate.'),
('pixtral-12b-2409', 'input', 0, 0.15, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', NULL),
('pixtral-12b-2409', 'output', 0, 0.15, '2024-09-17 00:00+00', NULL, 'https://mistral.ai/news/september-24-release/', '2024-09-17', NULL),
('pixtral-large-2411', 'input', 0, 2, '2024-11-18 00:00+00', NULL, 'https://mistral.ai/news/pixtral-large/', '2024-11-18', NULL),
('pixtral-large-2411', 'output', 0, 6, '2024-11-18 00:00+00', NULL, 'https://mistral.ai/news/pixtral-large/', '2024-11-18', NULL),
('text-davinci-003', 'input', 0, 20, '2022-11-28 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Same $0.02/1K as davinci; retired 2024-01-04.'),
('text-davinci-003', 'output', 0, 20, '2022-11-28 00:00+00', '2024-01-04 00:00+00', 'https://openai.com/pricing', '2022-09-01', 'Same $0.02/1K as davinci; retired 2024-01-04.'),
('text-embedding-3-large', 'input', 0, 0.13, '2024-01-25 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('text-embedding-3-large', 'batch_input', 0, 0.065, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('text-embedding-3-small', 'input', 0, 0.02, '2024-01-25 00:00+00', NULL, 'https://openai.com/blog/new-embedding-models-and-api-updates', '2024-01-25', NULL),
('text-embedding-3-small', 'batch_input', 0, 0.01, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL),
('text-embedding-ada-002', 'input', 0, 0.4, '2022-12-15 00:00+00', '2023-06-13 00:00+00', 'https://github.com/ray-project/llm-numbers', '2023-05-08', '$0.0004 per 1K tokens, the price behind the list''s 5:1 and 10:1.'),
('text-embedding-ada-002', 'input', 0, 0.1, '2023-06-13 00:00+00', NULL, 'https://openai.com/blog/function-calling-and-other-api-updates', '2023-06-13', 'Cut by 75% on 2023-06-13.'),
('text-embedding-ada-002', 'batch_input', 0, 0.05, '2024-04-15 00:00+00', NULL, 'https://platform.openai.com/docs/guides/batch', '2024-04-15', NULL);
-- END GENERATED CATALOG

/* ---------------------------------------------------------------------
 * Costing
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.gen_cost(model text, input_tokens bigint, output_tokens bigint,
								at timestamptz DEFAULT now(),
								cached_input_tokens bigint DEFAULT 0,
								batch boolean DEFAULT false)
RETURNS numeric
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_gen_cost';

COMMENT ON FUNCTION llmnum.gen_cost(text, bigint, bigint, timestamptz, bigint, boolean) IS
'Exact cost in USD of one request at the prices in force at "at": cached tokens are part of input_tokens and billed at cached_input where the model has it; batch uses batch_input/batch_output; a prompt above a long-context threshold bills the whole request at that tier. Unknown model or no price at that moment: error (SQLSTATE 22023 / P0002), never 0.';

CREATE FUNCTION llmnum.try_gen_cost(model text, input_tokens bigint, output_tokens bigint,
									at timestamptz DEFAULT now(),
									cached_input_tokens bigint DEFAULT 0,
									batch boolean DEFAULT false)
RETURNS numeric
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_try_gen_cost';

COMMENT ON FUNCTION llmnum.try_gen_cost(text, bigint, bigint, timestamptz, bigint, boolean) IS
'Like gen_cost, but NULL instead of an error when the model is unknown or has no applicable price at that moment (for dashboards; list what was skipped with llmnum.unpriced_usage). Invalid arguments still raise.';

CREATE FUNCTION llmnum.gen_cost_error(model text, input_tokens bigint, output_tokens bigint,
									  at timestamptz DEFAULT now(),
									  cached_input_tokens bigint DEFAULT 0,
									  batch boolean DEFAULT false)
RETURNS text
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_gen_cost_error';

COMMENT ON FUNCTION llmnum.gen_cost_error(text, bigint, bigint, timestamptz, bigint, boolean) IS
'Why gen_cost cannot price this request, as a short reason without model or time (''unknown model'', ''no price in force'', ''no batch_input price'', ''no output price for prompts above 128000 tokens''...), or NULL when it can.';

CREATE FUNCTION llmnum.price_of(model text, component text, at timestamptz DEFAULT now())
RETURNS numeric
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_price_of';

COMMENT ON FUNCTION llmnum.price_of(text, text, timestamptz) IS
'Base-tier price in USD per million tokens of one component (input, output, cached_input, ...) of a model at a moment, user prices first; NULL when that component was not priced then. Unknown model: error.';

CREATE FUNCTION llmnum.resolve_model(name text)
RETURNS text
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_resolve_model';

COMMENT ON FUNCTION llmnum.resolve_model(text) IS
'The catalog spelling of a model name (matched case-insensitively); error with the closest known names when it is unknown.';

CREATE FUNCTION llmnum.price_at(model text, at timestamptz)
RETURNS SETOF llmnum.prices
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT p.*
	FROM llmnum.prices p
	WHERE lower(p.model) = lower(llmnum.resolve_model(price_at.model))
	  AND p.valid_from <= price_at.at
	  AND (p.valid_to IS NULL OR price_at.at < p.valid_to)
	  AND (p.origin = 'user'
		   OR NOT EXISTS (SELECT 1 FROM llmnum.user_prices u
						  WHERE lower(u.model) = lower(p.model)
							AND u.component = p.component
							AND u.tier_above_tokens = p.tier_above_tokens
							AND u.valid_from <= price_at.at
							AND (u.valid_to IS NULL OR price_at.at < u.valid_to)))
	ORDER BY array_position(ARRAY['input', 'output', 'cached_input', 'cache_write',
								  'cache_write_1h', 'batch_input', 'batch_output',
								  'training'], p.component),
			 p.tier_above_tokens;
END;

COMMENT ON FUNCTION llmnum.price_at(text, timestamptz) IS
'Every price of a model in force at a moment, one row per component and long-context tier, a user price replacing the built-in one it shadows.';

CREATE FUNCTION llmnum.price_history(model text)
RETURNS SETOF llmnum.prices
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT p.*
	FROM llmnum.prices p
	WHERE lower(p.model) = lower(llmnum.resolve_model(price_history.model))
	ORDER BY array_position(ARRAY['input', 'output', 'cached_input', 'cache_write',
								  'cache_write_1h', 'batch_input', 'batch_output',
								  'training'], p.component),
			 p.tier_above_tokens, p.valid_from, p.origin DESC;
END;

COMMENT ON FUNCTION llmnum.price_history(text) IS
'Every price period of a model, user and built-in, by component, tier and start.';

/* ---------------------------------------------------------------------
 * The list's price ratios as functions of their inputs
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.embed_vs_generate_ratio(generate_model text, embed_model text,
											   at timestamptz DEFAULT now())
RETURNS numeric
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_embed_vs_generate_ratio';

COMMENT ON FUNCTION llmnum.embed_vs_generate_ratio(text, text, timestamptz) IS
'Output price per token of the generating model over the input price per token of the embedding model at a moment (gpt-3.5-turbo vs text-embedding-ada-002 on 2023-05-08: 5).';

CREATE FUNCTION llmnum.selfhost_cost_per_mtok(usd_per_gpu_hour numeric, tokens_per_second numeric)
RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF usd_per_gpu_hour < 0 OR usd_per_gpu_hour >= 'Infinity'
	   OR usd_per_gpu_hour = 'NaN' THEN
		RAISE EXCEPTION 'usd_per_gpu_hour must be a finite amount of at least 0, got %', usd_per_gpu_hour
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF tokens_per_second <= 0 OR tokens_per_second >= 'Infinity'
	   OR tokens_per_second = 'NaN' THEN
		RAISE EXCEPTION 'tokens_per_second must be finite and above 0, got %', tokens_per_second
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	RETURN trim_scale(usd_per_gpu_hour * 1000000 / (tokens_per_second * 3600));
END;
$$;

COMMENT ON FUNCTION llmnum.selfhost_cost_per_mtok(numeric, numeric) IS
'USD per million tokens of a self-hosted model: GPU price per hour over tokens per hour (g4dn.4xlarge at $1.20/h embedding 9,000 tokens/s: about $0.037).';

CREATE FUNCTION llmnum.selfhost_vs_api_ratio(api_model text, usd_per_gpu_hour numeric,
											 tokens_per_second numeric,
											 at timestamptz DEFAULT now(),
											 component text DEFAULT 'input')
RETURNS numeric
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	api numeric := llmnum.price_of(api_model, component, at);
BEGIN
	IF api IS NULL THEN
		RAISE EXCEPTION 'model "%" has no % price at %', llmnum.resolve_model(api_model), component, at
			USING ERRCODE = 'no_data_found';
	END IF;
	/* validates both inputs */
	PERFORM llmnum.selfhost_cost_per_mtok(usd_per_gpu_hour, tokens_per_second);
	IF usd_per_gpu_hour = 0 THEN
		RAISE EXCEPTION 'a GPU at $0 per hour makes the ratio infinite'
			USING ERRCODE = 'division_by_zero';
	END IF;
	/* api / (usd_per_gpu_hour * 1e6 / (tokens_per_second * 3600)), exactly */
	RETURN trim_scale(api * tokens_per_second * 3600 / (usd_per_gpu_hour * 1000000));
END;
$$;

COMMENT ON FUNCTION llmnum.selfhost_vs_api_ratio(text, numeric, numeric, timestamptz, text) IS
'How many times the API price (a component of api_model at a moment) exceeds the self-hosted cost per token (the list''s 10:1 is text-embedding-ada-002 on 2023-05-08 against $1.20/h at 9,000 tokens/s: 10.8).';

CREATE FUNCTION llmnum.numbers_as_of(at timestamptz DEFAULT now())
RETURNS TABLE (key text, ordinal smallint, section text, heading text, unit text,
			   original_low numeric, original_high numeric, original_as_of date,
			   recomputed_at timestamptz, recomputed_low numeric, recomputed_high numeric,
			   method text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH r(key, lo, hi, method) AS (
		SELECT 'gpt4_vs_gpt35_cost', trim_scale(min(x)), trim_scale(max(x)),
			   'gpt-4 and gpt-4-32k over gpt-3.5-turbo, input over input and output over output'
		FROM (VALUES
			  (llmnum.price_of('gpt-4', 'input', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'input', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4', 'output', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4-32k', 'input', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'input', numbers_as_of.at), 0)),
			  (llmnum.price_of('gpt-4-32k', 'output', numbers_as_of.at)
			   / nullif(llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at), 0))) v(x)
		UNION ALL
		SELECT 'generation_vs_embedding_cost', trim_scale(x), trim_scale(x),
			   'gpt-3.5-turbo output over text-embedding-ada-002 input'
		FROM (VALUES (llmnum.price_of('gpt-3.5-turbo', 'output', numbers_as_of.at)
					  / nullif(llmnum.price_of('text-embedding-ada-002', 'input', numbers_as_of.at), 0))) v(x)
		UNION ALL
		SELECT 'openai_vs_selfhosted_embedding_cost', trim_scale(x), trim_scale(x),
			   'text-embedding-ada-002 input over a g4dn.4xlarge at $1.20/h embedding 9,000 tokens/s'
		FROM (VALUES (llmnum.price_of('text-embedding-ada-002', 'input', numbers_as_of.at)
					  * 9000 * 3600 / (1.20 * 1000000))) v(x)
		UNION ALL
		(SELECT 'finetuned_vs_base_cost', trim_scale(least(ri, ro)), trim_scale(greatest(ri, ro)),
				ft || ' over ' || base || ', input and output'
		 FROM (SELECT pref, ft, base,
					  llmnum.price_of(ft, 'input', numbers_as_of.at)
					  / nullif(llmnum.price_of(base, 'input', numbers_as_of.at), 0) AS ri,
					  llmnum.price_of(ft, 'output', numbers_as_of.at)
					  / nullif(llmnum.price_of(base, 'output', numbers_as_of.at), 0) AS ro
			   FROM (VALUES (1, 'ft:gpt-4o-mini-2024-07-18', 'gpt-4o-mini'),
							(2, 'ft:gpt-3.5-turbo', 'gpt-3.5-turbo'),
							(3, 'ft:davinci', 'davinci')) AS pairs(pref, ft, base)) s
		 WHERE ri IS NOT NULL OR ro IS NOT NULL
		 ORDER BY pref
		 LIMIT 1)
		UNION ALL
		SELECT 'selfhosted_finetuned_vs_base_cost', 1, 1,
			   'a fine-tune has the weights and GPU cost of its base: 1 by construction'
	)
	SELECT n.key, n.ordinal, n.section, n.heading, n.unit, n.value_low, n.value_high, n.as_of,
		   numbers_as_of.at, r.lo, r.hi,
		   coalesce(r.method, CASE n.key
				WHEN 'tokens_per_word' THEN 'needs the tokenizer: measure your own text'
				WHEN 'be_concise_savings' THEN 'not recomputable: unpublished experiment'
				ELSE 'not a price: see the GPU and training functions' END)
	FROM llmnum.numbers n
	LEFT JOIN r ON r.key = n.key
	ORDER BY n.ordinal;
END;

COMMENT ON FUNCTION llmnum.numbers_as_of(timestamptz) IS
'Every llm-numbers row with its published value and, for the price ratios, the value recomputed from the catalog at a moment (NULL where a model was not priced then, or the number is not a price).';

/* ---------------------------------------------------------------------
 * Usage that cannot be priced
 * ------------------------------------------------------------------- */

CREATE FUNCTION llmnum.unpriced_usage(usage regclass,
									  model_column name DEFAULT 'model',
									  at_column name DEFAULT 'ts',
									  input_column name DEFAULT 'prompt_tokens',
									  output_column name DEFAULT 'completion_tokens',
									  cached_column name DEFAULT NULL,
									  batch_column name DEFAULT NULL)
RETURNS TABLE (model text, reason text, requests bigint,
			   first_at timestamptz, last_at timestamptz,
			   input_tokens numeric, output_tokens numeric)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF usage IS NULL OR model_column IS NULL OR at_column IS NULL
	   OR input_column IS NULL OR output_column IS NULL THEN
		RAISE EXCEPTION 'usage and its model, time and token columns must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	RETURN QUERY EXECUTE format(
		'SELECT u.m, u.why, count(*), min(u.t), max(u.t), sum(u.i), sum(u.o) '
		'FROM (SELECT %1$I::text AS m, %2$I::timestamptz AS t, %3$I::bigint AS i, %4$I::bigint AS o, '
		'      llmnum.gen_cost_error(%1$I::text, %3$I::bigint, %4$I::bigint, %2$I::timestamptz, %5$s, %6$s) AS why '
		'      FROM %7$s) u '
		'WHERE u.why IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2',
		model_column, at_column, input_column, output_column,
		CASE WHEN cached_column IS NULL THEN '0' ELSE format('%I::bigint', cached_column) END,
		CASE WHEN batch_column IS NULL THEN 'false' ELSE format('%I::boolean', batch_column) END,
		usage);
END;
$$;

COMMENT ON FUNCTION llmnum.unpriced_usage(regclass, name, name, name, name, name, name) IS
'Rows of a usage table that gen_cost cannot price, grouped by model and reason, with their time span and token totals (the rows try_gen_cost returns NULL for). Rows with a NULL model, time or token count are not listed.';
