-- SentencePiece encodings (llama2: Llama 2, Phi-3 mini/medium; mistral_v1:
-- Mistral 7B v0.1/v0.2, Mixtral 8x7B; mistral_v3: Mistral 7B v0.3, Mixtral
-- 8x22B): exact ids, model names, every token
-- function, edge cases.  The corpus rows are checked in tokenizer.sql.
\set VERBOSITY terse

-- Published vectors (Microsoft.ML.Tokenizers' Llama tests, run on the
-- models' tokenizer.model; their leading 1 is the BOS, which llmnum does
-- not add): "Hello, world!", newlines and a carriage return as byte
-- pieces, an emoji that Llama 2 spells in bytes and Mistral has whole.
SELECT e, llmnum.tokenize('Hello, world!', e) AS hello,
	   llmnum.tokenize(E'\nHello\n\rWorld!\n', e) AS newlines,
	   llmnum.tokenize('This is 👍, an emoji.', e) AS emoji
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e;

-- The normalizer prepends one "▁" and turns spaces into "▁": empty text
-- has no token, a lone space is "▁▁", leading and repeated spaces merge
-- into whitespace pieces, "▁" itself reads as a space, tabs stay tabs.
SELECT e, llmnum.tokenize('', e) AS empty, llmnum.tokenize(' ', e) AS space,
	   llmnum.tokenize('  lead', e) AS lead, llmnum.tokenize('a   b', e) AS run,
	   llmnum.tokenize('a▁b', e) = llmnum.tokenize('a b', e) AS mark_is_space,
	   llmnum.tokenize(E'\ttab', e) AS tab
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e;

-- Special-token strings are ordinary text (no BOS/EOS ids from text).
SELECT e, llmnum.tokenize('<s>hi</s>', e) AS specials_as_text,
	   llmnum.count_tokens('<unk>', e) AS unk
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e;

-- Non-ASCII: pieces where the vocabulary has them, byte pieces (<0xXX>,
-- ids 3-258) for the rest, one per UTF-8 byte.
SELECT e, llmnum.tokenize('été 東京 🦙', e) AS ids,
	   llmnum.count_tokens('🦙🦙🦙', e) AS llamas
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e;

-- detokenize: "▁" back to spaces, byte pieces reassembled, the prepended
-- space dropped; control pieces as their names; a byte sequence that is
-- not UTF-8 and an unknown id are errors.
SELECT e, llmnum.detokenize(llmnum.tokenize(t, e), e) = t AS round_trip
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e,
	 unnest(ARRAY['Hello, world!', '  lead and trail  ', E'\n\r\t', 'été 東京 🦙 👍',
				  '<s>x</s>', ' ', '']) AS t
ORDER BY e, t;
SELECT llmnum.detokenize('{1,15043,2}', 'llama2') AS with_controls,
	   llmnum.detokenize('{29871,243,162,169,156}', 'llama2') AS bytes,
	   llmnum.detokenize('{3186}', 'llama2') AS one_word,
	   llmnum.detokenize('{}', 'mistral_v1') AS nothing;
SELECT llmnum.detokenize('{243,162}', 'llama2');
SELECT llmnum.detokenize('{32000}', 'llama2');
SELECT llmnum.detokenize('{-1}', 'mistral_v1');

-- Model names: the catalog's encoding (host ids through their base model,
-- family or id); Mistral 7B v0.3 and Mixtral 8x22B (32,768 pieces) have
-- mistral_v3.  Phi-3 mini/medium and Phi-3.5 mini, 4k or 128k, share one
-- tokenizer; Phi-3-small is tiktoken-based (phi3_small: cl100k_base's
-- ranks), Phi-4 has phi4, Phi-3.5-MoE none.
SELECT name, encoding FROM llmnum.models
WHERE name IN ('Llama-2-7B', 'Llama-2-70B', 'Mistral-7B-v0.1', 'Mixtral-8x7B-v0.1',
			   'Phi-3-mini-4k-instruct', 'azure/Phi-3-mini-4k-instruct',
			   'azure/Phi-3-mini-128k-instruct', 'openrouter/microsoft/phi-3-medium-128k-instruct',
			   'azure/Phi-3.5-mini-instruct', 'openrouter/microsoft/phi-3.5-mini-128k-instruct',
			   'azure/Phi-3-small-8k-instruct', 'azure/Phi-3.5-MoE-instruct', 'azure/Phi-4',
			   'bedrock/meta.llama2-70b-chat-v1', 'groq/mixtral-8x7b-32768',
			   'Mistral-7B-v0.3', 'Mixtral-8x22B-v0.1')
