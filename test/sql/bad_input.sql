-- Bad input catalogue: every public function of schema llmnum fed NULLs,
-- zero, negative, NaN/Infinity, values past int/bigint range, empty and
-- multi-megabyte text, near-miss names and non-ASCII.  Each call shows
-- 'ok: <result>' or '<SQLSTATE>: <message>'; nothing may return a wrong
-- number silently.  (Errors of the arguments' own input functions, e.g. an
-- int past its range, are PostgreSQL's and stop the call before llmnum.)
\set VERBOSITY terse

-- Every function is in this file: the list fails if one is added.
SELECT p.oid::regprocedure AS function
FROM pg_proc p WHERE p.pronamespace = 'llmnum'::regnamespace ORDER BY p.proname, p.oid::regprocedure::text;

-- Runs one statement, returns 'ok: <first column>' or '<sqlstate>: <message>'
-- (results and messages longer than 100 characters are cut).
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
	m text;
BEGIN
	EXECUTE stmt INTO r;
	m := 'ok: ' || coalesce(r, 'NULL');
	RETURN CASE WHEN length(m) > 100 THEN left(m, 97) || '...' ELSE m END;
EXCEPTION WHEN OTHERS THEN
	m := SQLSTATE || ': ' || SQLERRM;
	RETURN CASE WHEN length(m) > 100 THEN left(m, 97) || '...' ELSE m END;
END
$$;
-- One row per argument list: fn(args) run through try().
CREATE FUNCTION pg_temp.calls(fn text, VARIADIC arglists text[])
RETURNS TABLE (args text, result text) LANGUAGE sql AS $$
SELECT a, pg_temp.try('SELECT ' || fn || '(' || a || ')')
FROM unnest(arglists) WITH ORDINALITY AS u(a, i) ORDER BY i
$$;

-- A time that every price lookup below uses.
SET timezone = 'UTC';

-- llmnum.version, llmnum.library_version: no arguments.
SELECT extension = library AS same_version, catalog IS NOT NULL AS has_catalog_date FROM llmnum.version();
SELECT llmnum.library_version() = (SELECT extversion FROM pg_extension WHERE extname = 'llmnum') AS library_matches;

-- Trigger functions called directly.
SELECT * FROM pg_temp.calls('llmnum.check_price_model', '');
SELECT * FROM pg_temp.calls('llmnum.check_gpu_price_gpu', '');
SELECT * FROM pg_temp.calls('llmnum.catalog_cache_invalidate', '');

-- Tokenizer: count_tokens, count_tokens_enc, tokenize, estimate_tokens.
SELECT * FROM pg_temp.calls('llmnum.count_tokens',
	$$NULL, 'o200k_base'$$, $$'x', NULL$$, $$'', 'o200k_base'$$, $$' ', 'cl100k_base'$$,
	$$'x', ''$$, $$'x', ' o200k_base'$$, $$'x', 'o200k-base'$$, $$'x', 'O200K_BASE'$$,
	$$'x', 'o200k_basé'$$, $$'x', 'gpt-4о'$$, $$'x', 'gpt4o'$$, $$'x', 'GPT-4O'$$,
	$$'x', 'claude-3-haiku-20240307'$$, $$'x', repeat('gpt-4o', 500000)$$,
	$$'Numbers every LLM developer should know: 数字, числа, أرقام, 🚀', 'o200k_base'$$,
	$$E'\u00e9', 'r50k_base'$$, $$E'e\u0301', 'r50k_base'$$, $$E'\uFEFF\u200B', 'cl100k_base'$$,
	$$repeat('The quick brown fox. ', 150000), 'o200k_base'$$,
	$$repeat('数字', 1500000), 'cl100k_base'$$,
	$$repeat('🚀', 1000000), 'o200k_base'$$,
	$$repeat('x', 16777217), 'o200k_base'$$);
SELECT * FROM pg_temp.calls('llmnum.count_tokens_enc',
	$$NULL, 'o200k_base'$$, $$'', 'o200k_base'$$, $$'x', 'gpt-4o'$$, $$'x', 'cl100k'$$,
	$$'x', 'p50k_edit'$$, $$repeat('a b ', 1000000), 'p50k_base'$$);
SELECT * FROM pg_temp.calls('llmnum.tokenize',
	$$NULL, 'o200k_base'$$, $$'', 'o200k_base'$$, $$'x', 'gpt-4o-mini '$$,
	$$'🚀', 'r50k_base'$$, $$'x', 'claude-3-opus-20240229'$$,
	$$'Ünïcödé', 'cl100k_base'$$);
SELECT * FROM pg_temp.calls('cardinality(llmnum.tokenize',
	$$repeat('word ', 1000000), 'o200k_base')$$);
