/*-------------------------------------------------------------------------
 *
 * nfc_tables.h
 *	  Data of the Unicode NFC normalizer (nfc.c).
 *
 * Per code point, a two-level table gives an info record: the rank of the
 * canonical combining class (0 for class 0; only the order of classes
 * matters to NFC, so ranks stand in for the UCD numbers), whether the
 * character is "safe" (NFC never changes the text at its start: see
 * nfc.c), and its full canonical decomposition.  Compositions are a sorted
 * list of pairs.  Hangul syllables are algorithmic and not in the tables.
 * The data lives in nfc_tables.c, generated from Node's own normalize()
 * by data/tokenizer/gen_nfc_tables.mjs.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_NFC_TABLES_H
#define LLMNUM_NFC_TABLES_H

#include <stddef.h>
#include <stdint.h>

typedef struct llmnum_nfc_info
{
	uint8_t		ccc;			/* combining class rank; 0 = a starter */
	uint8_t		safe;			/* NFC never changes text before it */
	uint8_t		dlen;			/* length of the decomposition; 0 = none */
	uint16_t	doff;			/* its start in llmnum_nfc_decomp */
} llmnum_nfc_info;

typedef struct llmnum_nfc_pair
{
	uint32_t	first;
	uint32_t	second;
	uint32_t	composite;
} llmnum_nfc_pair;

#define LLMNUM_NFC_SHIFT 7

extern const char llmnum_nfc_unicode_version[];
extern const uint16_t llmnum_nfc_stage1[0x110000 >> LLMNUM_NFC_SHIFT];
extern const uint16_t llmnum_nfc_stage2[];
extern const llmnum_nfc_info llmnum_nfc_infos[];
extern const uint32_t llmnum_nfc_decomp[];
extern const llmnum_nfc_pair llmnum_nfc_pairs[];	/* by (first, second) */
extern const size_t llmnum_nfc_n_pairs;

/* Info record of a code point; cp must be below 0x110000. */
static inline const llmnum_nfc_info *
llmnum_nfc_info_of(uint32_t cp)
{
	uint32_t	block = llmnum_nfc_stage1[cp >> LLMNUM_NFC_SHIFT];

	return &llmnum_nfc_infos[llmnum_nfc_stage2[(block << LLMNUM_NFC_SHIFT) |
											   (cp & ((1u << LLMNUM_NFC_SHIFT) - 1))]];
}

#endif							/* LLMNUM_NFC_TABLES_H */