ORDER BY name;
SELECT m, llmnum.count_tokens('Les chiffres que chaque développeur LLM devrait connaître', m) AS tokens
FROM unnest(ARRAY['Llama-2-7B', 'llama-2-70b', 'Phi-3-mini-4k-instruct', 'azure_ai/Phi-3.5-mini-instruct',
				  'bedrock/meta.llama2-13b-chat-v1', 'Mistral-7B-v0.1', 'Mixtral-8x7B-v0.1',
				  'groq/mixtral-8x7b-32768', 'LLAMA2', 'Mistral_V1']) AS m;
SELECT e, llmnum.encoding_known(e) AS known
FROM unnest(ARRAY['llama2', 'MISTRAL_V1', 'mistral_v2', 'mistral_v3', 'mistral', 'llama-2']) AS e;

-- mistral_v3 (Mistral 7B v0.3, Mixtral 8x22B): v0.1's pieces and merges
-- with 768 control pieces at ids 3-770, so the same counts and ids 768
-- higher from 3 on; "Hello world!" is 23325, 2294, 29576 as in Mistral's
-- own examples.  Which models use it, and which keep the estimate.
SELECT llmnum.tokenize('Hello world!', 'mistral_v3') AS v3, llmnum.tokenize('Hello world!', 'mistral_v1') AS v1;
SELECT t, llmnum.count_tokens(t, 'mistral_v3') = llmnum.count_tokens(t, 'mistral_v1') AS same_count,
	   llmnum.tokenize(t, 'mistral_v3') = ARRAY(SELECT CASE WHEN i >= 3 THEN i + 768 ELSE i END
											 FROM unnest(llmnum.tokenize(t, 'mistral_v1')) i) AS shifted,
	   llmnum.detokenize(llmnum.tokenize(t, 'mistral_v3'), 'mistral_v3') = t AS round_trip
FROM unnest(ARRAY['Les chiffres que chaque développeur LLM devrait connaître',
				  '東京の天気は晴れです。 🦙 x=42;', '[INST] hi [/INST]', '  two  spaces ', '']) AS t;
SELECT llmnum.detokenize(ARRAY[1, 3, 23325, 2294, 29576, 4, 2], 'mistral_v3') AS with_controls,
	   llmnum.tokenize('[INST] Hello world! [/INST]', 'mistral_v3', true) AS specials,
	   llmnum.count_tokens('[control_12][INST]', 'mistral_v3', true) AS two_specials,
	   llmnum.count_tokens('[control_8]', 'mistral_v3', true) AS not_in_v3;
SELECT llmnum.detokenize('{32768}', 'mistral_v3');
-- mistral_v2 (Mistral Large and Small 24.02): the same ids for text, other
-- names for control pieces 10-770
SELECT llmnum.tokenize('東京の天気は晴れです。 Hello world!', 'mistral_v2') =
	   llmnum.tokenize('東京の天気は晴れです。 Hello world!', 'mistral_v3') AS same_ids,
	   llmnum.detokenize('{3,10,770}', 'mistral_v2') AS v2_controls,
	   llmnum.detokenize('{3,10,770}', 'mistral_v3') AS v3_controls,
	   llmnum.count_tokens('[control_8]', 'mistral_v2', true) AS v2_special,
	   llmnum.count_tokens('[control_8]', 'mistral_v3', true) AS v3_text;
