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
 * name.  Here A-Z are folded with a few word operations
 * (llmnum_fold_ascii8) and the hash is the vocabularies' own
 * (vocab_hash.h), one multiplication per eight bytes.  Bytes beyond ASCII are hashed
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

/*
 * Hash of s[0, len) with A-Z folded (llmnum_vocab_hash's, on the folded
 * bytes); *ascii (if not NULL) tells whether every byte is below 0x80.
 */
static inline uint32_t
llmnum_name_hash(const char *s, size_t len, bool *ascii)
{
	uint64_t	seen = 0;
	uint64_t	h = llmnum_hash_words((const unsigned char *) s, len, 1, &seen);

	if (ascii != NULL)
		*ascii = (seen & 0x8080808080808080ULL) == 0;
	return (uint32_t) h;
}

/* Is s[0, len) with A-Z folded equal to folded[0, len)? */
static inline bool
llmnum_name_equal_folded(const char *s, const char *folded, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *f = (const unsigned char *) folded;

	for (; len >= 8; p += 8, f += 8, len -= 8)
		if (llmnum_fold_ascii8(llmnum_load_le64(p)) != llmnum_load_le64(f))
			return false;
	return llmnum_fold_ascii8(llmnum_load_tail(p, len)) == llmnum_load_tail(f, len);
}

#endif							/* LLMNUM_NAME_HASH_H */
