-- Exact token counts: every fixture row, model names, every function's edge
-- cases and errors.
\set VERBOSITY terse

-- The fixtures: ids from OpenAI's tiktoken (npm tiktoken 1.0.22,
-- encode_ordinary) for the oracle texts, the published test vectors and
-- llmnum's own corpus.  The text is taken from the utf8_hex column.
CREATE TEMP TABLE fixture (encoding text, text_json text, count integer,
						   token_ids text, case_id text, utf8_hex text);
\copy fixture FROM 'data/tokenizer/oracle.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', HEADER true)
\copy fixture FROM 'data/tokenizer/published_vectors.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', HEADER true)
\copy fixture FROM 'data/tokenizer/corpus/expected.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', HEADER true)
-- the open-model encodings, ids from their references (gen_open_expected.mjs)
\copy fixture FROM 'data/tokenizer/corpus/expected_open.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', HEADER true)

-- A text value cannot hold U+0000: those rows are checked by the unit tests.
SELECT count(*) AS rows_with_nul
FROM fixture WHERE position('\x00'::bytea IN decode(coalesce(utf8_hex, ''), 'hex')) > 0;
DELETE FROM fixture WHERE position('\x00'::bytea IN decode(coalesce(utf8_hex, ''), 'hex')) > 0;

-- nt is the text the encoding tokenizes: qwen2 normalizes to NFC first
-- (PostgreSQL's normalize() here, llmnum's own normalizer inside), so its
-- ids decode to nt, and cut text is a prefix of nt.
CREATE TEMP TABLE f AS
SELECT encoding, case_id, count, t,
	   CASE WHEN encoding = 'qwen2' THEN normalize(t, NFC) ELSE t END AS nt, ids
FROM (SELECT encoding, case_id, count,
			 convert_from(decode(coalesce(utf8_hex, ''), 'hex'), 'UTF8') AS t,
			 coalesce(string_to_array(token_ids, ',')::integer[], '{}') AS ids
	  FROM fixture) AS x;
SELECT encoding, count(*) AS not_nfc FROM f WHERE nt <> t GROUP BY encoding;

SELECT encoding, count(*) AS rows,
	   count(*) FILTER (WHERE llmnum.count_tokens(t, encoding) = count) AS count_ok,
	   count(*) FILTER (WHERE llmnum.count_tokens_enc(t, encoding) = count) AS count_enc_ok,
	   count(*) FILTER (WHERE llmnum.tokenize(t, encoding) = ids) AS ids_ok,
	   count(*) FILTER (WHERE llmnum.detokenize(ids, encoding) = nt) AS decode_ok,
	   count(*) FILTER (WHERE cardinality(llmnum.tokenize(t, encoding)) = count) AS length_ok
FROM f GROUP BY encoding ORDER BY encoding;

-- Any mismatch would be listed here.
SELECT encoding, case_id, count, llmnum.count_tokens(t, encoding) AS got
FROM f WHERE llmnum.tokenize(t, encoding) <> ids;

-- truncate_tokens fits and is a prefix (or the whole text when it fits);
-- chunks of every size put the text back together (a row is a failure).
SELECT encoding, case_id, k
FROM f, generate_series(0, 6) AS k
WHERE llmnum.count_tokens(llmnum.truncate_tokens(t, k, encoding), encoding) > k
   OR NOT (starts_with(nt, llmnum.truncate_tokens(t, k, encoding))
		   OR llmnum.truncate_tokens(t, k, encoding) = t);
SELECT encoding, case_id, size
FROM f, generate_series(1, 5) AS size
WHERE nt <> coalesce((SELECT string_agg(chunk, '' ORDER BY ordinal)
					 FROM llmnum.chunk_tokens(t, size, 0, encoding)), '');
-- Chunks are cut where a token boundary is also a character boundary, so
-- with tiny sizes a run of characters split across byte tokens (CJK,
-- emoji) cannot always be cut: such chunks are larger than asked.
SELECT size, count(*) AS chunks, count(*) FILTER (WHERE c.tokens > size) AS larger,
	   max(c.tokens) AS largest
FROM f, generate_series(1, 5) AS size, llmnum.chunk_tokens(t, size, 0, encoding) c
GROUP BY size ORDER BY size;
SELECT encoding, sum(cardinality(ids)) AS tokens,
	   sum((SELECT sum(tokens) FROM llmnum.chunk_tokens(t, 7, 0, encoding))) AS chunked
FROM f GROUP BY encoding ORDER BY encoding;

-- Model names resolve through llmnum.models, in any case.
SELECT llmnum.count_tokens('I''m don''t', 'gpt-4o') AS gpt_4o,
	   llmnum.count_tokens('I''m don''t', 'GPT-4') AS gpt_4,
	   llmnum.count_tokens('I''m don''t', 'text-davinci-003') AS davinci_003,
	   llmnum.count_tokens('I''m don''t', 'O200K_BASE') AS o200k;
SELECT llmnum.tokenize('hello world', 'text-embedding-3-small');
-- A user row shadows the built-in one.
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
VALUES ('gpt-4', 'openai', 'chat', 'o200k_base', 'test');
SELECT llmnum.count_tokens('I''m don''t', 'gpt-4') AS gpt_4_as_o200k;
DELETE FROM llmnum.user_models WHERE name = 'gpt-4';
SELECT llmnum.count_tokens('I''m don''t', 'gpt-4') AS gpt_4_again;
-- Names are found in any ASCII case: long names (compared eight bytes at a
-- time), and names beyond ASCII (folded by lower()); one byte off is unknown.
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source)
VALUES ('Acme-In-House-Chat-Model-2026-11', 'acme', 'chat', 'cl100k_base', 'test'),
	   ('modèle-MAISON', 'acme', 'chat', 'o200k_base', 'test');
SELECT llmnum.count_tokens('I''m don''t', 'acme-in-house-chat-model-2026-11') AS lower,
	   llmnum.count_tokens('I''m don''t', 'ACME-IN-HOUSE-CHAT-MODEL-2026-11') AS upper,
	   llmnum.count_tokens('I''m don''t', 'MODèLE-maison') AS beyond_ascii,
	   (llmnum.tokenizer_of('acme-in-house-chat-model-2026-11')).encoding AS long_name,
	   (llmnum.tokenizer_of('modèle-maison')).encoding AS accented;
SELECT llmnum.count_tokens('x', 'acme-in-house-chat-model-2026-12') AS last_byte_off;
DELETE FROM llmnum.user_models WHERE source = 'test' AND provider = 'acme';

