/*-------------------------------------------------------------------------
 *
 * pretokenizer.h
 *	  Split text into the pieces that BPE then encodes one at a time.
 *
 * OpenAI's encodings first cut text with a regular expression and only
 * merge bytes inside each match.  Instead of a regex engine, each pattern
 * family has a hand-written scanner with the same leftmost-first semantics
 * as the patterns used by tiktoken (fancy-regex, Unicode 16.0 classes,
 * \s = the White_Space property, ASCII-only case folding of contractions).
 * See docs/tokenizer.md for the patterns and the reasoning.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_PRETOKENIZER_H
#define LLMNUM_PRETOKENIZER_H

#include <stddef.h>

typedef enum llmnum_pattern
{
	LLMNUM_PATTERN_R50K,		/* r50k_base, p50k_base (GPT-2 pattern) */
	LLMNUM_PATTERN_CL100K,		/* cl100k_base */
	LLMNUM_PATTERN_O200K,		/* o200k_base, o200k_harmony */
	LLMNUM_PATTERN_QWEN2,		/* cl100k with \p{N} instead of \p{N}{1,3} */
	LLMNUM_PATTERN_DEEPSEEK_V3,	/* three splits in sequence, see .c */
	LLMNUM_PATTERN_TEKKEN		/* o200k without contractions, \p{N} */
} llmnum_pattern;

/*
 * End of the piece that starts at byte pos of s[0..len), pos < len.  The
 * result is always > pos.  Bytes that are not valid UTF-8 count as one
 * punctuation-like character each, so any input is split without reading
 * outside s.
 */
extern size_t llmnum_pretok_next(llmnum_pattern pattern,
								 const unsigned char *s, size_t len,
								 size_t pos);

/*
 * Number of words in s[0..len): maximal runs of characters that are not
 * White_Space (the \s of the patterns).  Used for tokens per word.
 */
extern size_t llmnum_count_words(const unsigned char *s, size_t len);

#endif							/* LLMNUM_PRETOKENIZER_H */
