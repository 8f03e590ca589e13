/*-------------------------------------------------------------------------
 *
 * vocab_hash.h
 *	  The hash that maps token bytes to a slot of a vocabulary index, and
 *	  the one that places a pair of tokens in a pair filter; the first also
 *	  hashes the catalog's names, with A-Z folded (name_hash.h).
 *
 * Shared by the build-time generators (data/tokenizer/gen_vocab.c,
 * gen_spm_vocab.c), which lay the index and the filter out, and by the
 * runtime lookups (vocab.h, bpe.c, sentencepiece.c), which probe them: both
 * must agree bit for bit.  Loads are spelled byte by byte so that the
 * result does not depend on the machine's byte order; compilers fold them
 * into single loads.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_VOCAB_HASH_H
#define LLMNUM_VOCAB_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t
llmnum_load_le64(const unsigned char *p)
{
	return (uint64_t) p[0] | ((uint64_t) p[1] << 8) |
		((uint64_t) p[2] << 16) | ((uint64_t) p[3] << 24) |
		((uint64_t) p[4] << 32) | ((uint64_t) p[5] << 40) |
		((uint64_t) p[6] << 48) | ((uint64_t) p[7] << 56);
}

static inline uint32_t
llmnum_load_le32(const unsigned char *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) |
		((uint32_t) p[2] << 16) | ((uint32_t) p[3] << 24);
}

/* Number of trailing zero bits of x != 0. */
static inline unsigned
llmnum_ctz64(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
	return (unsigned) __builtin_ctzll(x);
#else
	unsigned	k = 0;

	while (!(x & 1))
	{
		x >>= 1;
		k++;
	}
	return k;
#endif
}

static inline uint32_t
llmnum_load_le16(const unsigned char *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8);
}

/*
 * The last n < 8 bytes of a string as a little-endian number: byte i at
 * bits 8i.  Read with at most two loads that may overlap (the overlapping
 * bytes are the same on both sides of the |), not a loop over the bytes.
 */
static inline uint64_t
llmnum_load_tail(const unsigned char *p, size_t n)
{
	if (n >= 4)
		return (uint64_t) llmnum_load_le32(p) |
			((uint64_t) llmnum_load_le32(p + n - 4) << (8 * (n - 4)));
	if (n >= 2)
		return (uint64_t) llmnum_load_le16(p) |
			((uint64_t) llmnum_load_le16(p + n - 2) << (8 * (n - 2)));
	return n == 1 ? p[0] : 0;
}

/* The eight bytes of w with A-Z lower-cased; other bytes unchanged. */
static inline uint64_t
llmnum_fold_ascii8(uint64_t w)
{
	uint64_t	ones = 0x0101010101010101ULL;
	uint64_t	high = 0x80 * ones;
	uint64_t	low7 = w & ~high;

	/* a byte's high bit after the additions: >= 'A', > 'Z' (no carries) */
	uint64_t	from_a = low7 + (0x80 - 'A') * ones;
	uint64_t	past_z = low7 + (0x80 - 'Z' - 1) * ones;
	uint64_t	upper = from_a & ~past_z & ~w & high;

	return w | (upper >> 2);	/* 0x80 >> 2 is the case bit, 0x20 */
}

/*
 * The hash of llmnum_vocab_hash, computed eight bytes at a time; with
 * fold_ascii each word is lower-cased first (llmnum_fold_ascii8), and if
 * seen is not NULL it gets the OR of the words, whose high bits tell
 * whether a byte is beyond ASCII.  Callers pass constants, which the
 * compiler folds away once this is inlined (forced: a call to an
 * out-of-line copy made Gemma's merges 3% slower): the vocabulary hash
 * pays nothing for the options.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline uint64_t
llmnum_hash_words(const unsigned char *p, size_t n, int fold_ascii, uint64_t *seen)
{
	uint64_t	h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t) n * 0xC2B2AE3D27D4EB4FULL);
	uint64_t	w;

	for (; n >= 8; p += 8, n -= 8)
	{
		w = llmnum_load_le64(p);
		if (seen != NULL)
			*seen |= w;
		h = (h ^ (fold_ascii ? llmnum_fold_ascii8(w) : w)) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	w = llmnum_load_tail(p, n);
	if (seen != NULL)
		*seen |= w;
	h = (h ^ (fold_ascii ? llmnum_fold_ascii8(w) : w)) * 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 29;
	h *= 0x94D049BB133111EBULL;
	h ^= h >> 32;
	return h;
}

/* 64-bit hash of a byte string; low bits pick the slot, high bits the tag. */
static inline uint64_t
llmnum_vocab_hash(const unsigned char *p, size_t n)
{
	return llmnum_hash_words(p, n, 0, NULL);
}