-- Unknown names: 22023 with the valid encodings and the closest models.
\set VERBOSITY default
SELECT llmnum.count_tokens('x', 'gpt4o');
SELECT llmnum.count_tokens('x', '');
SELECT llmnum.count_tokens_enc('x', 'gpt-4o');
SELECT llmnum.tokenize('x', 'o200k');
-- A model without a public tokenizer has no exact count ...
SELECT llmnum.count_tokens('x', 'claude-3-haiku-20240307');
\set VERBOSITY terse
-- ... but an estimate (the cl100k_base count).
SELECT llmnum.estimate_tokens('Les chiffres que chaque développeur', 'claude-3-haiku-20240307') AS claude,
	   llmnum.count_tokens('Les chiffres que chaque développeur', 'cl100k_base') AS cl100k,
	   llmnum.count_tokens('Les chiffres que chaque développeur', 'o200k_base') AS o200k;
SELECT llmnum.estimate_tokens('Hello world', 'gpt-4') AS exact_gpt_4,
	   llmnum.estimate_tokens('Hello world', 'cl100k_base') AS exact_cl100k;
SELECT llmnum.estimate_tokens('x', 'no-such-model');

-- NULL and empty input.
SELECT llmnum.count_tokens(NULL, 'o200k_base') IS NULL AS null_text,
	   llmnum.count_tokens('x', NULL) IS NULL AS null_encoding,
	   llmnum.count_tokens_enc(NULL, 'o200k_base') IS NULL AS null_enc,
	   llmnum.estimate_tokens(NULL) IS NULL AS null_estimate,
	   llmnum.tokenize(NULL, 'o200k_base') IS NULL AS null_tokenize,
	   llmnum.detokenize(NULL, 'o200k_base') IS NULL AS null_detokenize,
	   llmnum.truncate_tokens('x', NULL, 'o200k_base') IS NULL AS null_max,
	   llmnum.tokens_per_word(NULL) IS NULL AS null_tpw;
SELECT llmnum.count_tokens('', 'o200k_base') AS empty_count,
	   llmnum.tokenize('', 'cl100k_base') AS empty_ids,
	   llmnum.detokenize('{}', 'cl100k_base') = '' AS empty_text,
	   llmnum.truncate_tokens('', 3, 'o200k_base') = '' AS empty_truncate,
	   llmnum.tokens_per_word('') IS NULL AS no_words,
	   llmnum.tokens_per_word(E' \t\n ') IS NULL AS only_spaces;
SELECT count(*) AS chunks_of_null FROM llmnum.chunk_tokens(NULL, 5);
SELECT count(*) AS chunks_of_empty FROM llmnum.chunk_tokens('', 5);

-- Special-token strings are ordinary text; their ids still decode.
SELECT llmnum.tokenize('<|endoftext|>', 'cl100k_base') AS as_text,
	   llmnum.detokenize('{15339,100257}', 'cl100k_base') AS special,
	   llmnum.detokenize('{50256}', 'p50k_base') AS p50k_eot;

-- detokenize errors.
SELECT llmnum.detokenize('{15339,-1}', 'cl100k_base');
SELECT llmnum.detokenize('{100277}', 'cl100k_base');
SELECT llmnum.detokenize('{15339,NULL}', 'cl100k_base');
SELECT llmnum.detokenize('{9468}', 'cl100k_base');
SELECT llmnum.detokenize('{9468,239,235}', 'cl100k_base') AS thumbs_up;
SELECT llmnum.detokenize('{{15339},{1917}}', 'cl100k_base') AS two_dimensional;

-- truncate_tokens: sizes, character boundaries, errors.
SELECT k, llmnum.truncate_tokens('Hello, world! How are you?', k, 'o200k_base') AS prefix
FROM generate_series(0, 9) AS k;
SELECT k, llmnum.truncate_tokens('ab👍cd', k, 'cl100k_base') AS prefix
FROM generate_series(0, 6) AS k;
SELECT llmnum.truncate_tokens('x', -1, 'o200k_base');
SELECT llmnum.truncate_tokens('x', 1, 'nope');

-- chunk_tokens: overlap, defaults, characters wider than a chunk, errors.
SELECT * FROM llmnum.chunk_tokens('one two three four five six seven eight nine ten', 4, 1, 'o200k_base');
SELECT * FROM llmnum.chunk_tokens('one two three four five', 2);
SELECT * FROM llmnum.chunk_tokens('a👍b', 1, 0, 'cl100k_base');
SELECT * FROM llmnum.chunk_tokens('x', 0);
SELECT * FROM llmnum.chunk_tokens('x', -5);
SELECT * FROM llmnum.chunk_tokens('x', 3, 3);
SELECT * FROM llmnum.chunk_tokens('x', 3, -1);
SELECT * FROM llmnum.chunk_tokens('x', 3, 0, 'claude-3-haiku-20240307');

-- tokens_per_word, and the default encoding setting.
SELECT llmnum.tokens_per_word('The quick brown fox jumps over the lazy dog.') AS default_enc,
	   llmnum.tokens_per_word('Les chiffres que chaque développeur devrait connaître', 'cl100k_base') AS fr_cl100k,
	   llmnum.tokens_per_word('Les chiffres que chaque développeur devrait connaître', 'gpt-4o') AS fr_gpt_4o;
SHOW llmnum.default_encoding;
SELECT llmnum.estimate_tokens('I''m don''t') AS o200k_default;
SET llmnum.default_encoding = 'cl100k_base';
SELECT llmnum.estimate_tokens('I''m don''t') AS cl100k_default;
SELECT llmnum.tokens_per_word('I''m don''t') AS tpw_cl100k;
SET llmnum.default_encoding = 'gpt-4o';
SET llmnum.default_encoding = 'nonsense';
RESET llmnum.default_encoding;

-- Long values: no quadratic case, and interrupts are honoured.
SELECT llmnum.count_tokens(repeat('x', 1000000), 'o200k_base') AS one_mb_of_x,
	   llmnum.count_tokens(repeat(' ', 1000000), 'cl100k_base') AS one_mb_of_spaces,
	   llmnum.count_tokens(repeat('ab ', 300000), 'r50k_base') AS many_pieces;
SELECT length(llmnum.truncate_tokens(repeat('word ', 100000), 1000, 'o200k_base')) AS truncated_length;
SELECT count(*) AS chunks, sum(tokens) AS tokens, max(tokens) AS largest
FROM llmnum.chunk_tokens(repeat('word ', 100000), 512, 64, 'o200k_base');
-- One run without a break longer than 16 MiB is refused (54000), not merged.
SELECT llmnum.count_tokens(repeat('y', 16 * 1024 * 1024 + 1), 'o200k_base');
CREATE TEMP TABLE big AS SELECT repeat('many small pieces ', 3000000) AS t;
SET statement_timeout = '20ms';
SELECT llmnum.count_tokens(t, 'o200k_base') FROM big;
RESET statement_timeout;

