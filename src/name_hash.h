/*-------------------------------------------------------------------------
 *
 * name_hash.h
 *	  Hash and comparison of names with ASCII letters folded to lower case,
 *	  eight bytes at a time.
 *
 * Pure C.  The catalog cache (catalog.c) looks a model name or a model id
 * as logged up for every row that names one, so the lookup's cost is paid
 * per row: a hash of one byte per multiplication made a report whose
 * model ids vary from row to row a third slower than one with a single
 * name.  Here A-Z are folded with a few word operations and the hash
 * takes one multiplication per eight bytes.  Bytes beyond ASCII are hashed
 * as they are: a name with such bytes is folded by the database's lower()
 * first, and then hashed, and folding is idempotent on the result, so a
 * name and its folded form hash alike whenever they are both ASCII.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_NAME_HASH_H
#define LLMNUM_NAME_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vocab_hash.h"

#define LLMNUM_NAME_BYTES(b) ((uint64_t) (b) * UINT64_C(0x0101010101010101))

/* The eight bytes of w with A-Z lower-cased; other bytes unchanged. */
static inline uint64_t
llmnum_name_fold8(uint64_t w)
{
	uint64_t	high = LLMNUM_NAME_BYTES(0x80);
	uint64_t	low7 = w & ~high;

	/* a byte's high bit after the additions: >= 'A', > 'Z' (no carries) */
	uint64_t	from_a = low7 + LLMNUM_NAME_BYTES(0x80 - 'A');
	uint64_t	past_z = low7 + LLMNUM_NAME_BYTES(0x80 - 'Z' - 1);
	uint64_t	upper = from_a & ~past_z & ~w & high;

	return w | (upper >> 2);	/* 0x80 >> 2 is the case bit, 0x20 */
}

/*
 * Hash of s[0, len) with A-Z folded; *ascii (if not NULL) tells whether
 * every byte is below 0x80.
 */
static inline uint32_t
llmnum_name_hash(const char *s, size_t len, bool *ascii)
{
	const unsigned char *p = (const unsigned char *) s;
	uint64_t	h = UINT64_C(0x9E3779B97F4A7C15) ^ ((uint64_t) len * UINT64_C(0xC2B2AE3D27D4EB4F));
	uint64_t	seen = 0;
	uint64_t	w;

	for (; len >= 8; p += 8, len -= 8)
	{
		w = llmnum_load_le64(p);
		seen |= w;
		h = (h ^ llmnum_name_fold8(w)) * UINT64_C(0xFF51AFD7ED558CCD);
		h ^= h >> 32;
	}
	w = llmnum_load_tail(p, len);
	seen |= w;
	h = (h ^ llmnum_name_fold8(w)) * UINT64_C(0xBF58476D1CE4E5B9);
	h ^= h >> 29;
	h *= UINT64_C(0x94D049BB133111EB);
	h ^= h >> 32;
	if (ascii != NULL)
		*ascii = (seen & LLMNUM_NAME_BYTES(0x80)) == 0;
	return (uint32_t) h;
}

/* Is s[0, len) with A-Z folded equal to folded[0, len)? */
static inline bool
llmnum_name_equal_folded(const char *s, const char *folded, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *f = (const unsigned char *) folded;

	for (; len >= 8; p += 8, f += 8, len -= 8)
		if (llmnum_name_fold8(llmnum_load_le64(p)) != llmnum_load_le64(f))
			return false;
	return llmnum_name_fold8(llmnum_load_tail(p, len)) == llmnum_load_tail(f, len);
}

#endif							/* LLMNUM_NAME_HASH_H */