SELECT * FROM pg_temp.calls('llmnum.estimate_tokens',
	$$NULL$$, $$''$$, $$'x', NULL$$, $$'x', ''$$, $$'x', 'claude-3-haiku'$$,
	$$'x', 'claude-3-haiku-20240307'$$, $$'x', 'gemini-1.5-pro'$$, $$'x', 'text-embedding-ada-002'$$,
	$$'x', 'no-such-model'$$, $$repeat('é ', 2000000)$$);

-- detokenize: ids out of range, negative, NULL elements, split characters.
SELECT * FROM pg_temp.calls('llmnum.detokenize',
	$$NULL, 'o200k_base'$$, $$'{}', 'o200k_base'$$, $$'{}', NULL$$, $$'{0}', 'r50k_base'$$,
	$$'{-1}', 'o200k_base'$$, $$'{-2147483648}', 'o200k_base'$$, $$'{2147483647}', 'o200k_base'$$,
	$$'{200019}', 'o200k_base'$$, $$'{199999}', 'o200k_base'$$, $$'{50257}', 'r50k_base'$$,
	$$'{50280}', 'p50k_base'$$, $$'{1,NULL}', 'o200k_base'$$, $$'{{1,2},{3,4}}', 'o200k_base'$$,
	$$'[5:6]={15339,1917}', 'cl100k_base'$$, $$'{9468}', 'cl100k_base'$$,
	$$'{15339}', 'gpt4'$$, $$'{2147483648}', 'o200k_base'$$);
SELECT * FROM pg_temp.calls('length(llmnum.detokenize',
	$$array_fill(15339, ARRAY[1000000]), 'cl100k_base')$$);

-- truncate_tokens.
SELECT * FROM pg_temp.calls('llmnum.truncate_tokens',
	$$NULL, 1, 'o200k_base'$$, $$'x', NULL, 'o200k_base'$$, $$'x', 1, NULL$$,
	$$'abc def', 0, 'o200k_base'$$, $$'abc def', -1, 'o200k_base'$$,
	$$'abc def', 2147483647, 'o200k_base'$$, $$'abc def', -2147483648, 'o200k_base'$$,
	$$'abc def', 2147483648, 'o200k_base'$$, $$'', 5, 'o200k_base'$$,
	$$'🚀🚀', 1, 'cl100k_base'$$, $$'x', 1, 'claude-3-haiku-20240307'$$,
	$$'x', 1, 'o200k_bas'$$);
SELECT * FROM pg_temp.calls('length(llmnum.truncate_tokens',
	$$repeat('numbers ', 1000000), 100000, 'o200k_base')$$);

-- chunk_tokens (not STRICT: NULL encoding means the default encoding).
SELECT * FROM pg_temp.calls('(SELECT count(*) || '' chunks, '' || coalesce(sum(tokens), 0) || '' tokens'' FROM llmnum.chunk_tokens',
	$$NULL, 5)$$, $$'x', NULL)$$, $$'x', 5, NULL)$$, $$'a b c d e f', 2, 0, NULL)$$,
	$$'x', 0)$$, $$'x', -1)$$, $$'x', 2147483647)$$, $$'x', 2147483648)$$,
	$$'x', 5, 5)$$, $$'x', 5, -1)$$, $$'x', 5, 2147483647)$$,
	$$'x', 1, 0, 'gpt-4o')$$, $$'x', 1, 0, 'gpt-4x')$$, $$'x', 1, 0, 'claude-3-haiku-20240307')$$,
	$$'', 1)$$, $$repeat('chunk me ', 500000), 512, 64, 'cl100k_base')$$);

