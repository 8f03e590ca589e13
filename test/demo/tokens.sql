-- Token counts of llmnum's sample documents (data/tokenizer/corpus), exact
-- for OpenAI models, estimated for a model without a public tokenizer, and
-- the measured tokens per word against the list's "1.3" (for prose in
-- languages that separate words with spaces).
\set doc_en `cat data/tokenizer/corpus/prose_en.txt`
\set doc_fr `cat data/tokenizer/corpus/prose_fr.txt`
\set doc_de `cat data/tokenizer/corpus/de.txt`
\set doc_zh `cat data/tokenizer/corpus/zh.txt`
\set doc_code `cat data/tokenizer/corpus/code.py`
\set doc_emoji `cat data/tokenizer/corpus/emoji.txt`

\echo
\echo '--- Tokens of the sample documents ---'
SELECT name AS document, length(body) AS chars,
	   llmnum.count_tokens(body, 'gpt-4o') AS "gpt-4o",
	   llmnum.count_tokens(body, 'gpt-4') AS "gpt-4",
	   llmnum.estimate_tokens(body, 'claude-3-5-sonnet-20240620') AS "claude-3.5 (est.)",
	   CASE WHEN prose THEN llmnum.tokens_per_word(body, 'o200k_base') END AS "tokens/word o200k",
	   CASE WHEN prose THEN llmnum.tokens_per_word(body, 'cl100k_base') END AS "tokens/word cl100k"
FROM (VALUES ('English prose', :'doc_en', true), ('French prose (same text)', :'doc_fr', true),
			 ('German prose', :'doc_de', true), ('Chinese prose', :'doc_zh', false),
			 ('Python code', :'doc_code', false), ('Emoji', :'doc_emoji', false)) AS d(name, body, prose);
