/*-------------------------------------------------------------------------
 *
 * bucket_pool.h
 *	  The position arrays of the bucketed merges (bpe.c's long pieces,
 *	  sentencepiece.c's long words), their maps' first size, which text
 *	  they take, and the size of both engines' tree merges.
 *
 * Both merges keep, per pending pair (a rank, a merge key), a growable
 * array of the positions where it occurs.  Random text gives a piece of a
 * few kilobytes thousands of such pairs with a position or two each, and
 * an allocation per array cost more than the rest of the merge.  Arrays of
 * up to LLMNUM_POOL_SMALL entries are therefore carved from chunks that the
 * merge frees at its end, and that never move, so an array's address holds;
 * only larger arrays are allocated one by one.
 *
 *-------------------------------------------------------------------------
 */
#ifndef LLMNUM_BUCKET_POOL_H
#define LLMNUM_BUCKET_POOL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "host.h"

#define LLMNUM_POOL_SMALL 16
#define LLMNUM_POOL_CHUNK 4096		/* entries per chunk */

typedef struct llmnum_bucket_pool
{
	uint32_t  **chunks;
	uint32_t	n_chunks;
	uint32_t	used;			/* entries taken from the last chunk */
	const llmnum_host *host;
} llmnum_bucket_pool;

static inline void
llmnum_pool_init(llmnum_bucket_pool *pool, const llmnum_host *host)
{
	pool->chunks = NULL;
	pool->n_chunks = 0;
	pool->used = 0;
	pool->host = host;
}

/*
 * Gives the array *pos (its first len entries used; *pooled: carved from
 * the chunks) room for cap entries, cap > len.  A NULL *pos has none yet.
 */
static inline void
llmnum_pool_grow(llmnum_bucket_pool *pool, uint32_t **pos, uint8_t *pooled,
				 uint32_t len, uint32_t cap)
{
	uint32_t   *old = *pos;

	if (cap <= LLMNUM_POOL_SMALL)
	{
		if (pool->n_chunks == 0 || pool->used + cap > LLMNUM_POOL_CHUNK)
		{
			/* the list of chunks doubles at 1, 2, 4... chunks */
			if ((pool->n_chunks & (pool->n_chunks - 1)) == 0)
				pool->chunks = pool->n_chunks == 0
					? pool->host->alloc(sizeof(uint32_t *))
					: pool->host->realloc(pool->chunks,
										  2 * (size_t) pool->n_chunks * sizeof(uint32_t *));
			pool->chunks[pool->n_chunks++] =
				pool->host->alloc(LLMNUM_POOL_CHUNK * sizeof(uint32_t));
			pool->used = 0;
		}
		*pos = pool->chunks[pool->n_chunks - 1] + pool->used;
		pool->used += cap;
		*pooled = 1;
	}
	else if (*pooled || old == NULL)
	{
		*pos = pool->host->alloc((size_t) cap * sizeof(uint32_t));
		*pooled = 0;
	}
	else
	{
		*pos = pool->host->realloc(old, (size_t) cap * sizeof(uint32_t));
		return;
	}
	if (len > 0)
		memcpy(*pos, old, (size_t) len * sizeof(uint32_t));
}

/*
 * The size of a bucketed merge's map (rank or key to bucket) at its start,
 * in bits: a slot per byte of the piece, from 256 up to 4,096 slots (the
 * buckets start at a quarter of that: the map is kept at most half full).
 * Growing the map from 256 slots was a tenth of the time of pieces of a
 * kilobyte or two of distinct pairs; a larger start slowed megabyte pieces
 * down through the server's allocator.
 */
static inline uint32_t
llmnum_bucket_map_bits(size_t n)
{
	uint32_t	bits = 8;

	while (bits < 12 && ((size_t) 1 << bits) < n)
		bits++;
	return bits;
}

/*
 * Whether the first 32 bytes of a piece or word hold at most
 * LLMNUM_FEW_BYTES distinct values (a line of '=', the spaces of a layout,
 * "abab...", " abcabc...", text over a four-letter alphabet): its first
 * pairs are then few, each at many positions, which a bucketed merge takes
 * in order, while a heap sifts two entries through itself per merge and a
 * tree recomputes its path.  Both engines give such text to their bucketed
 * merge wherever they would otherwise use a heap or a tree (from 128 bytes
 * in bpe.c, from 65 in sentencepiece.c).  (Five: with four, random words
 * over four letters and a space took the heap at 40-43 ms per MB instead
 * of 26-31; with six, SentencePiece words over five letters got slower.)
 */
#define LLMNUM_FEW_BYTES 5

static inline int
llmnum_few_first_bytes(const unsigned char *p, size_t n)
{
	unsigned char seen[LLMNUM_FEW_BYTES];
	int			n_seen = 0;
	size_t		i;

	for (i = 0; i < n && i < 32; i++)
	{
		int			j;

		for (j = 0; j < n_seen && seen[j] != p[i]; j++)
			;
		if (j == n_seen)
		{
			if (n_seen == LLMNUM_FEW_BYTES)
				return 0;
			seen[n_seen++] = p[i];
		}
	}
	return 1;
}

/* The leaves of a tree merge over n positions: the least power of two >= n. */
static inline uint32_t
llmnum_tree_leaves(size_t n)
{
	uint32_t	leaves = 1;

	while (leaves < n)
		leaves *= 2;
	return leaves;
}

/* Frees an array (not one carved from the chunks). */
static inline void
llmnum_pool_free_array(llmnum_bucket_pool *pool, uint32_t *pos, uint8_t pooled)
{
	if (pos != NULL && !pooled)
		pool->host->free(pos);
}

/* Frees the chunks. */
static inline void
llmnum_pool_release(llmnum_bucket_pool *pool)
{
	uint32_t	i;

	for (i = 0; i < pool->n_chunks; i++)
		pool->host->free(pool->chunks[i]);
	if (pool->chunks != NULL)
		pool->host->free(pool->chunks);
}

#endif							/* LLMNUM_BUCKET_POOL_H */