-- Values as stored: compressed with pglz out of line and in line (read by
-- llmnum's own pglz decoder), with lz4, and not compressed give the same
-- tokens as the same text in memory (body || '' is decompressed by the
-- server).
CREATE TEMP TABLE stored (how text, body text);
ALTER TABLE stored ALTER body SET COMPRESSION pglz;
INSERT INTO stored
SELECT 'pglz, out of line', string_agg(format('%s: Überprüfung 東京 %s, naïve café;', i, md5(i::text)), E'\n')
FROM generate_series(1, 5000) i
UNION ALL
SELECT 'pglz, in line', string_agg(format('row %s of the 東京 café log', i % 7), ' ')
FROM generate_series(1, 400) i
UNION ALL
SELECT 'pglz, runs', repeat(' ', 300000) || 'x' || repeat('ab', 100000) || repeat('é', 5000)
UNION ALL
SELECT 'not compressed', string_agg(md5(i::text), ' ') FROM generate_series(1, 2000) i;
ALTER TABLE stored ALTER body SET COMPRESSION lz4;
INSERT INTO stored
SELECT 'lz4', string_agg(format('%s: Überprüfung 東京 %s;', i, md5(i::text)), E'\n') FROM generate_series(1, 5000) i;
SELECT how, pg_column_compression(body) AS compression,
	   pg_column_size(body) < 2000 AS in_line,
	   llmnum.count_tokens(body, 'o200k_base') AS o200k,
	   llmnum.count_tokens(body, 'o200k_base') = llmnum.count_tokens(body || '', 'o200k_base') AS same_o200k,
	   llmnum.count_tokens(body, 'llama2') = llmnum.count_tokens(body || '', 'llama2') AS same_llama2,
	   llmnum.count_tokens(body, 'qwen2') = llmnum.count_tokens(body || '', 'qwen2') AS same_qwen2,
	   llmnum.tokenize(body, 'cl100k_base') = llmnum.tokenize(body || '', 'cl100k_base') AS same_ids,
	   llmnum.truncate_tokens(body, 1000, 'o200k_base') = llmnum.truncate_tokens(body || '', 1000, 'o200k_base') AS same_cut,
	   llmnum.estimate_tokens(body, 'claude-3-haiku-20240307') = llmnum.estimate_tokens(body || '', 'claude-3-haiku-20240307') AS same_estimate
FROM stored ORDER BY how;
SELECT s.how, count(*) AS chunks, bool_and(c.chunk = d.chunk) AS same_chunks
FROM stored s,
	 LATERAL llmnum.chunk_tokens(s.body, 4096, 0, 'o200k_base') c
	 JOIN LATERAL llmnum.chunk_tokens(s.body || '', 4096, 0, 'o200k_base') d USING (ordinal)
WHERE s.how LIKE 'pglz%'
GROUP BY s.how ORDER BY s.how;

-- The volatility contract: count_tokens_enc can index, count_tokens cannot.
CREATE TEMP TABLE docs (body text);
CREATE INDEX ON docs (llmnum.count_tokens_enc(body, 'o200k_base'));
CREATE INDEX ON docs (llmnum.count_tokens(body, 'o200k_base'));
INSERT INTO docs VALUES ('hello world'), ('I''m don''t');
SELECT body, llmnum.count_tokens_enc(body, 'o200k_base') FROM docs ORDER BY 1;

-- What tokens_per_word records in llmnum.numbers.
SELECT known_issues ~ 'English 1\.150 \(o200k_base\)' AS recorded
FROM llmnum.numbers WHERE key = 'tokens_per_word';

-- The sample prose behind those numbers.
\set prose_en `cat data/tokenizer/corpus/prose_en.txt`
\set prose_fr `cat data/tokenizer/corpus/prose_fr.txt`
SELECT lang, llmnum.count_tokens(t, 'o200k_base') AS o200k, llmnum.count_tokens(t, 'cl100k_base') AS cl100k,
	   llmnum.tokens_per_word(t, 'o200k_base') AS tpw_o200k, llmnum.tokens_per_word(t, 'cl100k_base') AS tpw_cl100k
FROM (VALUES ('en', :'prose_en'), ('fr', :'prose_fr')) AS p(lang, t);

-- Open models: exact ids per encoding, by encoding and by model name (a
-- host id inherits its base model's encoding); a model whose tokenizer is
-- not implemented (Gemma 4) is refused by count_tokens and
-- estimated by estimate_tokens.
SELECT e, llmnum.tokenize('Hello world 12345, 日本語のテキスト!', e) AS ids
FROM unnest(ARRAY['o200k_harmony', 'llama3', 'deepseek_v3', 'qwen2']) AS e;
SELECT llmnum.tokenize('.hasOwnProperty(x) été 1234567', 'deepseek_v3') AS ds,
	   llmnum.detokenize('{0,1}', 'deepseek_v3') AS ds_specials,
	   llmnum.detokenize('{128000,9906,128009}', 'llama3') AS llama_specials,
	   llmnum.detokenize('{200006,200018,201087}', 'o200k_harmony') AS harmony_specials,
	   llmnum.detokenize('{128256,75885,128009}', 'llama3_2_vision') AS vision_specials;
SELECT m, llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', m) AS tokens
FROM unnest(ARRAY['Llama-3.1-70B', 'groq/llama-3.3-70b-versatile', 'DeepSeek-R1',
				  'gpt-oss-120b', 'gpt-4o']) AS m;
SELECT name, encoding FROM llmnum.models
WHERE name IN ('Llama-3.1-70B', 'groq/llama-3.3-70b-versatile', 'DeepSeek-V3', 'azure/deepseek-r1',
			   'gpt-oss-20b', 'Qwen2.5-7B', 'Llama-2-7B', 'groq/deepseek-r1-distill-llama-70b')
ORDER BY name;
-- Meta's Llama 3.x under the hosts' own spellings (Bedrock, Fireworks, Groq,
-- Azure, Together) count with llama3, exactly; Groq's tool-use fine-tune
-- keeps the estimate.
SELECT name, encoding FROM llmnum.models
WHERE name IN ('bedrock/meta.llama3-1-70b-instruct-v1:0', 'bedrock/meta.llama3-2-11b-instruct-v1:0',
			   'fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct',
			   'fireworks_ai/accounts/fireworks/models/llama-v3p2-90b-vision-instruct',
			   'groq/llama3-8b-8192', 'groq/llama3-groq-8b-8192-tool-use-preview',
			   'azure/Meta-Llama-3.1-405B-Instruct', 'together_ai/meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo')
ORDER BY name;
SELECT * FROM llmnum.tokenizer_of('bedrock/us.meta.llama3-3-70b-instruct-v1:0');
-- Llama 4 (Scout, Maverick): a vocabulary of its own (200,000 ranks) with
-- o200k_base's pattern, so other ids than o200k_base's; the open models,
-- their Hugging Face ids and every host's spelling count with llama4.
-- Special-token ids decode; with special_tokens their strings are one id.
SELECT llmnum.tokenize('Hello world 12345, 日本語のテキスト!', 'llama4') AS ids,
	   llmnum.tokenize('Hello world 12345, 日本語のテキスト!', 'o200k_base') AS o200k_ids,
	   llmnum.detokenize('{200000,25681,200008,202047}', 'llama4') AS specials,
	   llmnum.count_tokens('<|begin_of_text|>hi<|eot|>', 'llama4') AS as_text,
	   llmnum.tokenize('<|begin_of_text|>hi<|eot|>', 'llama4', true) AS as_specials;
SELECT llmnum.detokenize('{202048}', 'llama4');
SELECT m, llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', m) AS tokens
FROM unnest(ARRAY['llama4', 'Llama-4-Scout-17B-16E-Instruct',
				  'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
				  'hosted_vllm/meta-llama/Llama-4-Scout-17B-16E-Instruct']) AS m;
SELECT name, encoding FROM llmnum.models
WHERE name ILIKE '%llama-4%' OR name ILIKE '%llama4%' ORDER BY lower(name);
-- phi4 (Phi-4): cl100k_base's ranks, so text counts as with cl100k_base, and
-- its own 96 added tokens; with special_tokens the ids of Microsoft's own
-- Microsoft.ML.Tokenizers test for phi-4 (the padding token <|dummy_85|> is
-- 100349), then the first and last dummies, <|endofprompt|>, and a dummy
-- past the list (ordinary text)
SELECT llmnum.tokenize('<|im_start|>Hello<|im_sep|> World<|im_end|><|dummy_85|>', 'phi4', true),
	   llmnum.detokenize(llmnum.tokenize('<|im_start|>Hello<|im_sep|> World<|im_end|><|dummy_85|>',
										 'phi4', true), 'phi4') AS round_trip;
SELECT llmnum.tokenize('<|dummy_0|><|dummy_87|><|endofprompt|><|dummy_88|>', 'phi4', true);
SELECT llmnum.tokenize('<|im_start|>', 'phi4') = llmnum.tokenize('<|im_start|>', 'cl100k_base')
	   AS specials_are_text_by_default,
	   llmnum.count_tokens(t, 'phi4') = llmnum.count_tokens(t, 'cl100k_base') AS text_as_cl100k,
	   llmnum.count_tokens(t, 'phi4')
FROM (SELECT 'Les chiffres que chaque développeur LLM devrait connaître, 每个开发者都应该知道的数字, '
			 || 'числа, которые должен знать каждый' AS t) x;
SELECT llmnum.detokenize('{100352}', 'phi4');
SELECT m, (llmnum.tokenizer_of(m)).*
FROM unnest(ARRAY['azure/Phi-4', 'azure_ai/Phi-4', 'openrouter/microsoft/phi-4',
				  'azure/Phi-4-mini-instruct', 'Phi-4', 'microsoft/phi-4',
				  'hosted_vllm/microsoft/phi-4', 'deepinfra/microsoft/phi-4']) AS m;
-- Phi-4's architecture (config.json), also under the hosts' ids
SELECT name, base_model, params_total, layers, kv_heads, vocab_size, context_window
FROM llmnum.models WHERE name IN ('Phi-4', 'azure/Phi-4') ORDER BY name;
SELECT (llmnum.gpu_memory('deepinfra/microsoft/phi-4')).weights;
-- outcome of a statement: ok, or its SQLSTATE and message
CREATE FUNCTION pg_temp.outcome(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- Phi-3-small, Phi-4-mini and DeepSeek-V3.1: cl100k_base's, o200k_base's
-- and deepseek_v3's ranks, their own special tokens unknown (an error if
-- asked for, 0A000), text exact; the hosts' ids of them
SELECT m, (llmnum.tokenizer_of(m)).*, llmnum.count_tokens(t, m) AS tokens,
	   llmnum.tokenize(t, m) = llmnum.tokenize(t, ref) AS as_ranks_of,
	   pg_temp.outcome(format('SELECT llmnum.count_tokens(%L, %L, true)', t, m)) AS with_specials
FROM (VALUES ('azure/Phi-3-small-128k-instruct', 'cl100k_base'), ('azure/Phi-4-mini-instruct', 'o200k_base'),
			 ('openrouter/microsoft/phi-4-mini-instruct', 'o200k_base'),
			 ('hosted_vllm/microsoft/Phi-4-mini-instruct', 'o200k_base'),
			 ('DeepSeek-V3.1', 'deepseek_v3'), ('fireworks_ai/accounts/fireworks/models/deepseek-v3p1', 'deepseek_v3'),
			 ('openrouter/deepseek/deepseek-chat-v3.1', 'deepseek_v3'),
			 ('openrouter/deepseek/deepseek-v3.1-terminus', 'deepseek_v3')) AS v(m, ref),
	 (SELECT 'Les chiffres que chaque développeur LLM devrait connaître, 每个开发者都应该知道的数字, '
			 || 'числа: 1234567 <|endoftext|><think>' AS t) x;
-- Phi-4-mini's architecture (config.json), also under the hosts' ids
SELECT name, base_model, params_total, layers, kv_heads, vocab_size, context_window,
	   (llmnum.gpu_memory(name, 'bf16', 4096)).weights = 2 * params_total AS bf16_weights
FROM llmnum.models WHERE name IN ('Phi-4-mini-instruct', 'azure/Phi-4-mini-instruct') ORDER BY name;
SELECT e, pg_temp.outcome(format('SELECT llmnum.detokenize(%L, %L)', ids, e)) AS decode
FROM (VALUES ('phi3_small', '{100255}'), ('phi3_small', '{100257}'), ('phi4_mini', '{199999}'),
			 ('deepseek_v3_1', '{3}'), ('deepseek_v3_1', '{0}')) AS v(e, ids);
-- Every encoding in one backend: special_tokens => true counts with each
-- encoding's list (the special-token index holds them all) or, where the
-- list is unknown, is refused
SELECT e, pg_temp.outcome(format('SELECT llmnum.count_tokens(%L, %L, true)', 'a<|endoftext|>b', e)) AS outcome
FROM unnest(ARRAY['gemma3', 'llama4', 'o200k_harmony', 'deepseek_v3', 'mistral_v2', 'mistral_v3',
				  'gemma2', 'llama3', 'llama3_1', 'llama3_2_vision', 'phi4', 'qwen2', 'qwen2_5', 'qwen3', 'deepseek_r1_qwen', 'cl100k_base', 'o200k_base',
				  'r50k_base', 'p50k_base', 'tekken', 'llama2', 'mistral_v1', 'deepseek_r1_llama',
				  'phi3_small', 'phi4_mini', 'deepseek_v3_1']) AS e;
-- A model the catalog leaves without an encoding (Phi-3.5-MoE) can be
-- mapped by the user with a row that shadows the built-in one, as
-- docs/tokenizer.md shows; the built-in prices stay.
SELECT llmnum.count_tokens('Hello, world!', 'azure/Phi-3.5-MoE-instruct');
BEGIN;
INSERT INTO llmnum.user_models SELECT m.*, current_user FROM llmnum.builtin_models m
WHERE name = 'azure/Phi-3.5-MoE-instruct';
UPDATE llmnum.user_models SET encoding = 'llama2', source = 'user',
	   notes = 'Phi-3.5-MoE: llama2 for text without special tokens'
WHERE name = 'azure/Phi-3.5-MoE-instruct';
SELECT llmnum.count_tokens('Hello, world!', 'azure/Phi-3.5-MoE-instruct') AS tokens,
	   llmnum.gen_cost('azure/Phi-3.5-MoE-instruct', 1000000, 1000000, '2025-09-01') AS usd;
ROLLBACK;
SELECT encoding IS NULL AS unmapped_again FROM llmnum.models WHERE name = 'azure/Phi-3.5-MoE-instruct';
-- DeepSeek-R1's distills: their bases' ranks (text counts and tokenizes as
-- qwen2, NFC included, and as llama3), DeepSeek's added tokens.  The Qwen
-- distills' are known (special_tokens matches <think> and <｜User｜>, not
-- Qwen's <|im_start|>); the Llama distills' are not: asking for them is an
-- error (0A000), and decode knows only the ranks.
SELECT llmnum.tokenize(t, 'deepseek_r1_qwen') = llmnum.tokenize(t, 'qwen2') AS as_qwen2,
	   llmnum.tokenize(t, 'deepseek_r1_llama') = llmnum.tokenize(t, 'llama3') AS as_llama3,
	   llmnum.count_tokens(t, 'deepseek_r1_qwen') AS qwen_distill,
	   llmnum.count_tokens(t, 'deepseek_r1_llama') AS llama_distill
FROM (SELECT E'Les chiffres que chaque de\u0301veloppeur LLM devrait connaître, 每个开发者都应该知道的数字, '
			 || 'числа, которые должен знать каждый: 1234567 <think>' AS t) x;
SELECT t, llmnum.tokenize(t, 'deepseek_r1_qwen', true) AS special_ids,
	   llmnum.count_tokens(t, 'deepseek_r1_qwen', true) AS special_count,
	   llmnum.count_tokens(t, 'deepseek_r1_qwen') AS as_text
FROM (VALUES ('<｜begin▁of▁sentence｜><｜User｜>2+2?<｜Assistant｜><think>'),
			 ('<|im_start|>user<|im_end|>'), ('<tool_call></tool_call><|file_sep|>')) AS v(t);
SELECT llmnum.detokenize('{151646,151644,17,10,17,30,151645,151648}', 'deepseek_r1_qwen') AS chat;
SELECT pg_temp.outcome($$SELECT llmnum.detokenize('{151665}', 'deepseek_r1_qwen')$$);
-- Llama 3.2 Vision's <|image|> (128256) is past llama3_1's ids; the
-- vision models' hosts' ids count it as one token
SELECT pg_temp.outcome($$SELECT llmnum.detokenize('{128256}', 'llama3_1')$$) AS no_image_token;
SELECT m, (llmnum.tokenizer_of(m)).encoding, llmnum.count_tokens('<|image|>What is in it?', m, true) AS tokens
FROM unnest(ARRAY['groq/llama-3.2-90b-vision-preview', 'fireworks_ai/accounts/fireworks/models/llama-v3p2-11b-vision-instruct',
				  'openrouter/meta-llama/llama-3.2-11b-vision-instruct:free', 'azure/Llama-3.2-90B-Vision-Instruct',
				  'bedrock/us.meta.llama3-2-90b-instruct-v1:0', 'bedrock/us.meta.llama3-2-3b-instruct-v1:0',
				  'Llama-3.2-3B-Instruct', 'hosted_vllm/meta-llama/Llama-3.2-11B-Vision-Instruct',
				  'ollama/llama3.2-vision:11b-instruct-q4_K_M']) AS m;
-- The 11B's architecture: the KV cache of its 32 self-attention layers
-- (8 KV heads of 128), 8,192 tokens in bf16: 32 * 2 * 8 * 128 * 2 * 8192
SELECT name, base_model, params_total, layers, (llmnum.gpu_memory(name, 'bf16', 8192)).kv_cache
FROM llmnum.models WHERE name IN ('Llama-3.2-11B-Vision-Instruct', 'azure/Llama-3.2-11B-Vision-Instruct')
ORDER BY name;
SELECT q, pg_temp.outcome(q)
FROM unnest(ARRAY[$$SELECT llmnum.count_tokens('<think>', 'deepseek_r1_llama', true)$$,
				  $$SELECT llmnum.tokenize('x', 'DeepSeek-R1-Distill-Llama-70B', true)$$,
				  $$SELECT llmnum.count_tokens('x', 'groq/deepseek-r1-distill-llama-70b', false)$$,
				  $$SELECT llmnum.detokenize('{128000}', 'deepseek_r1_llama')$$,
				  $$SELECT llmnum.detokenize('{127999}', 'deepseek_r1_llama') = llmnum.detokenize('{127999}', 'llama3')$$]) AS q;
SELECT m, (llmnum.tokenizer_of(m)).*, llmnum.count_tokens('Bonjour, le monde !', m) AS tokens
FROM unnest(ARRAY['DeepSeek-R1-Distill-Qwen-1.5B', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B',
				  'openrouter/deepseek/deepseek-r1-distill-qwen-14b:free', 'DeepSeek-R1-Distill-Llama-8B',
				  'groq/deepseek-r1-distill-llama-70b', 'nscale/deepseek-ai/DeepSeek-R1-Distill-Llama-70B',
				  'ollama/deepseek-r1:32b', 'ollama/deepseek-r1:70b-llama-distill-q4_K_M']) AS m;
-- llama.cpp's tokenizer fingerprints: convert_hf_to_gguf.py
-- (get_vocab_base_pre) encodes one test string of white space runs, emoji,
-- digit runs, Khmer, Chinese, Bulgarian, punctuation runs and contractions
-- with each model's Hugging Face tokenizer (its BOS included where it adds
-- one) and keeps the SHA-256 of Python's str() of the ids; the ids of
-- llmnum's encodings give the same hashes (Llama 4: its tokenizer.json, not
-- only Meta's tiktoken file, agrees).
WITH chk AS (SELECT convert_from(decode(
	'0a200a0a200a0a0a200920090920090a20200a2020200a202020200a20202020200af09f9a8020286e6f726d616c2920'
	'f09f98b6e2808df09f8cabefb88f20286d756c7469706c6520656d6f6a697320636f6e636174656e617465642920e29c'
	'8520f09fa699f09fa6992033203333203333332033333333203333333333203333333333332033333333333333203333'
	'33333333333320332e3320332e2e3320332e2e2e3320e19e80e19eb6e19e93e19f8be19e8fe19f82e19e96e19eb7e19e'
	'9fe19f81e19e9fe19ea2e19eb6e19e85f09f9881203fe68891e683b3e59ca86170706c65e5b7a5e4bd9c313331343135'
	'31e5a4a9efbd9e202d2d2d2d2d2d3d3d3d3d3d3d3d20d0bdd0b5d189d0be20d0bdd0b020d091d18ad0bbd0b3d0b0d180'
	'd181d0bad0b82027272727272760606060606060222222222e2e2e2e2e2e2121212121213f3f3f3f3f3f204927766520'
	'6265656e2027746f6c6420686527732074686572652c2027524520796f7520737572653f20274d206e6f742073757265'
	'2049276c6c206d616b652069742c20274420796f75206c696b6520736f6d65207465613f2057652756652061276c4c', 'hex'), 'UTF8') AS t)
SELECT e, llamacpp_name,
	   left(encode(sha256(convert_to('[' || array_to_string(bos || llmnum.tokenize(t, e), ', ') || ']',
									 'UTF8')), 'hex'), 16) AS sha256_prefix,
	   encode(sha256(convert_to('[' || array_to_string(bos || llmnum.tokenize(t, e), ', ') || ']',
								'UTF8')), 'hex') = h AS equal
FROM chk, (VALUES
	('llama4', 'llama4', '{200000}'::integer[], 'd353350c764d8c3b39c763113960e4fb4919bea5fbf208a0e3b22e8469dc7406'),
	('llama3', 'llama-bpe', '{128000}', '0ef9807a4087ebef797fc749390439009c3b9eda9ad1a097abbe738f486c01e5'),
	('o200k_base', 'gpt-4o', '{}', 'ccc2ef013c104be7bae2965776d611e1d7a8a2a9c547dd93a682c9a9fc80352e'),
	('cl100k_base', 'dbrx', '{}', 'a8594e3edff7c29c003940395316294b2c623e09894deebbc65f33f1515df79e'),
	('deepseek_v3', 'deepseek-v3', '{0}', '877081d19cf6996e2c4ff0e1236341e9b7bde288f5311a56a937f0afbbb3aeb5'),
	('qwen2', 'qwen2', '{}', 'e636dc30a262dcc0d8c323492e32ae2b70728f4df7dfe9737d9f920a282b8aea')
) AS v(e, llamacpp_name, bos, h);
SELECT llmnum.count_tokens('x', 'openrouter/google/gemma-4-31b-it');
SELECT llmnum.detokenize('{201088}', 'o200k_harmony');

-- qwen2 (Qwen2, Qwen2.5, Qwen3): the text is normalized to NFC first, as
-- Qwen's tokenizer does, so decomposed and composed text count the same,
-- U+2000 is U+2002 and Hangul jamo join into syllables; PostgreSQL's own
-- normalize() agrees.  Special-token strings are ordinary text; their ids
-- decode.
SELECT llmnum.tokenize('Hello world 12345', 'qwen2') AS ids,
	   llmnum.tokenize(E'cafe\u0301', 'qwen2') AS decomposed,
	   llmnum.tokenize(E'caf\u00e9', 'qwen2') AS composed,
	   llmnum.tokenize(E'\u2000x', 'qwen2') AS u2000,
	   llmnum.tokenize(E'\u2002x', 'qwen2') AS u2002;
SELECT name, t, llmnum.count_tokens(t, 'qwen2') AS tokens,
	   llmnum.count_tokens(t, 'qwen2') = llmnum.count_tokens(normalize(t, NFC), 'qwen2') AS same_as_pg_nfc,
	   llmnum.detokenize(llmnum.tokenize(t, 'qwen2'), 'qwen2') = normalize(t, NFC) AS round_trip_is_nfc,
	   llmnum.count_tokens(t, 'o200k_base') AS o200k
FROM (VALUES ('combining', E'e\u0301te\u0301 A\u030a\u0301'),
			 ('reordered', E'a\u0302\u0323 a\u0323\u0302'),
			 ('jamo', E'\u1100\u1161\u11a8 \uac00\u11a8'),
			 ('singletons', E'\u212b \u2126 \u0958 \u2000'),
			 ('lone mark', E'\u0301x'),
			 ('specials', '<|endoftext|><|im_start|><think>'),
			 ('empty', '')) AS v(name, t)
ORDER BY name;
SELECT llmnum.detokenize('{151643,151644,151668}', 'qwen3') AS specials;
-- With special_tokens, the specials are found in the text as written and
-- the text between them is normalized on its own, as in the references:
-- "<think>" + U+0338 stays "<think>" (NFC of the whole would join ">" and
-- U+0338 into U+226F).
SELECT t, llmnum.tokenize(t, 'qwen3', true) AS special_ids,
	   llmnum.count_tokens(t, 'qwen3', true) AS special_count,
	   llmnum.count_tokens(t, 'qwen3', false) = llmnum.count_tokens(t, 'qwen3') AS false_is_default
FROM (VALUES (E'<think>\u0338x'), (E'a<|im_start|>e\u0301<|im_end|>\u0301'), (E'e\u0301'),
			 ('<|endoftext|>'), ('')) AS v(t);
-- One vocabulary, three generations of added tokens: Qwen2's 3, Qwen2.5's
-- 22 (a tool result's <tool_response> is text to Qwen2.5), Qwen3's 26
SELECT e, llmnum.tokenize(t, e, true) AS special_ids, llmnum.count_tokens(t, e, true) AS special_count,
	   llmnum.count_tokens(t, e) AS as_text
FROM unnest(ARRAY['qwen2', 'qwen2_5', 'qwen3']) AS e,
	 (SELECT '<|im_start|><tool_call><tool_response>ok</tool_response><think>' AS t) x;
SELECT e, pg_temp.outcome(format('SELECT llmnum.detokenize(%L, %L)', ids, e)) AS decode
FROM (VALUES ('qwen2', '{151645}'), ('qwen2', '{151646}'), ('qwen2_5', '{151664}'),
			 ('qwen2_5', '{151665}'), ('qwen3', '{151668}'), ('qwen3', '{151669}')) AS v(e, ids);
SELECT m, llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', m) AS tokens
FROM unnest(ARRAY['qwen2', 'qwen2_5', 'qwen3', 'Qwen2.5-72B', 'openrouter/qwen/qwen3-32b', 'groq/qwen-qwq-32b']) AS m;
SELECT name, encoding FROM llmnum.models
WHERE name IN ('openrouter/qwen/qwen-2.5-72b-instruct', 'openrouter/qwen/qwen3-235b-a22b-2507',
			   'together_ai/Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8', 'openrouter/qwen/qwen3-vl-8b-instruct',
			   'openrouter/qwen/qwen2.5-vl-72b-instruct', 'openrouter/qwen/qwen-max',
			   'openrouter/qwen/qwen3-max', 'openrouter/qwen/qwen3.5-27b',
			   'openrouter/deepseek/deepseek-r1-distill-qwen-32b')
ORDER BY name;
-- Whole corpus files in decomposed form (NFD) count as the composed files.
\set ko `cat data/tokenizer/corpus/ko.txt`
\set fr `cat data/tokenizer/corpus/fr.txt`
\set ar_hi `cat data/tokenizer/corpus/ar_hi.txt`
SELECT lang, llmnum.count_tokens(t, 'qwen2') AS tokens,
	   llmnum.count_tokens(normalize(t, NFD), 'qwen2') AS nfd_tokens,
	   length(normalize(t, NFD)) > length(t) AS nfd_differs
FROM (VALUES ('ko', :'ko'), ('fr', :'fr'), ('ar_hi', :'ar_hi')) AS p(lang, t)
ORDER BY lang;
-- truncate_tokens: text that fits comes back as it is; a cut one is a
-- prefix of its NFC form.  chunk_tokens: pieces of the NFC form.
SELECT llmnum.truncate_tokens(E'cafe\u0301 cafe\u0301', 100, 'qwen2') = E'cafe\u0301 cafe\u0301' AS fits_unchanged,
	   llmnum.truncate_tokens(E'cafe\u0301 cafe\u0301 cafe\u0301', 2, 'qwen2') = E'caf\u00e9' AS cut_is_nfc,
	   llmnum.count_tokens(llmnum.truncate_tokens(repeat(E'e\u0301 ', 50), 7, 'qwen2'), 'qwen2') AS cut_tokens;
SELECT ordinal, chunk, tokens
FROM llmnum.chunk_tokens(E'cafe\u0301 \u1100\u1161 x', 2, 0, 'qwen2');

-- encoding_known(): the encodings of this library, any case; it is the
-- CHECK of the models' encoding column, so a user model naming an unknown
-- encoding is refused (23514) and one naming a known encoding counts.
SELECT e, llmnum.encoding_known(e) AS known
FROM unnest(ARRAY['o200k_base', 'O200K_Base', 'llama3', 'deepseek_v3', 'gpt-4o', 'o200k',
				  'o200k_base ', '', 'é', NULL]) AS e;
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source, as_of)
VALUES ('in-house-tok', 'acme', 'chat', 'o201k_base', 'test', '2026-01-01');
INSERT INTO llmnum.user_models (name, provider, kind, encoding, source, as_of)
VALUES ('in-house-tok', 'acme', 'chat', 'llama3', 'test', '2026-01-01');
SELECT llmnum.count_tokens('hello world 12345', 'in-house-tok') AS user_model_tokens;
DELETE FROM llmnum.user_models WHERE name = 'in-house-tok';

-- Mistral Tekken: ids are ranks + 1000 (ids 0-999 are special tokens);
-- single digits, no contractions.  'Hello, how are you?' and 'Plz tekkenize
-- me' are mistral-common's documented examples (Mistral Small 3.1 and
-- Devstral Small tokenizers), 'SYSTEM\n\nc' its test of tekken_240718.
SELECT t, llmnum.tokenize(t, 'tekken') AS ids
FROM unnest(ARRAY['Hello, how are you?', 'Plz tekkenize me', E'SYSTEM\n\nc', 'I''m 12345 don''t',
				  'Hello world 12345, 日本語のテキスト!', '', ' ', E'\u0660\u0661 ²']) AS t;
SELECT llmnum.count_tokens(repeat('9', 1000), 'tekken') AS digits,
	   llmnum.count_tokens(repeat('9', 1000), 'o200k_base') AS o200k_digits,
	   llmnum.detokenize('{1,22177,1044,2606,1584,1636,1063,2}', 'tekken') AS with_specials,
	   llmnum.detokenize('{0,3,4,5,6,7,8,9}', 'tekken') AS specials,
	   llmnum.detokenize(llmnum.tokenize('Ça coûte 12,5 € — 日本語 🙂', 'tekken'), 'tekken') AS round_trip;
SELECT llmnum.detokenize('{10}', 'tekken');
SELECT llmnum.detokenize('{131072}', 'tekken');
SELECT m, llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', m) AS tokens
FROM unnest(ARRAY['open-mistral-nemo', 'pixtral-12b-2409', 'ministral-8b-2410', 'mistral-small-2501',
				  'mistral-small-2503', 'azure/mistral-small-2503', 'mistral-small-2506']) AS m;
SELECT name, encoding FROM llmnum.models
WHERE name IN ('open-mistral-nemo', 'mistral-small-2409', 'mistral-small-latest', 'ministral-8b-latest',
			   'ministral-3b-2410', 'mistral-large-2411', 'pixtral-large-2411', 'codestral-2501',
			   'open-mistral-7b')
ORDER BY name;
SELECT llmnum.count_tokens('x', 'mistral-small-latest');
-- The same models under the hosts' own spellings count with tekken too;
-- unversioned ids of families whose December 2025 models were not checked
-- (ministral-8b, devstral-small) and @latest aliases keep NULL.
SELECT name, encoding FROM llmnum.models
WHERE name IN ('mistral-nemo', 'open-mistral-nemo-2407', 'azure/mistral-nemo', 'vertex_ai/mistral-nemo@2407',
			   'vertex_ai/mistral-nemo@latest', 'openrouter/mistralai/mistral-nemo:free', 'pixtral-12b',
			   'openrouter/mistralai/pixtral-12b', 'mistral-small-3.1-24b-instruct',
			   'openrouter/mistralai/mistral-small-3.2-24b-instruct', 'vertex_ai/mistral-small-2503@001',
			   'openrouter/mistralai/mistral-small-24b-instruct-2501', 'devstral-small-2505',
			   'devstral-small-2507', 'devstral-small', 'ministral-8b', 'openrouter/mistralai/ministral-8b-2512')
ORDER BY name;
SELECT m, llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', m) AS tokens
FROM unnest(ARRAY['mistral-nemo', 'openrouter/mistralai/mistral-nemo', 'vertex_ai/mistral-nemo@2407',
				  'mistral/open-mistral-nemo-2407', 'mistralai/mistral-small-3.1-24b-instruct']) AS m;
SELECT llmnum.count_tokens('x', 'openrouter/mistralai/devstral-small');
SELECT e, llmnum.encoding_known(e) AS known FROM unnest(ARRAY['tekken', 'TEKKEN', 'tekken_240718']) AS e;

-- tokenizer_of(): what estimate_tokens counts with, exact or estimate
SELECT n, t.encoding, t.exact, llmnum.estimate_tokens('Les chiffres que chaque développeur LLM devrait connaître 12345', n) AS estimate
FROM unnest(ARRAY['gpt-4o', 'GPT-4o', 'o200k_base', 'Llama-3.1-70B', 'claude-sonnet-4-5-20250929',
				  'gemini-2.5-pro', 'text-embedding-3-small']) AS n,
	 llmnum.tokenizer_of(n) AS t;
SELECT llmnum.tokenizer_of(NULL) IS NULL AS null_in_null_out;
SELECT * FROM llmnum.tokenizer_of('gpt-4o-typo');
SELECT * FROM llmnum.tokenizer_of('');

-- special_tokens => true: each special-token string is its one special
-- token (ids from npm tiktoken 1.0.22 encode(text, 'all') and, for llama3
-- and deepseek_v3, the models' tokenizer.json); false is the two-argument
-- form.  Cut-off specials stay text.
SELECT t, e, llmnum.tokenize(t, e, true) AS ids, llmnum.count_tokens(t, e, true) AS n,
	   llmnum.count_tokens(t, e, false) = llmnum.count_tokens(t, e) AS false_is_plain,
	   llmnum.count_tokens(t, e) AS ordinary
FROM (VALUES ('hello<|endoftext|>world', 'cl100k_base'),
			 (E'<|fim_prefix|>def f():<|fim_suffix|>\n<|fim_middle|>', 'gpt-4'),
			 ('a <|endoftext|', 'cl100k_base'),
			 ('<|endoftext|><|endoftext|>', 'cl100k_base'),
			 (' <|endofprompt|> ', 'cl100k_base'),
			 ('hello<|endoftext|>world', 'o200k_base'),
			 (E'<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi!<|eot_id|>', 'Llama-3.1-8B'),
			 ('x<|reserved_special_token_250|>y', 'llama3'),
			 -- Llama 3.1's tool call markers: special in llama3_1 only, and
			 -- reserved_special_token_250 is past llama3_1's last (_247)
			 ('<|python_tag|>{"name": "f"}<|eom_id|>', 'llama3'),
			 ('<|python_tag|>{"name": "f"}<|eom_id|>', 'Llama-3.3-70B-Instruct'),
			 ('x<|reserved_special_token_250|>y<|reserved_special_token_2|>', 'llama3_1'),
			 -- Llama 3.2 Vision's image placeholder: a special token only to
			 -- the vision models (Bedrock's 11B is one)
			 ('<|image|>Describe this image.<|eot_id|>', 'llama3_1'),
			 ('<|image|>Describe this image.<|eot_id|>', 'bedrock/meta.llama3-2-11b-instruct-v1:0'),
			 ('<｜begin▁of▁sentence｜>Hello<｜end▁of▁sentence｜>', 'deepseek_v3'),
			 ('<｜User｜>1+1?<｜Assistant｜>', 'DeepSeek-R1'),
			 ('', 'cl100k_base'),
			 ('no specials here', 'cl100k_base')) AS v(t, e);
SELECT llmnum.detokenize(llmnum.tokenize('hello<|endoftext|>world', 'cl100k_base', true), 'cl100k_base') AS round_trip;
SELECT llmnum.count_tokens('x', 'cl100k_base', NULL) IS NULL AS strict,
	   llmnum.tokenize(NULL, 'cl100k_base', true) IS NULL AS strict_tokenize;
SELECT llmnum.count_tokens('<|endoftext|>', 'claude-sonnet-4-5-20250929', true);
SELECT llmnum.count_tokens(repeat('<|endoftext|>', 100000), 'cl100k_base', true) AS many_specials,
	   llmnum.count_tokens(repeat('a<', 500000), 'cl100k_base', true)
	   = llmnum.count_tokens(repeat('a<', 500000), 'cl100k_base') AS lookalikes_are_text;

-- A database in another encoding: text goes to the engine as UTF-8 and
-- text results come back in the database encoding.
CREATE DATABASE llmnum_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c llmnum_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION llmnum CASCADE;
SELECT llmnum.count_tokens('Les chiffres que chaque développeur', 'o200k_base') AS o200k,
	   llmnum.tokenize('ça', 'cl100k_base') AS ids,
	   llmnum.detokenize(llmnum.tokenize('ça coûte', 'cl100k_base'), 'cl100k_base') AS round_trip,
	   llmnum.truncate_tokens('Qu''est-ce qu''un développeur ?', 5, 'o200k_base') AS truncated,
	   llmnum.tokens_per_word('Les chiffres que chaque développeur', 'o200k_base') AS tpw;
SELECT * FROM llmnum.chunk_tokens('Où est la bibliothèque ? Là-bas, près de l''église.', 4, 1, 'o200k_base');
\c contrib_regression
DROP DATABASE llmnum_latin1;
