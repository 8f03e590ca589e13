/*-------------------------------------------------------------------------
 *
 * namematch.h
 *	  Edit distance between names, for "did you mean" hints.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_NAMEMATCH_H
#define LLMNUM_NAMEMATCH_H

#include <stddef.h>

#include "host.h"

/* Longest prefix of a name that the hint search compares. */
#define LLMNUM_NAMEMATCH_MAX_LEN 256

extern size_t llmnum_levenshtein(const llmnum_host *host,
								 const char *a, size_t alen,
								 const char *b, size_t blen);

#endif							/* LLMNUM_NAMEMATCH_H */