-- tokens_per_word (not STRICT: NULL encoding means the default encoding).
SELECT * FROM pg_temp.calls('llmnum.tokens_per_word',
	$$NULL$$, $$'', 'o200k_base'$$, $$E'\t \n', 'o200k_base'$$, $$'one two', NULL$$,
	$$'one two', 'o200k'$$, $$'一二三', 'o200k_base'$$, $$E'a\u00A0b\u3000c', 'o200k_base'$$,
	$$repeat('word ', 2000000), 'cl100k_base'$$);

-- gen_cost and its companions: token counts, dates, cached and batch.
SELECT * FROM pg_temp.calls('llmnum.gen_cost',
	$$NULL, 1, 1, '2025-06-01'$$, $$'gpt-4o', NULL, 1, '2025-06-01'$$,
	$$'gpt-4o', 1, 1, NULL$$, $$'gpt-4o', 1, 1, '2025-06-01', NULL$$,
	$$'gpt-4o', 1, 1, '2025-06-01', 0, NULL$$,
	$$'gpt-4o', 0, 0, '2025-06-01'$$, $$'gpt-4o', -1, 0, '2025-06-01'$$, $$'gpt-4o', 0, -1, '2025-06-01'$$,
	$$'gpt-4o', 10, 10, '2025-06-01', -1$$, $$'gpt-4o', 10, 10, '2025-06-01', 11$$,
	$$'gpt-4o', 9223372036854775807, 0, '2025-06-01'$$,
	$$'gpt-4o', 0, 9223372036854775807, '2025-06-01'$$,
	$$'gpt-4o', 9223372036854775807, 9223372036854775807, '2025-06-01'$$,
	$$'gpt-4o', 9223372036854775808, 0, '2025-06-01'$$,
	$$'gpt-4o', 1000000000000, 0, '2025-06-01'$$,
	$$'gpt-4o', 1, 1, 'infinity'$$, $$'gpt-4o', 1, 1, '-infinity'$$,
	$$'gpt-4o', 1, 1, '1999-01-01'$$, $$'gpt-4o', 1, 1, '294276-12-31'$$,
	$$'gpt-4o', 1000, 1000, '2025-06-01', 1000, true$$,
	$$'', 1, 1, '2025-06-01'$$, $$'gpt-4o ', 1, 1, '2025-06-01'$$, $$'GPT-4O', 1, 1, '2025-06-01'$$,
	$$'gpt4o', 1, 1, '2025-06-01'$$, $$'gpt-4о', 1, 1, '2025-06-01'$$,
	$$'gpt-4o-mini-2024-07-19', 1, 1, '2025-06-01'$$, $$repeat('gpt-4o', 500000), 1, 1, '2025-06-01'$$,
	$$'llama-2-13b', 1, 1, '2025-06-01'$$);
SELECT * FROM pg_temp.calls('llmnum.try_gen_cost',
	$$'gpt-4o', 1, 1, '2025-06-01'$$, $$'gpt4o', 1, 1, '2025-06-01'$$, $$'gpt-4o', 1, 1, '1999-01-01'$$,
	$$'gpt-4o', -1, 1, '2025-06-01'$$, $$'gpt-4o', 1, 1, '2025-06-01', 2$$,
	$$'gpt-4o', 9223372036854775807, 9223372036854775807, '2025-06-01'$$, $$NULL, 1, 1, '2025-06-01'$$);
