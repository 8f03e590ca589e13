/*-------------------------------------------------------------------------
 *
 * tokenizer.h
 *	  The tokenizer's public API: the encodings, and exact OpenAI BPE
 *	  tokenization (count, encode with offsets, decode, words).
 *
 * What the SQL glue (tokenizer.c), the catalog and the tests call; the
 * engine behind it is bpe.c (merges), pretokenizer.c (splitting),
 * encoding.c (the four encodings) and the generated vocabularies.
 *
 * A pure engine (no PostgreSQL headers): memory and interrupt checks go
 * through an llmnum_host.  Results equal tiktoken's encode_ordinary for
 * r50k_base, p50k_base, cl100k_base and o200k_base: special-token strings
 * such as "<|endoftext|>" are ordinary text.  Input is a byte string, meant
 * to be UTF-8; invalid bytes are tokenized as single bytes and never make
 * the engine read outside the input.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_TOKENIZER_H
#define LLMNUM_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "host.h"
#include "pretokenizer.h"
#include "vocab.h"

typedef struct llmnum_special_token
{
	uint32_t	id;
	const char *text;
} llmnum_special_token;

/* What an encoding's tokenizer does to text before it splits it. */
typedef enum llmnum_normalization
{
	LLMNUM_NORMALIZE_NONE = 0,	/* nothing (tiktoken, most tokenizer.json) */
	LLMNUM_NORMALIZE_NFC		/* Unicode NFC (qwen2): see nfc.h */
} llmnum_normalization;

struct llmnum_spm_vocab;

typedef struct llmnum_encoding
{
	const char *name;
	llmnum_pattern pattern;
	const llmnum_vocab *vocab;
	uint32_t	n_vocab;		/* one more than the largest id, specials
								 * included */
	const llmnum_special_token *specials;	/* recognised by decode only */
	size_t		n_specials;

	/*
	 * NULL for byte-level BPE (pattern, vocab and specials above).  For a
	 * SentencePiece-BPE encoding, its vocabulary: the entry points below
	 * hand the work to sentencepiece.c, and pattern, vocab and specials
	 * are unused.
	 */
	const struct llmnum_spm_vocab *spm;
	llmnum_normalization normalization; /* applied by
										 * llmnum_tokenizer_normalize */
} llmnum_encoding;

/*
 * Every model's tokenizer has special tokens, so an encoding that lists none
 * is one whose text tokenizes exactly with the ranks above but whose added
 * tokens were not checked: special_tokens => true must refuse it rather than
 * count them as text, and decode knows only the ranks.
 */
static inline bool
llmnum_specials_unknown(const llmnum_encoding *enc)
{
	return enc->n_specials == 0;
}

/* Result of encode: ids and, if asked for, each token's first byte. */
typedef struct llmnum_tokens
{
	uint32_t   *ids;
	size_t	   *starts;			/* NULL unless offsets were requested */
	size_t		n;
	size_t		cap;
} llmnum_tokens;

typedef enum llmnum_tokenizer_status
{
	LLMNUM_TOKENIZER_OK = 0,
	LLMNUM_TOKENIZER_UNKNOWN_ID,		/* decode met an id the encoding lacks */
	LLMNUM_TOKENIZER_PIECE_TOO_LONG	/* a piece is longer than
								 * LLMNUM_TOKENIZER_MAX_PIECE */
} llmnum_tokenizer_status;

/*
 * Longest piece (run of letters, digits or white space without a break)
 * that is merged.  Merging needs about 20 bytes of working memory per byte
 * of the piece; the limit keeps that under about 350 MB.  Text has pieces
 * of a few bytes; only pathological values (16 MiB of one letter) reach it.
 */
#define LLMNUM_TOKENIZER_MAX_PIECE ((size_t) 16 * 1024 * 1024)

/* The encodings, by name (ASCII case-insensitive); NULL if unknown. */
extern const llmnum_encoding *llmnum_encoding_find(const char *name, size_t len);

/* Every encoding, for listing them in messages; *n receives the count. */
extern const llmnum_encoding *const *llmnum_encoding_all(size_t *n);

/*
 * The text the encoding's tokenizer actually splits: for an encoding with
 * a normalization (qwen2: NFC) and text that it changes, a host allocation
 * of *out_len bytes plus a NUL, which the caller frees; otherwise text
 * itself (*out_len = len).  Count, encode and encode_piece take text as
 * given, so that token offsets always refer to the bytes they were given:
 * callers that want the tokenizer's exact result pass the text through
 * this first (the SQL functions do; their offsets, truncations and chunks
 * are then those of the normalized text).
 */
extern const unsigned char *llmnum_tokenizer_normalize(const llmnum_encoding *enc,
													   const unsigned char *text,
													   size_t len, size_t *out_len,
													   const llmnum_host *host);

/*
 * Number of tokens into *count; allocates only for pieces too long for the
 * stack.  LLMNUM_TOKENIZER_OK or LLMNUM_TOKENIZER_PIECE_TOO_LONG.
 */
extern llmnum_tokenizer_status llmnum_tokenizer_count(const llmnum_encoding *enc,
										  const unsigned char *text, size_t len,
										  size_t *count, const llmnum_host *host);

/*
 * Tokens of text, appended to *out (zero-initialise it first; free ids and
 * starts with host->free, also after an error).  with_starts: also record
 * where each token starts in text, which is what truncation and chunking
 * cut on.  LLMNUM_TOKENIZER_OK or LLMNUM_TOKENIZER_PIECE_TOO_LONG.
 */
extern llmnum_tokenizer_status llmnum_tokenizer_encode(const llmnum_encoding *enc,
										   const unsigned char *text, size_t len,
										   int with_starts, llmnum_tokens *out,
										   const llmnum_host *host);

/*
 * Tokens of the one pre-tokenizer piece of text that starts at *pos,
 * appended to *out as by llmnum_tokenizer_encode, and *pos moved past it
 * (nothing happens when *pos >= len).  Calling it until *pos reaches len
 * gives encode's tokens, piece by piece, so that a caller can stop early
 * or keep only a window.  Checks no interrupts: the caller does.
 * LLMNUM_TOKENIZER_OK or LLMNUM_TOKENIZER_PIECE_TOO_LONG (*pos unchanged).
 */
extern llmnum_tokenizer_status llmnum_tokenizer_encode_piece(const llmnum_encoding *enc,
												 const unsigned char *text, size_t len,
												 size_t *pos, int with_starts,
												 llmnum_tokens *out,
												 const llmnum_host *host);

/*
 * Bytes of a token sequence.  On success *out is a host allocation of
 * *out_len bytes plus a terminating NUL.  On LLMNUM_TOKENIZER_UNKNOWN_ID,
 * *bad_index is the position of the offending id and nothing is allocated.
 */
extern llmnum_tokenizer_status llmnum_tokenizer_decode(const llmnum_encoding *enc,
										   const int32_t *ids, size_t n,
										   unsigned char **out, size_t *out_len,
										   size_t *bad_index,
										   const llmnum_host *host);

#endif							/* LLMNUM_TOKENIZER_H */
