/*-------------------------------------------------------------------------
 *
 * special_tokens.h
 *	  Finding an encoding's special-token strings in text (pure C).
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_SPECIAL_TOKENS_H
#define LLMNUM_SPECIAL_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "tokenizer.h"

/*
 * Where the next special token of enc starts in text[pos..len): its
 * offset, with its length in *tok_len and its id in *id; len if there is
 * none.  The leftmost special wins, and the longest one at that position.
 */
extern size_t llmnum_special_next(const llmnum_encoding *enc, const unsigned char *text,
								  size_t len, size_t pos, size_t *tok_len, uint32_t *id);

/*
 * Whether the specials of enc could be indexed (a fixed-size table holds
 * every encoding's specials); when not, llmnum_special_next finds none.
 */
extern int	llmnum_special_tokens_supported(const llmnum_encoding *enc);

#endif							/* LLMNUM_SPECIAL_TOKENS_H */