SELECT * FROM pg_temp.calls('llmnum.gen_cost_error',
	$$'gpt-4o', 1, 1, '2025-06-01'$$, $$'gpt4o', 1, 1, '2025-06-01'$$, $$'gpt-4o', 1, 1, '1999-01-01'$$,
	$$'gpt-4o', -1, 1, '2025-06-01'$$, $$'gpt-4o', 1, 1, '2025-06-01', 2$$,
	$$'gpt-4o', 9223372036854775807, 9223372036854775807, '2025-06-01'$$, $$NULL, 1, 1, '2025-06-01'$$);
-- gen_cost of text.
SELECT * FROM pg_temp.calls('llmnum.gen_cost_of_text',
	$$'gpt-4o', 'hello', 'world', '2025-06-01'$$, $$'gpt-4o', '', '', '2025-06-01'$$,
	$$'gpt-4o', NULL, 'world', '2025-06-01'$$, $$'gpt4o', 'hello', 'world', '2025-06-01'$$,
	$$'claude-3-haiku-20240307', 'hello', 'world', '2025-06-01'$$,
	$$'gpt-4o', 'hello', 'world', '1999-01-01'$$,
	$$'gpt-4o', repeat('tokens cost money ', 300000), 'ok', '2025-06-01'$$);

-- Prices: price_of, price_at, price_history, resolve_model, ratios.
SELECT * FROM pg_temp.calls('llmnum.price_of',
	$$'gpt-4o', 'input', '2025-06-01'$$, $$'gpt-4o', 'Input', '2025-06-01'$$, $$'gpt-4o', 'inputs', '2025-06-01'$$,
	$$'gpt-4o', '', '2025-06-01'$$, $$'gpt-4o', 'input', 'infinity'$$, $$'gpt-4o', 'input', '-infinity'$$,
	$$'gpt-4o', 'cache_write', '2025-06-01'$$, $$'gpt4o', 'input', '2025-06-01'$$, $$NULL, 'input', '2025-06-01'$$);
SELECT * FROM pg_temp.calls('(SELECT count(*) FROM llmnum.price_at',
	$$'gpt-4o', '2025-06-01')$$, $$'gpt4o', '2025-06-01')$$, $$'gpt-4o', 'infinity')$$,
	$$'gpt-4o', NULL)$$, $$'', '2025-06-01')$$);
SELECT * FROM pg_temp.calls('(SELECT count(*) FROM llmnum.price_history',
	$$'gpt-4o')$$, $$'GPT-4O')$$, $$'gpt4o')$$, $$NULL)$$, $$repeat('x', 3000000))$$);
SELECT * FROM pg_temp.calls('llmnum.resolve_model',
	$$'gpt-4o'$$, $$'GPT-4O'$$, $$' gpt-4o'$$, $$'gpt4o'$$, $$'gpt-4о'$$, $$''$$, $$NULL$$,
	$$'Llama-2-13B'$$, $$'モデル'$$, $$repeat('x', 3000000)$$);
SELECT * FROM pg_temp.calls('llmnum.embed_vs_generate_ratio',
	$$'gpt-3.5-turbo', 'text-embedding-ada-002', '2023-05-08'$$,
	$$'gpt-3.5-turbo', 'text-embedding-ada-002', '1999-01-01'$$,
	$$'gpt-3.5-turbo', 'ada-002', '2023-05-08'$$, $$'gpt3.5-turbo', 'text-embedding-ada-002', '2023-05-08'$$,
	$$'gpt-3.5-turbo', 'gpt-3.5-turbo', '2023-05-08'$$, $$'text-embedding-ada-002', 'gpt-3.5-turbo', '2023-05-08'$$,
	$$'gpt-3.5-turbo', NULL, '2023-05-08'$$);
SELECT * FROM pg_temp.calls('llmnum.selfhost_cost_per_mtok',
	$$1.20, 9000$$, $$0, 9000$$, $$1.20, 0$$, $$-1, 9000$$, $$1.20, -9000$$, $$'NaN', 9000$$,
	$$1.20, 'NaN'$$, $$'Infinity', 9000$$, $$1.20, 'Infinity'$$, $$'-Infinity', 9000$$,
	$$1e300, 1e-300$$, $$1e-300, 1e300$$, $$NULL, 9000$$);