/*
 * An index slot is a little-endian uint64: LLMNUM_VOCAB_SLOT_EMPTY, or
 * the token's byte offset (bits 0-31), its rank (bits 32-51), its length
 * (bits 52-59) and a tag of 4 hash bits (60-63).  Length and tag reject
 * almost every wrong slot, and a hit needs no other table than the token
 * bytes.
 */
#define LLMNUM_VOCAB_SLOT_EMPTY UINT64_MAX
#define LLMNUM_VOCAB_RANK_BITS 20
#define LLMNUM_VOCAB_RANK_MASK ((1u << LLMNUM_VOCAB_RANK_BITS) - 1)
#define LLMNUM_VOCAB_KEY_MASK 0xFFF0000000000000ULL

/* The length-and-tag bits a slot must have for bytes of length n, hash h. */
static inline uint64_t
llmnum_vocab_key(size_t n, uint64_t h)
{
	return ((uint64_t) n << 52) | (h & 0xF000000000000000ULL);
}

/*
 * The bit of the token filter (vocab.h) for hash h: bits 40 and up, which
 * the index's slot (the low bits) does not use and its tag (the top four)
 * only in part.
 */
static inline uint32_t
llmnum_vocab_filter_bit(uint64_t h, uint32_t filter_bits)
{
	return (uint32_t) (h >> 40) & ((1u << filter_bits) - 1);
}

/* Marks "no such token" in the two-byte table (little-endian uint32). */
#define LLMNUM_VOCAB_EMPTY 0xFFFFFFFFu

/*
 * The pair filters of the merge loops (bpe.c for the long pieces of the
 * byte-level encodings, sentencepiece.c for long words): two halves of
 * 1 << half_bits bits, the first half for fixed = LLMNUM_PAIR_FIX_LEFT,
 * then LLMNUM_PAIR_FIX_RIGHT.  Each pair of tokens (left a, right b) that
 * merges has a bit in each half: in a 512-bit line chosen by a in the
 * first, by b in the second.  A merge loop asks about one new token with
 * many neighbours in a row, on its left and on its right: asked in the half
 * where that token chooses the line, the line stays in the processor's
 * cache.  A clear bit means the pair makes no token.
 */
#define LLMNUM_PAIR_FIX_LEFT 0
#define LLMNUM_PAIR_FIX_RIGHT 1

static inline uint32_t
llmnum_pair_filter_bit(uint32_t a, uint32_t b, int fixed, unsigned half_bits)
{
	uint32_t	line_id = fixed == LLMNUM_PAIR_FIX_LEFT ? a : b;
	uint32_t	other = fixed == LLMNUM_PAIR_FIX_LEFT ? b : a;

	return (uint32_t) fixed << half_bits |
		((line_id * 0x9E3779B1u) >> (32 - (half_bits - 9))) << 9 |
		((other * 0x85EBCA6Bu) >> (32 - 9));
}

static inline int
llmnum_pair_filter_has(const unsigned char *filter, uint32_t bit)
{
	return filter[bit / 8] >> (bit % 8) & 1;
}

/*
 * Whether the pair (a, b) may merge: its bits in both halves are set.  The
 * half where the fixed token chooses the line, in the cache, is read first.
 */
static inline int
llmnum_pair_filter_may_merge(const unsigned char *filter, uint32_t a, uint32_t b,
							 int fixed, unsigned half_bits)
{
	return llmnum_pair_filter_has(filter, llmnum_pair_filter_bit(a, b, fixed, half_bits)) &&
		llmnum_pair_filter_has(filter, llmnum_pair_filter_bit(a, b, !fixed, half_bits));
}

static inline void
llmnum_pair_filter_set(unsigned char *filter, uint32_t bit)
{
	filter[bit / 8] |= (unsigned char) (1u << (bit % 8));
}

#endif							/* LLMNUM_VOCAB_HASH_H */
