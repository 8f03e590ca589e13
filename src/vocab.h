/*-------------------------------------------------------------------------
 *
 * vocab.h
 *	  A BPE vocabulary compiled into the library as read-only data.
 *
 * Every vocabulary is generated at build time from a .tiktoken rank file
 * (data/tokenizer/: OpenAI's, or derived from an open model's tokenizer;
 * turned into C by data/tokenizer/gen_vocab.c): the token
 * bytes concatenated in rank order, an offset table, and an open-addressing
 * index from bytes to rank.  All three are const arrays, so they sit in the
 * shared library's read-only pages, shared by every backend; nothing is
 * parsed or allocated at run time.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_VOCAB_H
#define LLMNUM_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "vocab_hash.h"

typedef struct llmnum_vocab
{
	uint32_t	n_ranks;		/* ranks run 0..n_ranks-1; holes are empty */
	uint32_t	index_bits;		/* the index has 1 << index_bits slots */
	uint32_t	max_len;		/* longest token, in bytes */
	const uint32_t *byte_ranks; /* rank of each single byte */
	const unsigned char *pair_ranks;	/* 65536 little-endian uint32: rank
										 * of each two-byte string, or
										 * LLMNUM_VOCAB_EMPTY */
	const unsigned char *bytes; /* token bytes, concatenated in rank order */
	const unsigned char *offsets;	/* n_ranks + 1 little-endian uint32 */
	const unsigned char *index; /* little-endian uint64 slots */

	/*
	 * NULL for tiktoken vocabularies, where any two adjacent tokens whose
	 * bytes make a token merge.  For vocabularies defined by a Hugging Face
	 * merge list (one merge per token), split_left[rank] is the length in
	 * bytes of the left part of the merge that makes the token: only that
	 * pair merges into it.
	 */
	const unsigned char *split_left;

	/*
	 * The pair filter of the merge of long pieces (bpe.c): two halves of
	 * 1 << pair_filter_bits bits, see llmnum_pair_filter_bit().
	 */
	uint32_t	pair_filter_bits;
	const unsigned char *pair_filter;

	/*
	 * The token filter: 1 << token_filter_bits bits, one set per token at
	 * llmnum_vocab_filter_bit (vocab_hash.h) of its hash.  A clear bit
	 * means the bytes are no token, which spares the index probe (a cache
	 * miss in megabytes, then another for the token's bytes) for most
	 * pieces and merge candidates that are not tokens: 45% of the probes
	 * of a first count of distinct words of 12 letters.
	 */
	uint32_t	token_filter_bits;
	const unsigned char *token_filter;
} llmnum_vocab;

extern const llmnum_vocab llmnum_vocab_r50k_base;
extern const llmnum_vocab llmnum_vocab_p50k_base;
extern const llmnum_vocab llmnum_vocab_cl100k_base;
extern const llmnum_vocab llmnum_vocab_o200k_base;
extern const llmnum_vocab llmnum_vocab_llama3;
extern const llmnum_vocab llmnum_vocab_llama4;
extern const llmnum_vocab llmnum_vocab_deepseek_v3;
extern const llmnum_vocab llmnum_vocab_tekken;
extern const llmnum_vocab llmnum_vocab_qwen2;

/*
 * memcmp(a, b, n) == 0 for the short strings tokens are, without a call:
 * eight bytes at a time, and the rest in one or two (overlapping) loads.
 */
static inline int
llmnum_bytes_equal(const unsigned char *a, const unsigned char *b, size_t n)
{
	while (n >= 8)
	{
		if (llmnum_load_le64(a) != llmnum_load_le64(b))
			return 0;
		a += 8;
		b += 8;
		n -= 8;
	}
	return llmnum_load_tail(a, n) == llmnum_load_tail(b, n);
}

/* Can bytes of hash h be a token?  If not, they are none (the token filter). */
static inline int
llmnum_vocab_may_be_token(const llmnum_vocab *v, uint64_t h)
{
	uint32_t	bit = llmnum_vocab_filter_bit(h, v->token_filter_bits);

	return v->token_filter[bit / 8] >> (bit % 8) & 1;
}

/*
 * Rank of the token with bytes p[0, n), 2 < n <= max_len, whose
 * llmnum_vocab_hash is h, or -1: for callers that reuse the hash.
 */
static inline int32_t
llmnum_vocab_rank_hashed(const llmnum_vocab *v, const unsigned char *p, size_t n,
						 uint64_t h)
{
	uint64_t	key = llmnum_vocab_key(n, h);
	uint32_t	mask = (1u << v->index_bits) - 1;
	uint32_t	i;

	if (!llmnum_vocab_may_be_token(v, h))
		return -1;
	for (i = (uint32_t) h & mask;; i = (i + 1) & mask)
	{
		uint64_t	slot = llmnum_load_le64(v->index + 8 * (size_t) i);

		if (slot == LLMNUM_VOCAB_SLOT_EMPTY)
			return -1;
		if ((slot & LLMNUM_VOCAB_KEY_MASK) == key &&
			llmnum_bytes_equal(v->bytes + (uint32_t) slot, p, n))
			return (int32_t) ((slot >> 32) & LLMNUM_VOCAB_RANK_MASK);
	}
}

/* Rank of the token with exactly these bytes, or -1 if there is none. */
static inline int32_t
llmnum_vocab_rank(const llmnum_vocab *v, const unsigned char *p, size_t n)
{
	if (n <= 2)
	{
		uint32_t	r;

		if (n == 1)
			return (int32_t) v->byte_ranks[p[0]];
		if (n == 0)
			return -1;
		r = llmnum_load_le32(v->pair_ranks + 4 * ((size_t) p[0] * 256 + p[1]));
		return r == LLMNUM_VOCAB_EMPTY ? -1 : (int32_t) r;
	}
	if (n > v->max_len)
		return -1;
	return llmnum_vocab_rank_hashed(v, p, n, llmnum_vocab_hash(p, n));
}

/* Bytes of a rank; returns 0 (and no bytes) for an unknown rank or a hole. */
static inline int
llmnum_vocab_token(const llmnum_vocab *v, uint32_t rank,
				   const unsigned char **p, size_t *n)
{
	uint32_t	start;
	uint32_t	end;

	if (rank >= v->n_ranks)
		return 0;
	start = llmnum_load_le32(v->offsets + 4 * (size_t) rank);
	end = llmnum_load_le32(v->offsets + 4 * (size_t) rank + 4);
	if (end == start)
		return 0;
	*p = v->bytes + start;
	*n = end - start;
	return 1;
}

#endif							/* LLMNUM_VOCAB_H */
