-- numbers_as_of(): every number, published and recomputed, on the list's
-- date and today.
\set VERBOSITY terse
SET timezone = 'UTC';
SET datestyle = 'ISO, YMD';

SELECT ordinal, key, original_low, original_high, recomputed_low, recomputed_high
FROM llmnum.numbers_as_of('2023-05-08 12:00+00') ORDER BY ordinal;

-- Where the list was right, the catalog gives its value back on its date.
SELECT key, original_low, recomputed_low
FROM llmnum.numbers_as_of('2023-05-08 12:00+00')
WHERE key IN ('generation_vs_embedding_cost', 'finetuned_vs_base_cost', 'selfhosted_finetuned_vs_base_cost')
ORDER BY key;

-- Today: every number but the unpublished experiment has a recomputed value.
SELECT key, recomputed_low IS NOT NULL AS recomputed, recomputed_at = now() AS at_now
FROM llmnum.numbers_as_of(now()) ORDER BY ordinal;

-- Tokens per word: only cl100k_base existed for OpenAI chat models before
-- GPT-4o (2024-05-13); afterwards the o200k_base count joins it.
SELECT recomputed_at::date, recomputed_low, recomputed_high, method
FROM llmnum.numbers_as_of('2024-05-12 00:00+00') WHERE key = 'tokens_per_word'
UNION ALL
SELECT recomputed_at::date, recomputed_low, recomputed_high, method
FROM llmnum.numbers_as_of('2024-05-13 00:00+00') WHERE key = 'tokens_per_word';

-- The sample text behind it.
SELECT name, language, length(body) AS chars, llmnum.tokens_per_word(body, 'o200k_base') AS o200k,
	   llmnum.tokens_per_word(body, 'cl100k_base') AS cl100k
FROM llmnum.sample_texts ORDER BY name;

SELECT count(*) FROM llmnum.numbers_as_of(NULL);
