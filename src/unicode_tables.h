/*-------------------------------------------------------------------------
 *
 * unicode_tables.h
 *	  Code point classes used by the pre-tokenizer (Unicode 16.0).
 *
 * The OpenAI split patterns only ask a few questions about a character:
 * which letter category it has (Lu, Ll, Lt, Lm, Lo), whether it is a mark
 * (M), a number (N) or White_Space (Rust's \s); DeepSeek-V3's also
 * punctuation (P) and symbols (S).  Everything else is OTHER.
 * The classes are disjoint in Unicode 16.0 (the generator checks it).  The
 * data lives in unicode_tables.c, generated from the Unicode database by
 * data/tokenizer/gen_unicode_tables.mjs.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_UNICODE_TABLES_H
#define LLMNUM_UNICODE_TABLES_H

#include <stdint.h>

typedef enum llmnum_ucs_class
{
	LLMNUM_UCS_OTHER = 0,
	LLMNUM_UCS_LU = 1,
	LLMNUM_UCS_LL = 2,
	LLMNUM_UCS_LT = 3,
	LLMNUM_UCS_LM = 4,
	LLMNUM_UCS_LO = 5,
	LLMNUM_UCS_MARK = 6,
	LLMNUM_UCS_NUM = 7,
	LLMNUM_UCS_SPACE = 8,
	LLMNUM_UCS_PUNCT = 9,		/* P, for DeepSeek-V3's pattern */
	LLMNUM_UCS_SYM = 10			/* S, likewise */
} llmnum_ucs_class;

#define LLMNUM_UCS_SHIFT 7
#define LLMNUM_UCS_MAX 0x110000

extern const uint8_t llmnum_ucs_stage1[LLMNUM_UCS_MAX >> LLMNUM_UCS_SHIFT];
extern const uint8_t llmnum_ucs_stage2[];

/* Class of a code point; cp must be below LLMNUM_UCS_MAX. */
static inline llmnum_ucs_class
llmnum_ucs_class_of(uint32_t cp)
{
	uint32_t	block = llmnum_ucs_stage1[cp >> LLMNUM_UCS_SHIFT];

	return (llmnum_ucs_class)
		llmnum_ucs_stage2[(block << LLMNUM_UCS_SHIFT) |
						  (cp & ((1u << LLMNUM_UCS_SHIFT) - 1))];
}

/*
 * Class of a code point below U+0800 (ASCII and every two-byte UTF-8
 * character: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic...), with
 * one load instead of two: the generator emits the 16 blocks of these code
 * points first, in order (it checks that no two of them are equal), so
 * stage 2 starts with their classes indexed by the code point itself.
 */
#define LLMNUM_UCS_DIRECT 0x800

static inline llmnum_ucs_class
llmnum_ucs_direct_class(uint32_t cp)
{
	return (llmnum_ucs_class) llmnum_ucs_stage2[cp];
}

#endif							/* LLMNUM_UNICODE_TABLES_H */