SELECT * FROM pg_temp.calls('llmnum.selfhost_vs_api_ratio',
	$$'text-embedding-ada-002', 1.20, 9000, '2023-05-08'$$,
	$$'text-embedding-ada-002', 0, 9000, '2023-05-08'$$,
	$$'text-embedding-ada-002', 1.20, 0, '2023-05-08'$$,
	$$'text-embedding-ada-002', 'NaN', 9000, '2023-05-08'$$,
	$$'text-embedding-ada-002', 1.20, 'Infinity', '2023-05-08'$$,
	$$'text-embedding-ada-002', -1.20, 9000, '2023-05-08'$$,
	$$'text-embedding-ada-002', 1.20, 9000, '2023-05-08', 'output'$$,
	$$'text-embedding-ada-002', 1.20, 9000, '2023-05-08', 'inptu'$$,
	$$'text-embedding-ada-002', 1.20, 9000, '1999-01-01'$$,
	$$'ada-002', 1.20, 9000, '2023-05-08'$$);
SELECT * FROM pg_temp.calls('(SELECT count(*) FROM llmnum.numbers_as_of',
	$$'2025-06-01')$$, $$'infinity')$$, $$'-infinity')$$, $$'1999-01-01')$$, $$NULL)$$);

-- unpriced_usage: the usage table and its column names.
CREATE TEMP TABLE usage_bad (model text, ts timestamptz, prompt_tokens bigint, completion_tokens bigint, note text);
INSERT INTO usage_bad VALUES ('gpt-4o', '2025-06-01', 10, 10, 'x'), ('gpt4o', '2025-06-01', 1, 1, 'x'),
	('gpt-4o', '1999-01-01', 1, 1, 'x'), (NULL, '2025-06-01', 1, 1, 'x'),
	('gpt-4o', NULL, 1, 1, 'x'), ('gpt-4o', '2025-06-01', NULL, 1, 'x');
CREATE TEMP TABLE usage_negative AS SELECT * FROM usage_bad WHERE model = 'gpt-4o' LIMIT 1;
UPDATE usage_negative SET prompt_tokens = -5;
SELECT * FROM pg_temp.calls('(SELECT string_agg(coalesce(model, ''NULL'') || '' '' || reason || '' '' || requests, ''; '' ORDER BY model, reason) FROM llmnum.unpriced_usage',
	$$'usage_bad')$$, $$NULL)$$, $$'usage_bad', 'nope')$$, $$'usage_bad', 'note')$$,
	$$'usage_bad', 'model', 'note')$$, $$'usage_bad', input_column => 'note')$$,
	$$'usage_bad', model_column => NULL)$$, $$'usage_bad', cached_column => 'prompt_tokens')$$,
	$$'usage_bad', batch_column => 'note')$$, $$'usage_bad', 'model"; DROP TABLE usage_bad; --')$$,
	$$'no_such_table')$$, $$'usage_negative')$$);

-- GPU memory: names, quantizations, sizes.
SELECT * FROM pg_temp.calls('(SELECT total FROM llmnum.gpu_memory',
	$$'llama-2-13b')$$, $$NULL)$$, $$'llama-2-13b', NULL)$$, $$'llama2-13b')$$, $$'llama-2-14b')$$, $$'gpt-4o')$$,
	$$'llama-2-13b', 'fp17')$$, $$'llama-2-13b', 'FP16')$$, $$'llama-2-13b', 'fp16', 0)$$,
	$$'llama-2-13b', 'fp16', -1)$$, $$'llama-2-13b', 'fp16', 2147483647)$$,
	$$'llama-2-13b', 'fp16', 4096, 0)$$, $$'llama-2-13b', 'fp16', 4096, -1)$$,
	$$'llama-2-13b', 'fp16', 4096, 2147483647)$$, $$'llama-2-13b', 'fp16', 2147483647, 2147483647)$$,
	$$'llama-2-13b', 'fp16', 4096, 1, 0)$$, $$'llama-2-13b', 'fp16', 4096, 1, -2)$$,
	$$'llama-2-13b', 'fp16', 4096, 1, 2147483647)$$, $$'llama-2-13b', 'fp16', 4096, 1, 1, 'fp7')$$,
	$$'llama-2-13b', 'fp16', 4096, 1, 1, 'int8')$$, $$repeat('x', 3000000))$$);
