/*-------------------------------------------------------------------------
 *
 * name_match.h
 *	  Closest known names for an unknown one, for "did you mean" hints.
 *
 * Pure C.  Distances are Levenshtein edit distances over bytes, ASCII
 * letters compared case-insensitively, with a bonus for names that start
 * with the query (so "A100" ranks "A100-40GB" first).  Names longer than
 * LLMNUM_NAME_MATCH_MAX bytes are compared by length only, which keeps the
 * cost bounded for hostile input.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_NAME_MATCH_H
#define LLMNUM_NAME_MATCH_H

#include <stddef.h>

#include "host.h"

#define LLMNUM_NAME_MATCH_MAX 256

/* Edit distance between a and b (lengths in bytes), case-insensitive. */
extern size_t llmnum_edit_distance(const llmnum_host *host,
								   const char *a, size_t alen,
								   const char *b, size_t blen);

/*
 * Indexes of up to k names closest to query, best first, ties broken by
 * input order.  Returns how many were written to best[] (at most k and
 * at most n).
 */
extern size_t llmnum_closest_names(const llmnum_host *host,
								   const char *query,
								   const char *const *names, size_t n,
								   size_t k, size_t *best);

#endif							/* LLMNUM_NAME_MATCH_H */