SELECT name, encoding FROM llmnum.models
WHERE name IN ('Mistral-7B-v0.3', 'Mixtral-8x22B-v0.1', 'open-mixtral-8x22b', 'open-mixtral-8x7b',
			   'open-mistral-7b', 'mistral-tiny', 'together_ai/mistralai/Mistral-7B-Instruct-v0.2',
			   'together_ai/mistralai/Mixtral-8x22B-Instruct-v0.1', 'bedrock/mistral.mistral-7b-instruct-v0:2',
			   'openrouter/mistralai/mistral-7b-instruct', 'openrouter/cognitivecomputations/dolphin-mixtral-8x22b',
			   'mistral-large-2402', 'bedrock/mistral.mistral-small-2402-v1:0', 'mistral-large-2407',
			   'mistral-large-2411', 'mistral-embed')
ORDER BY name;
-- open-mistral-7b: v3 as mistral-common maps the alias; what it served
-- before (v0.1, v0.2) counts the same, so a log of any date counts exactly.
SELECT * FROM llmnum.tokenizer_of('open-mistral-7b');
SELECT llmnum.count_tokens(t, 'open-mistral-7b') AS api_id,
	   llmnum.count_tokens(t, 'mistral_v1') AS v1,
	   llmnum.count_tokens(t, 'mistral_v3') AS v3,
	   llmnum.tokenize(t, 'open-mistral-7b') = llmnum.tokenize(t, 'mistral_v3') AS v3_ids
FROM (VALUES ('Bonjour, le monde ! 東京 [INST] 12345'), ('')) AS v(t);

-- truncate_tokens and chunk_tokens cut on token boundaries that are
-- character boundaries; the first token carries the prepended space.
SELECT k, llmnum.truncate_tokens('Hello, world! 🦙 done', k, 'llama2') AS prefix
FROM generate_series(0, 8) AS k;
SELECT * FROM llmnum.chunk_tokens('The sun dipped below the horizon, casting a warm golden hue.', 5, 1, 'mistral_v1');
SELECT llmnum.tokens_per_word('The sun dipped below the horizon, casting a warm golden hue.', 'llama2') AS tpw_llama2,
	   llmnum.tokens_per_word('The sun dipped below the horizon, casting a warm golden hue.', 'Mistral-7B-v0.1') AS tpw_mistral;

-- Long inputs: a megabyte without a space is one word (merged by key
-- buckets), whitespace runs, CJK without spaces.
SELECT e, llmnum.count_tokens(repeat('x', 1000000), e) AS x_1mb,
	   llmnum.count_tokens(repeat(' ', 1000000), e) AS spaces_1mb,
	   llmnum.count_tokens(repeat('ab', 500000), e) AS ab_1mb,
	   llmnum.count_tokens(repeat('中', 333334), e) AS cjk_1mb,
	   llmnum.count_tokens(repeat('Hello world. ', 80000), e) AS english_1mb
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e;
SELECT sum(tokens) = llmnum.count_tokens(repeat('abc ', 30000), 'llama2') AS chunks_add_up
FROM llmnum.chunk_tokens(repeat('abc ', 30000), 1000, 0, 'llama2');

-- special_tokens => true: <unk>, <s>, </s> are their ids and the text
-- between them is tokenized on its own, with its own prepended "▁", as the
-- models' tokenizer.json does (ids from it, with its added tokens).
SELECT e, t, llmnum.tokenize(t, e, true) AS ids, llmnum.count_tokens(t, e, true) AS n
FROM unnest(ARRAY['llama2', 'mistral_v1']) AS e,
	 unnest(ARRAY['<s>Hello</s> world<unk>', 'a<s>b', ' <s> x', 'Hello <s> there</s>', '']) AS t
ORDER BY e, t;

-- Gemma 2 and Gemma 3: no "▁" prepended; the added pieces (newline runs,
-- runs of "▁", HTML tags, <unusedN>) are matched in the text before
-- merging, so "\n\n" is one token and "<table>" too; special-token strings
-- are text unless special_tokens => true.  Ids from Hugging Face's
-- tokenizer.json (@lenml/tokenizers and @huggingface/tokenizers agree).
SELECT e, llmnum.tokenize('Hello world', e) AS hello,
	   llmnum.tokenize('a    b<table><tr>', e) AS html,
	   llmnum.tokenize(E'x\n\n\ny', e) AS newlines,
	   llmnum.tokenize('é', e) AS e_acute,
	   llmnum.count_tokens('<start_of_turn>user', e) AS as_text,
	   llmnum.count_tokens('<start_of_turn>user', e, true) AS special