SELECT * FROM pg_temp.calls('llmnum.gpu_fits',
	$$'llama-2-13b', 'A100-80GB'$$, $$'llama-2-13b', 'A100'$$, $$'llama-2-13b', 'a100-80gb'$$,
	$$'llama-2-13b', 'A100-80G'$$, $$'llama-2-13b', ''$$, $$'llama-2-13b', ' '$$, $$'llama-2-13b', 'Н100-80GB'$$,
	$$'llama-2-13b', 'A100-80GB', 'fp16', 0$$, $$'llama-2-13b', 'A100-80GB', 'fp16', 2147483647$$,
	$$'llama-2-13b', 'A100-80GB', 'fp16', 4096, 0$$, $$'llama-2-13b', 'A100-80GB', 'fp16', 4096, 1, 0$$,
	$$'llama-2-13b', NULL$$);
SELECT * FROM pg_temp.calls('llmnum.gpu_fits',
	$$13e9, 'A100-80GB'$$, $$0, 'A100-80GB'$$, $$-1, 'A100-80GB'$$, $$'NaN'::numeric, 'A100-80GB'$$,
	$$'Infinity'::numeric, 'A100-80GB'$$, $$'-Infinity'::numeric, 'A100-80GB'$$, $$1e300, 'A100-80GB'$$, $$1e-300, 'A100-80GB'$$,
	$$0.5, 'A100-80GB'$$, $$13e9, 'A100-80GB', 'fp16', 0$$, $$13e9, 'A100-80GB', 'fp16', -1$$,
	$$13e9, 'A100-80GB', 'fp16', 2147483647$$, $$13e9, 'A100-80GB', 'q4'$$, $$13e9::numeric, NULL$$);
SELECT * FROM pg_temp.calls('llmnum.kv_cache_bytes_per_token',
	$$'llama-2-13b'$$, $$'llama-2-13b', 'int4'$$, $$'llama-2-13b', 'fp32'$$, $$'llama-2-13b', ''$$,
	$$'gpt-4o'$$, $$'llama-2-13c'$$, $$NULL$$);
SELECT * FROM pg_temp.calls('llmnum.max_context_tokens',
	$$'llama-3-8b', 'L4'$$, $$'llama-3-8b', 'L4', 'fp16', 0$$, $$'llama-3-8b', 'L4', 'fp16', -1$$,
	$$'llama-3-8b', 'L4', 'fp16', 2147483647$$, $$'llama-3-8b', 'L4', 'fp16', 1, 0$$,
	$$'llama-3-8b', 'L4', 'fp16', 1, 2147483647$$, $$'llama-2-70b', 'L4'$$, $$'llama-3-8b', 'L5'$$);
SELECT * FROM pg_temp.calls('llmnum.max_batch',
	$$'llama-3-8b', 'L4'$$, $$'llama-3-8b', 'L4', 'fp16', 0$$, $$'llama-3-8b', 'L4', 'fp16', -1$$,
	$$'llama-3-8b', 'L4', 'fp16', 2147483647$$, $$'llama-3-8b', 'L4', 'fp16', 1$$,
	$$'llama-3-8b', 'H100-80GB', 'int4', 1, 2147483647$$, $$'llama-3-8b', 'L4', 'fp16', 4096, 0$$,
	$$'llama-2-70b', 'L4'$$, $$'llama-3-8b', 'L4', 'fp16', 4096, 1, 'fp4'$$);

