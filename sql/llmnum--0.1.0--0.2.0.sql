/* llmnum 0.1.0 -> 0.2.0: exact token counts (OpenAI BPE) in SQL */

\echo Use "ALTER EXTENSION llmnum UPDATE TO '0.2.0'" to load this file. \quit

/*
 * Volatility.  The argument named "encoding" accepts an encoding name
 * (o200k_base, cl100k_base, p50k_base, r50k_base) or a model name, which is
 * resolved through llmnum.models; reading that view makes these functions
 * STABLE.  count_tokens_enc accepts encoding names only, reads nothing and
 * is IMMUTABLE: use it in expression indexes and generated columns.  The
 * functions that fall back to llmnum.default_encoding read a setting and
 * are STABLE too.
 */

CREATE FUNCTION llmnum.count_tokens(content text, encoding text)
RETURNS integer
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_count_tokens';

COMMENT ON FUNCTION llmnum.count_tokens(text, text) IS
'Exact number of tokens of content, as OpenAI''s tiktoken encode_ordinary counts them (special-token strings count as ordinary text). encoding: o200k_base, cl100k_base, p50k_base, r50k_base, or a model name from llmnum.models.';

CREATE FUNCTION llmnum.count_tokens_enc(content text, encoding text)
RETURNS integer
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_count_tokens_enc';

COMMENT ON FUNCTION llmnum.count_tokens_enc(text, text) IS
'count_tokens for encoding names only (o200k_base, cl100k_base, p50k_base, r50k_base): IMMUTABLE, for expression indexes and generated columns.';

CREATE FUNCTION llmnum.estimate_tokens(content text)
RETURNS integer
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_estimate_tokens';

COMMENT ON FUNCTION llmnum.estimate_tokens(text) IS
'Exact token count in the encoding of the setting llmnum.default_encoding (o200k_base unless changed).';

CREATE FUNCTION llmnum.estimate_tokens(content text, model text)
RETURNS integer
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_estimate_tokens_model';

COMMENT ON FUNCTION llmnum.estimate_tokens(text, text) IS
'Token count for a model (or an encoding name): exact when the model''s tokenizer is public, otherwise (Claude, Gemini...) the cl100k_base count as an estimate; method and measured error in docs/tokenizer.md.';

CREATE FUNCTION llmnum.tokenize(content text, encoding text)
RETURNS integer[]
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_tokenize';

COMMENT ON FUNCTION llmnum.tokenize(text, text) IS
'Token ids of content, exactly as tiktoken encode_ordinary gives them; encoding is an encoding or model name.';

CREATE FUNCTION llmnum.detokenize(tokens integer[], encoding text)
RETURNS text
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_detokenize';

COMMENT ON FUNCTION llmnum.detokenize(integer[], text) IS
'Text of token ids (special-token ids give their text); detokenize(tokenize(x, e), e) = x. Errors on an unknown id or on ids that split a character.';

CREATE FUNCTION llmnum.truncate_tokens(content text, max_tokens integer, encoding text)
RETURNS text
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_truncate_tokens';

COMMENT ON FUNCTION llmnum.truncate_tokens(text, integer, text) IS
'Longest prefix of content that fits in max_tokens tokens, cut on a token boundary that is also a character boundary.';

CREATE FUNCTION llmnum.chunk_tokens(content text, chunk_size integer, overlap integer DEFAULT 0,
									encoding text DEFAULT NULL)
RETURNS TABLE (ordinal integer, chunk text, tokens integer)
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10
AS 'MODULE_PATHNAME', 'llmnum_chunk_tokens';

COMMENT ON FUNCTION llmnum.chunk_tokens(text, integer, integer, text) IS
'Consecutive chunks of content of at most chunk_size tokens, each repeating the last overlap tokens of the previous one, cut on character boundaries; tokens is the number of the text''s tokens in the chunk. Linear time. encoding NULL means llmnum.default_encoding; NULL content gives no rows.';

CREATE FUNCTION llmnum.tokens_per_word(content text, encoding text DEFAULT NULL)
RETURNS numeric
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'llmnum_tokens_per_word';

COMMENT ON FUNCTION llmnum.tokens_per_word(text, text) IS
'Tokens per word of content (words: runs of non-White_Space characters), rounded to 3 decimals, to test the "1.3 tokens per word" rule on your own text; NULL for NULL content or text without words. encoding NULL means llmnum.default_encoding.';

/* What tokens_per_word measures on the sample prose of data/tokenizer/corpus. */
UPDATE llmnum.numbers
SET known_issues = known_issues
	|| ' Measured with llmnum.tokens_per_word() on llmnum''s sample prose (data/tokenizer/corpus/prose_en.txt and its French translation prose_fr.txt, 247 and 245 words): English 1.150 (o200k_base) and 1.158 (cl100k_base); French 1.355 (o200k_base) and 1.547 (cl100k_base).'
WHERE key = 'tokens_per_word';