FROM unnest(ARRAY['gemma2', 'gemma3']) AS e;
SELECT e, llmnum.tokenize(E'  Numbers every LLM developer should know\n\t- 東京, naïve café: 1,234 €', e)
FROM unnest(ARRAY['gemma2', 'gemma3']) AS e;
-- Decoding gives the text back, but "▁" itself comes back as a space (as
-- Hugging Face decodes it); runs of newlines and spaces are at most 31.
SELECT e, llmnum.detokenize(llmnum.tokenize(t, e), e) = t AS round_trip,
	   llmnum.detokenize(llmnum.tokenize('▁▁x', e), e) AS literal_u2581,
	   llmnum.count_tokens('', e) AS empty, llmnum.count_tokens(NULL, e) AS null_text,
	   llmnum.count_tokens(repeat(E'\n', 100), e) AS newline_runs,
	   llmnum.count_tokens(repeat(' ', 100), e) AS space_runs
FROM unnest(ARRAY['gemma2', 'gemma3']) AS e,
	 (VALUES (E' <h1>Titre</h1>\n\n\tcafé <unused0>  x 🦙')) AS v(t);
SELECT llmnum.detokenize('{2,106,169,255999}', 'gemma2') AS gemma2_pieces,
	   llmnum.detokenize('{256000,262143}', 'gemma3') AS gemma3_pieces;
-- Gemma 3's <image_soft_token> (id 262144, after the model's vocabulary;
-- an image in a prompt) is a special token like <start_of_image>: ids of
-- Hugging Face's tokenizer with special tokens matched.
SELECT llmnum.tokenize('a<start_of_image><image_soft_token><image_soft_token><end_of_image>b',
					   'gemma3', special_tokens => true) AS with_specials,
	   llmnum.count_tokens('<image_soft_token>', 'gemma3') AS as_text,
	   llmnum.detokenize('{262144}', 'gemma3') AS image_token;
SELECT llmnum.detokenize('{262145}', 'gemma3');
SELECT llmnum.count_tokens('<image_soft_token>', 'gemma2', true) AS gemma2_has_none;
SELECT name, encoding FROM llmnum.models
WHERE name IN ('gemma-2-9b', 'gemini-gemma-2-27b-it', 'groq/gemma2-9b-it', 'openrouter/google/gemma-2-9b-it:free',
			   'gemma-3-1b-it', 'gemma-3-27b-it',
			   'bedrock/google.gemma-3-27b-it', 'openrouter/google/gemma-3-1b-it:free',
			   'openrouter/google/gemma-3n-e4b-it', 'openrouter/google/gemma-4-31b-it',
			   'together_ai/google/gemma-7b')
ORDER BY name;
SELECT * FROM llmnum.tokenizer_of('bedrock/google.gemma-3-27b-it');
-- Gemma 3 as logs name it: the open model's id and the Gemini API's (with
-- LiteLLM's gemini/ and the API's models/ resource name); each counts with
-- gemma3, and none has a price (no silent $0).
SELECT id, llmnum.count_tokens(E'Hello,\n\n<b>Gemma</b> 3!', id) AS tokens,
	   llmnum.count_tokens(E'Hello,\n\n<b>Gemma</b> 3!', 'gemma3') AS gemma3,
	   llmnum.try_gen_cost(id, 1000, 100) AS cost
FROM unnest(ARRAY['gemma-3-1b-it', 'gemini/gemma-3-27b-it', 'models/gemma-3-4b-it',
				  'gemini/models/gemma-3-12b-it']) AS id;
SELECT llmnum.gen_cost('gemini/gemma-3-27b-it', 1000, 100, '2026-01-01');