-- Training cost (not STRICT: NULL price means the catalog price).
SELECT * FROM pg_temp.calls('(SELECT flops || '' '' || usd FROM llmnum.train_cost',
	$$13e9, 1.4e12)$$, $$NULL, 1.4e12)$$, $$13e9, NULL)$$, $$13e9, 1.4e12, NULL)$$,
	$$13e9, 1.4e12, 'A100-80GB', NULL)$$, $$13e9, 1.4e12, 'A100-80GB', 0.5, NULL, NULL)$$,
	$$0, 1.4e12)$$, $$-13e9, 1.4e12)$$, $$13e9, 0)$$, $$13e9, -1)$$, $$'NaN', 1.4e12)$$,
	$$13e9, 'Infinity')$$, $$1e300, 1e300)$$, $$13e9, 1.4e12, 'A100-80GB', 0)$$,
	$$13e9, 1.4e12, 'A100-80GB', -0.5)$$, $$13e9, 1.4e12, 'A100-80GB', 1.5)$$,
	$$13e9, 1.4e12, 'A100-80GB', 'NaN')$$, $$13e9, 1.4e12, 'A100-80GB', 0.5, 0)$$,
	$$13e9, 1.4e12, 'A100-80GB', 0.5, -2)$$, $$13e9, 1.4e12, 'A100-80GB', 0.5, 'Infinity')$$,
	$$13e9, 1.4e12, 'A100-80GB', 0.5, NULL, 0)$$, $$13e9, 1.4e12, 'A100-80GB', 0.5, NULL, -8)$$,
	$$13e9, 1.4e12, 'A100-80GB', 0.5, NULL, 2147483647)$$, $$13e9, 1.4e12, 'A100')$$,
	$$13e9, 1.4e12, 'A100-80gb')$$, $$13e9, 1.4e12, 'TPU-v5')$$, $$1e-300, 1)$$);
SELECT * FROM pg_temp.calls('(SELECT flops || '' '' || usd FROM llmnum.finetune_cost',
	$$7e9, 1e9)$$, $$7e9, 1e9, 2, 'lora')$$, $$7e9, 1e9, 2, 'LoRA')$$, $$7e9, 1e9, 2, 'qlora')$$,
	$$7e9, 1e9, 2, 'ful')$$, $$7e9, 1e9, 0)$$, $$7e9, 1e9, -1)$$, $$7e9, 1e9, 'NaN')$$,
	$$7e9, 1e9, 'Infinity')$$, $$7e9, 1e9, NULL)$$, $$7e9, 1e9, 1, NULL)$$, $$0, 1e9)$$,
	$$7e9, 1e9, 1, 'full', 'A100-80GB', 0.5, 0)$$, $$7e9, 1e9, 1, 'full', 'A100-80GB', 0.5, NULL, 0)$$);

-- Names far past any catalog name are refused quickly with a short message.
SELECT * FROM pg_temp.calls('llmnum.count_tokens', $$'x', repeat('é', 2000000)$$);
SELECT * FROM pg_temp.calls('llmnum.gen_cost', $$repeat('é', 2000000), 1, 1, '2025-06-01'$$);
SELECT * FROM pg_temp.calls('llmnum.gpu_fits', $$'llama-2-13b', repeat('é', 2000000)$$);

-- import_prices: documents of the wrong shape, bad prices, tiers and times
-- (none of these writes a row).
SET client_min_messages = warning;
SELECT * FROM pg_temp.calls('llmnum.import_prices',
	$$NULL, 'litellm'$$, $$'{}', NULL$$, $$'{}', 'litellm', NULL$$, $$'{}', ''$$,
	$$'{}', 'LiteLLM'$$, $$'{}', 'litellm', '-infinity'$$,
	$$'null', 'litellm'$$, $$'"x"', 'genai-prices'$$, $$'null', 'genai-prices'$$,
	$$'{"providers": 1}', 'genai-prices'$$,
	$$'[1, "x", null, {"id": "openai", "models": 1}]', 'genai-prices'$$,
	$$'[{"id": "openai", "models": [1, {"id": ""}, {"id": "gpt-x", "prices": 3}]}]', 'genai-prices'$$,
	$$'[{"id": "openai", "models": [{"id": "gpt-x", "prices": {"input_mtok": null}}]}]', 'genai-prices'$$,
	$$'[{"id": "openai", "models": [{"id": "gpt-x", "prices": {"input_mtok": {"tiers": []}}}]}]', 'genai-prices'$$,
	$$'[{"id": "openai", "models": [{"id": "gpt-x", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": 99999999999, "price": 2}]}}}]}]', 'genai-prices'$$,
	$$'[{"id": "openai", "models": [{"id": "gpt-x", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": -5, "price": 2}]}}}]}]', 'genai-prices'$$,
	$$'[{"id": "openai", "models": [{"id": "gpt-x", "prices": [{"constraint": {"type": "start_date", "start_date": "soon"}, "prices": {}}]}]}]', 'genai-prices'$$,
	$$'{"gpt-x": 1, "gpt-y": {"litellm_provider": 7}, "gpt-z": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": true}}', 'litellm'$$,
	$$'{"gpt-x": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token_above_9999999k_tokens": 1e-06}}', 'litellm'$$);
RESET client_min_messages;

-- A SQL_ASCII database: text that is valid UTF-8 is counted as UTF-8,
-- other bytes are an error (never a count of garbage).
CREATE DATABASE llmnum_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c llmnum_sql_ascii
SET client_encoding = 'SQL_ASCII';
CREATE EXTENSION llmnum CASCADE;
\set VERBOSITY terse
SELECT llmnum.count_tokens('Les chiffres que chaque développeur', 'o200k_base') AS o200k,
	   llmnum.tokenize('ça', 'cl100k_base') AS ids,
	   llmnum.detokenize(llmnum.tokenize('ça coûte', 'cl100k_base'), 'cl100k_base') AS round_trip,
	   llmnum.truncate_tokens('Qu''est-ce qu''un développeur ?', 5, 'o200k_base') AS truncated,
	   llmnum.tokens_per_word('Les chiffres que chaque développeur', 'o200k_base') AS tpw;
SELECT * FROM llmnum.chunk_tokens('Où est la bibliothèque ?', 4, 1, 'o200k_base');
-- LATIN1 bytes (0xE9 alone) are not UTF-8.
SELECT llmnum.count_tokens(E'caf\xe9', 'o200k_base');
SELECT llmnum.tokens_per_word(E'caf\xe9 au lait', 'o200k_base');
SELECT * FROM llmnum.chunk_tokens(E'caf\xe9', 4);
SELECT llmnum.gen_cost_of_text('gpt-4o', E'caf\xe9', 'x', '2025-06-01');
-- Ids that decode to non-ASCII come back as their UTF-8 bytes.
SELECT llmnum.tokenize('é', 'cl100k_base') AS ids,
	   llmnum.detokenize(llmnum.tokenize('é', 'cl100k_base'), 'cl100k_base')::bytea AS utf8_bytes;
\c contrib_regression
DROP DATABASE llmnum_sql_ascii;

-- A LATIN1 database: counts are those of the UTF-8 text; decoded text that
-- LATIN1 cannot hold is an error, not a substitute character.
CREATE DATABASE llmnum_latin1_bad ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c llmnum_latin1_bad
SET client_encoding = 'UTF8';
CREATE EXTENSION llmnum CASCADE;
\set VERBOSITY terse
SELECT llmnum.count_tokens('café', 'cl100k_base') AS count,
	   llmnum.tokenize('café', 'cl100k_base') AS ids,
	   llmnum.detokenize('{936,59958}', 'cl100k_base') AS decoded;
SELECT llmnum.detokenize('{83687,13281}', 'cl100k_base');
SELECT llmnum.count_tokens('x', 'gpt-4ö');
\c contrib_regression
DROP DATABASE llmnum_latin1_bad;
