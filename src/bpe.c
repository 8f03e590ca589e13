/*-------------------------------------------------------------------------
 *
 * bpe.c
 *	  Byte-pair merging of pre-tokenizer pieces, and decoding.
 *
 * For every piece: if its bytes are one token, that is the answer (true of
 * about nine pieces in ten in prose).  Otherwise start from single bytes and
 * repeatedly merge the adjacent pair whose concatenation has the lowest
 * rank, the leftmost one on ties, until no adjacent pair is a token.  Short
 * pieces use a scan over a small array on the stack (quadratic in a length
 * that is bounded), pieces of up to 2 KB a tournament tree of the keys
 * (rank, position), longer ones buckets of positions per rank, O(n log n),
 * so that a megabyte-long run of one letter costs milliseconds, not
 * minutes.  All give exactly the same merges.
 *
 *-------------------------------------------------------------------------
 */
#include "tokenizer.h"
#include "bucket_pool.h"
#include "sentencepiece.h"

#include <stdlib.h>
#include <string.h>

/* Pieces shorter than this merge on the stack (and enter the piece cache). */
#define SMALL_PIECE 128
/* Pieces at least this long merge with a tree, shorter ones with a scan. */
#ifndef TREE_PIECE
#define TREE_PIECE 16
#endif
/* Pieces at least this long use the bucketed merge. */
#ifndef BUCKET_PIECE
#define BUCKET_PIECE 2048
#endif
/* Check for interrupts after about this many input bytes or merges. */
#define CHECK_EVERY 65536
/* How many positions ahead the bucketed merge prefetches records. */
#define PREFETCH_AHEAD 16

#define NO_RANK UINT32_MAX

/* Rank of p[a, b), or NO_RANK. */
static inline uint32_t
rank_of(const llmnum_vocab *v, const unsigned char *p, size_t a, size_t b)
{
	int32_t		r = llmnum_vocab_rank(v, p + a, b - a);

	return r < 0 ? NO_RANK : (uint32_t) r;
}

/*
 * Rank of the token that joins the tokens p[a, mid) and p[mid, b), or
 * NO_RANK.  tiktoken's rule joins any two whose bytes make a token; a
 * vocabulary with a split table (Hugging Face merge lists) joins them only
 * through the one merge that makes that token, i.e. if the left token is
 * as long as that merge's left part (see vocab.h).
 */
static inline uint32_t
pair_rank(const llmnum_vocab *v, const unsigned char *p, size_t a, size_t mid,
		  size_t b)
{
	uint32_t	r = rank_of(v, p, a, b);

	if (v->split_left != NULL && r != NO_RANK && v->split_left[r] != mid - a)
		return NO_RANK;
	return r;
}

static void
push_token(llmnum_tokens *out, uint32_t id, size_t start, int with_starts,
		   const llmnum_host *host)
{
	if (out->n == out->cap)
	{
		size_t		cap = out->cap ? out->cap * 2 : 256;

		out->ids = out->ids ? host->realloc(out->ids, cap * sizeof(uint32_t))
			: host->alloc(cap * sizeof(uint32_t));
		if (with_starts)
			out->starts = out->starts ? host->realloc(out->starts, cap * sizeof(size_t))
				: host->alloc(cap * sizeof(size_t));
		out->cap = cap;
	}
	out->ids[out->n] = id;
	if (with_starts)
		out->starts[out->n] = start;
	out->n++;
}

/*
 * The merges look up the rank of each new pair, two per merge, and in
 * random text most are a cache miss in the megabytes of the vocabulary's
 * index.  The same pairs of tokens recur (four in five of the lookups in a
 * megabyte of random letters), and the two tokens' ranks determine the
 * pair's bytes, hence its rank: a small direct-mapped table by (left rank,
 * right rank) answers those from the cache.  It depends on nothing else,
 * so it is kept from call to call (static memory of the process, like the
 * caches below) and cleared only when a long piece of another vocabulary
 * takes it (see pair_memo_short for the short ones): many pieces share it,
 * and pay no set-up.  A slot is written whole before anything that may not
 * return (an allocation, an interrupt check) runs.
 *
 * Of the pairs seen first, 98% make no token there: the vocabulary's pair
 * filter (vocab_hash.h) answers nine in ten of those without the probe,
 * first from the half where the merged token, the same for a whole run of
 * merges, chooses the line.
 */
#define MEMO_BITS 12
#define MEMO_SLOTS (1u << MEMO_BITS)

static uint32_t pair_memo[MEMO_SLOTS * 4];
static const llmnum_vocab *pair_memo_vocab;

/* The memo, cleared if another vocabulary used it last. */
static inline void
pair_memo_use(const llmnum_vocab *v)
{
	if (pair_memo_vocab != v)
	{
		memset(pair_memo, 0xFF, sizeof(pair_memo));
		pair_memo_vocab = v;
	}
}

/*
 * Rank of the pair of the tokens at a (rank l) and mid (rank r, ending at
 * b), or NO_RANK; fixed: which of the two is the token just merged.
 */
static inline uint32_t
memo_pair_rank(const llmnum_vocab *v, const unsigned char *p, uint32_t l, uint32_t r,
			   uint32_t a, uint32_t mid, uint32_t b, int fixed)
{
	uint32_t   *slot = &pair_memo[4 * (uint32_t) (((((uint64_t) l << 32) | r) *
												  0x9E3779B97F4A7C15ULL) >> (64 - MEMO_BITS))];

	/* ranks are below 2^20: an empty slot (all ones) matches no pair */
	if (slot[0] != l || slot[1] != r)
	{
		slot[0] = l;
		slot[1] = r;
		if (!llmnum_pair_filter_may_merge(v->pair_filter, l, r, fixed, v->pair_filter_bits))
			slot[2] = NO_RANK;
		else
			slot[2] = pair_rank(v, p, a, mid, b);
	}
	return slot[2];
}

/*
 * The memo for the merge of a piece shorter than SMALL_PIECE: true if v has
 * it, or nobody has (v takes it then).  Such a merge does not take the memo
 * from another vocabulary: that clears 64 KB, which rows alternating
 * between two encodings would pay for each short piece they merge; it looks
 * its pairs up in the vocabulary instead.
 */
static inline int
pair_memo_short(const llmnum_vocab *v)
{
	if (pair_memo_vocab == NULL)
		pair_memo_use(v);
	return pair_memo_vocab == v;
}

/* memo_pair_rank if memo, else the vocabulary's pair_rank. */
static inline uint32_t
pair_rank_by(const llmnum_vocab *v, const unsigned char *p, uint32_t l, uint32_t r,
			 uint32_t a, uint32_t mid, uint32_t b, int fixed, int memo)
{
	return memo ? memo_pair_rank(v, p, l, r, a, mid, b, fixed) : pair_rank(v, p, a, mid, b);
}

/*
 * The tree merge, for pieces of TREE_PIECE to BUCKET_PIECE - 1 bytes (from
 * SMALL_PIECE on, those of more than a few distinct bytes: random letters,
 * identifiers, hashes, base64; as sentencepiece.c's merge_mid for its
 * words).  Tokens form a linked list of start positions (next, prev);
 * tok[i] is the rank of the token starting at i.  A tournament tree has a leaf per position holding
 * the key (rank of the pair of the token starting there and the next,
 * position) in one integer, NO_KEY where no token starts or its pair is no
 * token, and each inner node the lowest key below it: the root is the pair
 * the simple scan would merge.  A merge changes the leaves of the token
 * before, the merged token and the one it absorbed, and the nodes above
 * them are recomputed level by level, a range that halves at each level:
 * no search, and a minimum of two integers per node, without a branch on
 * the keys.  (A binary heap of the same keys sifted up and down through a
 * dozen levels per change, with a branch at each; the scan of merge_small
 * is quadratic.)  Merges are fewer than BUCKET_PIECE, so there is no
 * interrupt check here.
 */
#define TREE_KEY(rank, node) ((uint64_t) (rank) << 32 | (node))
#define TREE_NODE(key) ((uint32_t) (key))
#define NO_KEY UINT64_MAX

/* Recompute the inner nodes above the leaves lo..hi (indices into tree). */
static inline void
tree_update(uint64_t *tree, uint32_t lo, uint32_t hi)
{
	uint64_t	k;
	uint32_t	j;

	for (lo /= 2, hi /= 2; lo >= 1; lo /= 2, hi /= 2)
	{
		for (j = lo; j <= hi; j++)
		{
			uint64_t	l = tree[2 * j];
			uint64_t	r = tree[2 * j + 1];

			tree[j] = r < l ? r : l;
		}
		if (lo == hi)
			break;
	}
	if (lo == 0)
		return;

	/*
	 * One node per level from here to the root: the node just computed
	 * stays in a register and meets its sibling, so a level does not wait
	 * for the store of the level below to be read back (keys hold their
	 * position: no two are equal but NO_KEY).
	 */
	k = tree[lo];
	for (j = lo; j > 1; j /= 2)
	{
		uint64_t	s = tree[j ^ 1];

		k = s < k ? s : k;
		tree[j / 2] = k;
	}
}

/*
 * Merge p[0, n) with the tree: tree[] has 2 * llmnum_tree_leaves(n) entries,
 * next[], prev[] and tok[] n + 1 each; memo: look pairs up through the
 * memo.  The tokens start at 0, next[0], ... (until n), with their ranks in
 * tok[]; returns their number.
 */
static size_t
tree_merge(const llmnum_vocab *v, const unsigned char *p, size_t n, int memo,
		   uint64_t *tree, uint32_t *next, uint32_t *prev, uint32_t *tok)
{
	uint32_t	leaves = llmnum_tree_leaves(n);
	uint64_t   *leaf = tree + leaves;
	uint32_t	end = (uint32_t) n;
	size_t		count = n;
	uint32_t	i;
	uint32_t	r;

	for (i = 0; i < leaves; i++)
	{
		if (i < end)
		{
			next[i] = i + 1;
			prev[i] = i - 1;	/* not read for 0 */
			tok[i] = v->byte_ranks[p[i]];
		}
		r = i + 2 <= end ? pair_rank(v, p, i, i + 1, i + 2) : NO_RANK;
		leaf[i] = r != NO_RANK ? TREE_KEY(r, i) : NO_KEY;
	}
	tree_update(tree, leaves, 2 * leaves - 1);

	while (tree[1] != NO_KEY)
	{
		uint32_t	a = TREE_NODE(tree[1]);
		uint32_t	t = (uint32_t) (tree[1] >> 32);	/* the merged token */
		uint32_t	b = next[a];
		uint32_t	c = next[b];
		uint32_t	first = a;

		/* join a and b: b disappears */
		leaf[b] = NO_KEY;
		next[a] = c;
		tok[a] = t;
		if (c != end)
		{
			prev[c] = a;
			r = pair_rank_by(v, p, t, tok[c], a, c, next[c], LLMNUM_PAIR_FIX_LEFT, memo);
			leaf[a] = r != NO_RANK ? TREE_KEY(r, a) : NO_KEY;
		}
		else
			leaf[a] = NO_KEY;
		if (a != 0)
		{
			first = prev[a];
			r = pair_rank_by(v, p, tok[first], t, first, a, c, LLMNUM_PAIR_FIX_RIGHT, memo);
			leaf[first] = r != NO_RANK ? TREE_KEY(r, first) : NO_KEY;
		}
		tree_update(tree, leaves + first, leaves + b);
		count--;
	}
	return count;
}

/*
 * a[0, TREE_PIECE) = a[1, TREE_PIECE], through registers: merge_small's
 * arrays move down by a fixed TREE_PIECE entries after each merge, which
 * the compiler does with a few vector loads and stores, where a call of
 * memmove with the exact length cost more than the move (the first count
 * of distinct words of 12 letters 14-16% faster without it).  The entries
 * it moves from beyond the last one in use are not read.
 */
static inline void
shift_down(uint32_t *a)
{
	uint32_t	t[TREE_PIECE];

	memcpy(t, a + 1, sizeof(t));
	memcpy(a, t, sizeof(t));
}

_Static_assert(2 * TREE_PIECE < SMALL_PIECE + 1,
			   "shift_down reads up to 2 * TREE_PIECE entries of merge_small's arrays");

/*
 * Merge a piece of 2 to SMALL_PIECE - 1 bytes into ids[] and the byte
 * length of each token into lens[]; returns the number of tokens.  From
 * TREE_PIECE bytes on with tree_merge on the stack; below, by a scan:
 * bound[] holds the token boundaries (bound[m-1] == n), pair[k] the rank of
 * the token that would join tokens k and k+1, tok[k] the rank of token k,
 * and each merge scans pair[] for the lowest (chosen with masks: a branch
 * would mispredict at each lower rank found), quadratic in n but a short
 * loop over a cache line or two.  What costs is the rank lookups, two per
 * merge, mostly first sightings in random text (the piece cache answers a
 * piece seen before).
 */
static size_t
merge_small(const llmnum_vocab *v, const unsigned char *p, size_t n,
			uint32_t *ids, uint8_t *lens)
{
	uint32_t	bound[SMALL_PIECE + 1];
	uint32_t	pair[SMALL_PIECE + 1];
	uint32_t	tok[SMALL_PIECE + 1];
	int			memo = pair_memo_short(v);
	size_t		m = n + 1;
	size_t		k;

	if (n >= TREE_PIECE)
	{
		uint64_t	tree[2 * SMALL_PIECE];
		uint32_t	i;

		k = tree_merge(v, p, n, memo, tree, bound, pair, tok);
		m = 0;
		for (i = 0; i != n; i = bound[i])
		{
			ids[m] = tok[i];
			lens[m++] = (uint8_t) (bound[i] - i);
		}
		return k;
	}
	for (k = 0; k < m; k++)
		bound[k] = (uint32_t) k;
	for (k = 0; k + 1 < m; k++)
		tok[k] = v->byte_ranks[p[k]];
	/* pairs of two bytes: a direct table, no memo needed (as tree_merge) */
	for (k = 0; k + 2 < m; k++)
		pair[k] = pair_rank(v, p, k, k + 1, k + 2);

	for (;;)
	{
		uint32_t	best = NO_RANK;
		uint32_t	at = 0;

		for (k = 0; k + 2 < m; k++)
		{
			uint32_t	lower = -(uint32_t) (pair[k] < best);

			best ^= (best ^ pair[k]) & lower;
			at ^= (at ^ (uint32_t) k) & lower;
		}
		if (best == NO_RANK)
			break;
		/* join tokens at and at+1: drop boundary at+1 */
		tok[at] = best;
		shift_down(&bound[at + 1]);
		shift_down(&tok[at + 1]);
		shift_down(&pair[at + 1]);
		m--;
		pair[at] = at + 2 < m ? pair_rank_by(v, p, tok[at], tok[at + 1], bound[at],
											  bound[at + 1], bound[at + 2],
											  LLMNUM_PAIR_FIX_LEFT, memo) : NO_RANK;
		if (at > 0)
			pair[at - 1] = pair_rank_by(v, p, tok[at - 1], tok[at], bound[at - 1],
										bound[at], bound[at + 1],
										LLMNUM_PAIR_FIX_RIGHT, memo);
	}
	for (k = 0; k + 1 < m; k++)
	{
		ids[k] = tok[k];
		lens[k] = (uint8_t) (bound[k + 1] - bound[k]);
	}
	return m - 1;
}

/*
 * The bucketed merge for long pieces (from 2 KB, or from 128 bytes a piece
 * of few distinct bytes, llmnum_few_first_bytes: a megabyte of one letter, a
 * genome in a text column).  A tree or heap over every position makes each
 * merge a few cache misses deep in a huge structure;
 * here the pending pairs are grouped by rank instead: one growable array of
 * positions per rank, and the set of the ranks that have pending pairs (a
 * bitmap, below).  The lowest rank's positions are taken in increasing
 * order, which is the (rank, position) order of the simple scan, and mostly
 * a sequential walk through memory.
 *
 * A merge never creates a pair of the rank being processed (the new pair is
 * longer than that token, and a rank names one byte string), so a bucket
 * only grows while it is not being walked.  If a merge creates a pair of a
 * lower rank, the walk pauses and resumes once that rank is done; positions
 * appended out of order meanwhile are sorted before the walk resumes.
 * Stale entries (the pair changed since) are skipped: an entry is current
 * iff pair[pos] still equals its rank.
 */
typedef struct rank_bucket
{
	uint32_t   *pos;
	uint32_t	head;			/* next entry to take */
	uint32_t	len;
	uint32_t	cap;
	uint8_t		pending;		/* its rank is in the set of pending ranks */
	uint8_t		sorted;
	uint8_t		pooled;			/* pos is carved from the pool's chunks */
} rank_bucket;

/*
 * One position's fields in one 8-byte record: the walk visits positions
 * far apart (in random text), and each visit should cost one cache line,
 * not one per array.  For the start of a live token: the rank of the pair
 * it starts (NO_RANK: 24 bits of ones) and the length of the token before
 * it, and its own rank and length.  Ranks take 20 bits and tokens at most
 * 255 bytes (the vocabulary format's limits: vocab_hash.h, gen_vocab.c).
 */
typedef struct merge_node
{
	uint32_t	pair_prev;		/* pair rank, bits 0-23; length before, 24-31 */
	uint32_t	tok_len;		/* token rank, bits 0-23; its length, 24-31 */
} merge_node;

#define NODE_RANK(x) ((x) & 0xFFFFFFu)
#define NODE_LEN(x) ((x) >> 24)
#define NODE_PACK(rank, len) (((rank) & 0xFFFFFFu) | ((uint32_t) (len) << 24))

/*
 * Only the ranks that occur get a bucket: a small open-addressing map from
 * rank to bucket number, grown as ranks appear, so that the set-up costs
 * nothing per vocabulary entry (a megabyte of one letter uses a handful of
 * ranks; clearing a bucket per rank of o200k_base was 4.8 MB per call).
 */
typedef struct bucket_merge
{
	merge_node *node;
	rank_bucket *buckets;		/* n_buckets used of cap_buckets */
	uint32_t	n_buckets;
	uint32_t	cap_buckets;
	uint32_t   *map;			/* 2 * (1 << map_bits) entries: rank, bucket */
	uint32_t	map_bits;
	uint32_t	min;			/* lowest rank with pending entries, or NO_RANK */
	llmnum_bucket_pool pool;	/* the buckets' position arrays */
	const llmnum_host *host;
} bucket_merge;

static inline uint32_t
map_slot(uint32_t rank, uint32_t bits)
{
	return (rank * 2654435761u) >> (32 - bits);
}

/* Bucket number of rank, created (empty) if the rank has none yet. */
static uint32_t
bucket_of(bucket_merge *m, uint32_t rank)
{
	uint32_t	mask = (1u << m->map_bits) - 1;
	uint32_t	i;

	for (i = map_slot(rank, m->map_bits);; i = (i + 1) & mask)
	{
		if (m->map[2 * i] == rank)
			return m->map[2 * i + 1];
		if (m->map[2 * i] == NO_RANK)
			break;
	}
	if (m->n_buckets == m->cap_buckets)
	{
		m->cap_buckets *= 2;
		m->buckets = m->host->realloc(m->buckets, (size_t) m->cap_buckets * sizeof(rank_bucket));
	}
	memset(&m->buckets[m->n_buckets], 0, sizeof(rank_bucket));
	m->buckets[m->n_buckets].sorted = 1;
	m->map[2 * i] = rank;
	m->map[2 * i + 1] = m->n_buckets;
	if (++m->n_buckets * 2 > (1u << m->map_bits))
	{
		/* keep the map at most half full: rehash into twice the slots */
		uint32_t   *old = m->map;
		uint32_t	old_size = 1u << m->map_bits;
		uint32_t	k;

		m->map_bits++;
		mask = (1u << m->map_bits) - 1;
		m->map = m->host->alloc((size_t) 2 * (mask + 1) * sizeof(uint32_t));
		memset(m->map, 0xFF, (size_t) 2 * (mask + 1) * sizeof(uint32_t));
		for (k = 0; k < old_size; k++)
			if (old[2 * k] != NO_RANK)
			{
				uint32_t	j;

				for (j = map_slot(old[2 * k], m->map_bits); m->map[2 * j] != NO_RANK;
					 j = (j + 1) & mask)
					;
				m->map[2 * j] = old[2 * k];
				m->map[2 * j + 1] = old[2 * k + 1];
			}
		m->host->free(old);
	}
	return m->n_buckets - 1;
}

/*
 * The ranks with pending entries, as a bitmap of all ranks (2^20 bits)
 * with two levels of summary above it, one bit per non-zero word below:
 * the lowest rank is three loads and three bit scans away, and adding or
 * taking out a rank touches at most three words, without the mispredicted
 * branches of a heap.  The bitmap is static memory of the process, empty
 * again when a merge ends; one that did not end (an interrupt, an
 * allocation failure) leaves it marked dirty, and the next clears it.
 */
#define RANK_WORDS0 (1u << (LLMNUM_VOCAB_RANK_BITS - 6))
#define RANK_WORDS1 (RANK_WORDS0 / 64)
#define RANK_WORDS2 (RANK_WORDS1 / 64)

static uint64_t rank_bits0[RANK_WORDS0];
static uint64_t rank_bits1[RANK_WORDS1];
static uint64_t rank_bits2[RANK_WORDS2];
static int	rank_bits_dirty;

static uint32_t
rank_set_min(void)
{
	uint32_t	w;

	for (w = 0; w < RANK_WORDS2; w++)
		if (rank_bits2[w] != 0)
		{
			uint32_t	w1 = w * 64 + llmnum_ctz64(rank_bits2[w]);
			uint32_t	w0 = w1 * 64 + llmnum_ctz64(rank_bits1[w1]);

			return w0 * 64 + llmnum_ctz64(rank_bits0[w0]);
		}
	return NO_RANK;
}

static inline void
rank_set_add(bucket_merge *m, uint32_t rank)
{
	rank_bits0[rank / 64] |= UINT64_C(1) << (rank % 64);
	rank_bits1[rank / 4096] |= UINT64_C(1) << (rank / 64 % 64);
	rank_bits2[rank / 262144] |= UINT64_C(1) << (rank / 4096 % 64);
	if (rank < m->min)			/* NO_RANK, the empty set's, is above all */
		m->min = rank;
}

/* Takes out rank, the lowest. */
static inline void
rank_set_take_min(bucket_merge *m, uint32_t rank)
{
	if ((rank_bits0[rank / 64] &= ~(UINT64_C(1) << (rank % 64))) == 0 &&
		(rank_bits1[rank / 4096] &= ~(UINT64_C(1) << (rank / 64 % 64))) == 0)
		rank_bits2[rank / 262144] &= ~(UINT64_C(1) << (rank / 4096 % 64));
	m->min = rank_set_min();
}

static void
bucket_push(bucket_merge *m, uint32_t rank, uint32_t pos)
{
	uint32_t	bi = bucket_of(m, rank);	/* may move m->buckets: call it first */
	rank_bucket *b = &m->buckets[bi];

	if (b->len == b->cap)
	{
		b->cap = b->cap ? b->cap * 2 : 4;
		llmnum_pool_grow(&m->pool, &b->pos, &b->pooled, b->len, b->cap);
	}
	if (b->len > b->head && b->pos[b->len - 1] > pos)
		b->sorted = 0;
	b->pos[b->len++] = pos;
	if (!b->pending)
	{
		b->pending = 1;
		rank_set_add(m, rank);
	}
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a;
	uint32_t	y = *(const uint32_t *) b;

	return x < y ? -1 : x > y;
}

/* The counting sort's counters, by the two bytes of a pair (see below). */
static uint32_t pair_counts[65536];
#define SLOT_BUCKET 0x80000000u

static size_t
merge_bucketed(const llmnum_vocab *v, const unsigned char *p, size_t n,
			   size_t base, llmnum_tokens *out, int with_starts,
			   const llmnum_host *host)
{
	bucket_merge m;
	uint32_t	end;
	uint32_t	i;
	size_t		count = n;
	size_t		merges = 0;

	/* n + 1 records; a piece of 4 GiB cannot be held anyway */
	if (n >= UINT32_MAX / 2 || (size_t) n + 1 > SIZE_MAX / sizeof(merge_node))
		m.node = host->alloc(SIZE_MAX);
	else
		m.node = host->alloc(((size_t) n + 1) * sizeof(merge_node));
	end = (uint32_t) n;
	pair_memo_use(v);
	m.map_bits = llmnum_bucket_map_bits(n);
	m.cap_buckets = 1u << (m.map_bits - 2);
	m.n_buckets = 0;
	m.buckets = host->alloc((size_t) m.cap_buckets * sizeof(rank_bucket));
	m.min = NO_RANK;
	llmnum_pool_init(&m.pool, host);
	if (rank_bits_dirty)
	{
		memset(rank_bits0, 0, sizeof(rank_bits0));
		memset(rank_bits1, 0, sizeof(rank_bits1));
		memset(rank_bits2, 0, sizeof(rank_bits2));
	}
	rank_bits_dirty = 1;
	m.map = host->alloc((size_t) 2 * (1u << m.map_bits) * sizeof(uint32_t));
	memset(m.map, 0xFF, (size_t) 2 * (1u << m.map_bits) * sizeof(uint32_t));
	m.host = host;

	/*
	 * The initial pairs, one per byte, are filed by a counting sort on
	 * their two bytes rather than pushed one by one (which took a third of
	 * the time on a megabyte of random letters, and half on a few
	 * kilobytes): count the entries of each two-byte pair, give each pair's
	 * bucket (a rank names one byte string, so each is new) an array of
	 * exactly that size, then place the positions, in increasing order, so
	 * each bucket is sorted.  pair_counts[] holds the counts, then the
	 * bucket numbers (with SLOT_BUCKET set); only the entries of the pairs
	 * present are cleared and read, so neither a clearing of its 256 kB
	 * nor what a call that did not return left there matters.
	 */
	for (i = 0; i + 1 < end; i++)
		pair_counts[p[i] * 256 + p[i + 1]] = 0;
	for (i = 0; i < end; i++)
	{
		uint32_t	r = i + 2 <= end ? pair_rank(v, p, i, i + 1, i + 2) : NO_RANK;

		m.node[i].pair_prev = NODE_PACK(r, 1);
		m.node[i].tok_len = NODE_PACK(v->byte_ranks[p[i]], 1);
		if (r != NO_RANK)
			pair_counts[p[i] * 256 + p[i + 1]]++;
	}
	for (i = 0; i + 1 < end; i++)
	{
		uint32_t   *slot = &pair_counts[p[i] * 256 + p[i + 1]];
		uint32_t	r = NODE_RANK(m.node[i].pair_prev);
		rank_bucket *b;

		if (r == NODE_RANK(NO_RANK))
			continue;
		if (!(*slot & SLOT_BUCKET))
		{
			uint32_t	bi = bucket_of(&m, r);

			m.buckets[bi].cap = *slot;
			llmnum_pool_grow(&m.pool, &m.buckets[bi].pos, &m.buckets[bi].pooled, 0, *slot);
			m.buckets[bi].pending = 1;
			rank_set_add(&m, r);
			*slot = SLOT_BUCKET | bi;
		}
		b = &m.buckets[*slot & ~SLOT_BUCKET];
		b->pos[b->len++] = i;
	}

	while (m.min != NO_RANK)
	{
		uint32_t	rank = m.min;
		uint32_t	bi = bucket_of(&m, rank);

		/* m.buckets may move while pairs are pushed: index, not pointer */
#define B (&m.buckets[bi])
		if (!B->sorted)
		{
			qsort(B->pos + B->head, B->len - B->head, sizeof(uint32_t), cmp_u32);
			B->sorted = 1;
		}
		while (B->head < B->len && m.min == rank)
		{
			uint32_t	a;
			uint32_t	bb;
			uint32_t	c;
			uint32_t	r;

#if defined(__GNUC__) || defined(__clang__)

			/*
			 * The positions of a rank are visited in order but far apart:
			 * fetch the records a few visits ahead, so that the walk does
			 * not wait on memory at every step.  A merge reads the records
			 * of the token before, its own, and the two after: the line
			 * around its own record covers them mostly.
			 */
			if (B->head + PREFETCH_AHEAD < B->len)
			{
				uintptr_t	x = (uintptr_t) &m.node[B->pos[B->head + PREFETCH_AHEAD]];

				__builtin_prefetch((const void *) (x - 16), 1);
			}
#endif
			a = B->pos[B->head++];
			if (NODE_RANK(m.node[a].pair_prev) != rank)
				continue;
			/* join a and the token after it; the new token is at most 255 bytes */
			bb = a + NODE_LEN(m.node[a].tok_len);
			c = bb + NODE_LEN(m.node[bb].tok_len);
			m.node[bb].pair_prev |= 0xFFFFFFu;	/* NO_RANK: its entries are stale */
			m.node[a].tok_len = NODE_PACK(rank, c - a);
			if (c != end)
			{
				m.node[c].pair_prev = NODE_PACK(m.node[c].pair_prev, c - a);
				r = memo_pair_rank(v, p, rank, NODE_RANK(m.node[c].tok_len), a, c,
								   c + NODE_LEN(m.node[c].tok_len), LLMNUM_PAIR_FIX_LEFT);
			}
			else
				r = NO_RANK;
			m.node[a].pair_prev = NODE_PACK(r, NODE_LEN(m.node[a].pair_prev));
			if (r != NO_RANK)
				bucket_push(&m, r, a);
			if (a != 0)
			{
				uint32_t	z = a - NODE_LEN(m.node[a].pair_prev);

				r = memo_pair_rank(v, p, NODE_RANK(m.node[z].tok_len), rank, z, a, c,
								   LLMNUM_PAIR_FIX_RIGHT);
				m.node[z].pair_prev = NODE_PACK(r, NODE_LEN(m.node[z].pair_prev));
				if (r != NO_RANK)
					bucket_push(&m, r, z);
			}
			count--;
			if (++merges % CHECK_EVERY == 0)
				host->check_interrupts();
		}
		if (B->head == B->len && m.min == rank)
		{
			rank_set_take_min(&m, rank);
			B->pending = 0;
			B->head = B->len = 0;
			B->sorted = 1;
		}
#undef B
	}
	if (out != NULL)
		for (i = 0; i != end; i += NODE_LEN(m.node[i].tok_len))
			push_token(out, NODE_RANK(m.node[i].tok_len), base + i, with_starts, host);
	for (i = 0; i < m.n_buckets; i++)
		llmnum_pool_free_array(&m.pool, m.buckets[i].pos, m.buckets[i].pooled);
	llmnum_pool_release(&m.pool);
	host->free(m.map);
	rank_bits_dirty = 0;
	host->free(m.buckets);
	host->free(m.node);
	return count;
}

/*
 * The piece cache: the tokens of pieces merged recently, so that a piece
 * that is not one token is merged once and afterwards only looked up.
 * Text repeats its words, and in CJK text the pieces are whole clauses of
 * 5 to 40 characters, each merge of which costs dozens of rank lookups (in
 * the Japanese, Chinese, Korean and Russian benchmark text, 31,000
 * distinct pieces make up 294,000).  The JavaScript tokenizers keep such
 * a cache too.
 *
 * Slots are grouped in sets of eight (one 64-byte cache line), chosen by
 * the hash the vocabulary probe computed; a new entry goes to the front of
 * its set and pushes the oldest out.  (A direct-mapped table lost about a
 * fifth of the multilingual text's 31,000 distinct pieces to collisions at
 * every pass: each lost piece was merged again and appended to the arena
 * again.)  A slot is 64 bits: 32 bits of the hash, the piece's length and
 * the place of its entry in an arena holding the entry's vocabulary, token
 * count, ids, token lengths and bytes.  A hit compares the vocabulary and
 * the piece's bytes in full, so a collision can only cost a miss, never a
 * wrong result.  When the arena is full the whole cache is dropped at
 * once, which is cheap and keeps the memory bounded: CACHE_ARENA +
 * CACHE_SETS * 64 bytes per process (a backend is single-threaded), in
 * zero-initialised static memory of which only the pages used become
 * resident.  Entries average 60-80 bytes on non-Latin text, so the 8 MB
 * arena holds 100,000-130,000 pieces, about what ai-tokenizer's LRU cache
 * keeps (100,000); with 4 MB, the distinct pieces of 6 MB of Thai, Indic,
 * Arabic, Hebrew, Greek and Georgian messages (4.2-4.3 MB of entries per
 * encoding) overflowed it, and every pass merged them all again.
 */
#define CACHE_WAYS 8
#ifndef CACHE_SETS				/* the unit test also builds with one set */
#define CACHE_SETS 32768
#endif
#define CACHE_ARENA (8 * 1024 * 1024)
/*
 * Pieces of SMALL_PIECE bytes and more that end in a character beyond
 * ASCII enter the cache too: in Thai, which writes no space between words,
 * o200k's pieces are whole clauses, and repeated ones (a system prompt in
 * every row of a log) were merged at every count.  Long ASCII pieces
 * (base64, hex, minified names) rarely recur: copying them into the arena
 * made distinct ones 14-17% slower to count.
 */
#define CACHE_MAX_PIECE 1024

/* slot: bits 0-31 tag, 32-41 length, 42-63 arena offset / 8 (0: empty) */
#define SLOT_KEY_MASK ((UINT64_C(1) << 42) - 1)
#define SLOT_OFF_SHIFT 42
#define SLOT_OFF(slot) (((slot) >> SLOT_OFF_SHIFT) * 8)

typedef struct cache_set
{
	uint64_t	way[CACHE_WAYS];
} cache_set;

/*
 * An arena entry starts with this, then the piece's bytes, ids and token
 * lengths: a count checks the head and the bytes, which then share a cache
 * line more often than not, and reads no further.
 */
typedef struct cache_entry
{
	const llmnum_vocab *vocab;
	uint32_t	n_tokens;
	uint32_t	unused;
} cache_entry;

#if defined(__GNUC__) || defined(__clang__)
#define CACHE_ALIGNED __attribute__((aligned(64)))
#else
#define CACHE_ALIGNED
#endif

static cache_set cache_sets[CACHE_SETS] CACHE_ALIGNED;
static unsigned char cache_arena[CACHE_ARENA] CACHE_ALIGNED;
static uint32_t cache_used = 8;	/* offset 0 marks an empty slot */

/* Size of an entry in the arena, a multiple of 8 to keep entries aligned. */
static inline uint32_t
entry_size(size_t n, size_t k)
{
	return (uint32_t) ((sizeof(cache_entry) + n + k * 5 + 7) & ~(size_t) 7);
}

static inline void
push_ids(llmnum_tokens *out, const uint32_t *ids, const uint8_t *lens, size_t k,
		 size_t base, int with_starts, const llmnum_host *host)
{
	size_t		i;

	for (i = 0; i < k; i++)
	{
		push_token(out, ids[i], base, with_starts, host);
		base += lens[i];
	}
}

/*
 * The number of tokens of the piece p[0, n) (3 <= n < CACHE_MAX_PIECE,
 * llmnum_vocab_hash h) if the cache holds it, pushing them to out; else 0.
 */
static inline size_t
cache_lookup(const llmnum_vocab *v, const unsigned char *p, size_t n, uint64_t h,
			 size_t base, llmnum_tokens *out, int with_starts,
			 const llmnum_host *host)
{
	/* the vocabulary index uses the low bits of h: take others */
	cache_set  *set = &cache_sets[(h >> 40) & (CACHE_SETS - 1)];
	uint64_t	key = (h >> 32) | ((uint64_t) n << 32);
	int			w;

	for (w = 0; w < CACHE_WAYS; w++)
	{
		uint64_t	slot = set->way[w];
		const unsigned char *e;
		cache_entry head;
		size_t		k;

		if ((slot & SLOT_KEY_MASK) != key || slot == 0)
			continue;
		e = cache_arena + SLOT_OFF(slot);
		memcpy(&head, e, sizeof(head));
		e += sizeof(head);
		k = head.n_tokens;
		if (head.vocab == v && llmnum_bytes_equal(e, p, n))
		{
			if (out != NULL)
			{
				const unsigned char *lens = e + n + 4 * k;
				size_t		j;

				for (j = 0; j < k; j++)
				{
					uint32_t	id;

					memcpy(&id, e + n + 4 * j, sizeof(id));
					push_token(out, id, base, with_starts, host);
					base += lens[j];
				}
			}
			return k;
		}
	}
	return 0;
}

/* Remember the k tokens (ids, byte lengths) of the piece p[0, n). */
static void
cache_insert(const llmnum_vocab *v, const unsigned char *p, size_t n, uint64_t h,
			 const uint32_t *ids, const uint8_t *lens, size_t k)
{
	cache_set  *set = &cache_sets[(h >> 40) & (CACHE_SETS - 1)];
	uint64_t	key = (h >> 32) | ((uint64_t) n << 32);
	uint32_t	size = entry_size(n, k);
	unsigned char *e;
	cache_entry head;

	if (cache_used + size > CACHE_ARENA)
	{
		/* drop everything */
		memset(cache_sets, 0, sizeof(cache_sets));
		cache_used = 8;
	}
	e = cache_arena + cache_used;
	head.vocab = v;
	head.n_tokens = (uint32_t) k;
	head.unused = 0;
	memcpy(e, &head, sizeof(head));
	memcpy(e + sizeof(head), p, n);
	memcpy(e + sizeof(head) + n, ids, k * sizeof(uint32_t));
	memcpy(e + sizeof(head) + n + 4 * k, lens, k);
	memmove(&set->way[1], &set->way[0], (CACHE_WAYS - 1) * sizeof(uint64_t));
	set->way[0] = key | ((uint64_t) (cache_used / 8) << SLOT_OFF_SHIFT);
	cache_used += size;
}

/*
 * A piece of SMALL_PIECE to BUCKET_PIECE - 1 bytes by tree_merge, its
 * tokens pushed to out and, if cache, remembered in the piece cache under
 * its hash h.  The ids and lengths are compacted in place into tok[] and
 * prev[]: the walk reads positions at or after the one it writes.
 */
static size_t
merge_mid(const llmnum_vocab *v, const unsigned char *p, size_t n, uint64_t h,
		  int cache, size_t base, llmnum_tokens *out, int with_starts,
		  const llmnum_host *host)
{
	uint32_t	leaves = llmnum_tree_leaves(n);
	uint64_t   *tree;
	uint32_t   *next;
	uint32_t   *tok;
	uint8_t    *lens;
	size_t		count;
	size_t		k = 0;
	uint32_t	i;

	tree = host->alloc(2 * (size_t) leaves * sizeof(uint64_t) + 3 * (n + 1) * sizeof(uint32_t));
	next = (uint32_t *) (tree + 2 * leaves);
	tok = next + 2 * (n + 1);
	lens = (uint8_t *) (next + (n + 1));
	pair_memo_use(v);
	count = tree_merge(v, p, n, 1, tree, next, next + (n + 1), tok);
	for (i = 0; i != n; i = next[i])
	{
		tok[k] = tok[i];
		lens[k++] = (uint8_t) (next[i] - i);
	}
	if (cache)
		cache_insert(v, p, n, h, tok, lens, count);
	if (out != NULL)
		push_ids(out, tok, lens, count, base, with_starts, host);
	host->free(tree);
	return count;
}

/*
 * Tokens of a piece of 3 to CACHE_MAX_PIECE - 1 bytes that is not one
 * token; h is its llmnum_vocab_hash.  Pieces of few distinct bytes from
 * SMALL_PIECE on (runs of one letter) take the bucketed merge uncached.
 */
static size_t
merge_cached(const llmnum_vocab *v, const unsigned char *p, size_t n, uint64_t h,
			 size_t base, llmnum_tokens *out, int with_starts,
			 const llmnum_host *host)
{
	uint32_t	ids[SMALL_PIECE];
	uint8_t		lens[SMALL_PIECE];
	size_t		k;

	if ((k = cache_lookup(v, p, n, h, base, out, with_starts, host)) != 0)
		return k;
	if (n >= SMALL_PIECE)
		return llmnum_few_first_bytes(p, n)
			? merge_bucketed(v, p, n, base, out, with_starts, host)
			: merge_mid(v, p, n, h, 1, base, out, with_starts, host);
	k = merge_small(v, p, n, ids, lens);
	cache_insert(v, p, n, h, ids, lens, k);
	if (out != NULL)
		push_ids(out, ids, lens, k, base, with_starts, host);
	return k;
}

/*
 * Long pieces that end in a character beyond ASCII (CACHE_FIRST bytes or
 * more: a clause of Chinese or Japanese, a Russian word) are mostly
 * several tokens, which the vocabulary probe (a cache miss in megabytes of
 * index) does not find.  They are looked up in the piece cache first, and
 * the cache keeps them also when they are one token.  English and code are
 * not affected: there the probe finds most long pieces.
 */
#define CACHE_FIRST 10

#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static size_t
cache_first(const llmnum_vocab *v, const unsigned char *p, size_t n, uint64_t h,
			size_t base, llmnum_tokens *out, int with_starts,
			const llmnum_host *host)
{
	uint32_t	id;
	uint8_t		len;
	int32_t		r;
	size_t		k;

	if ((k = cache_lookup(v, p, n, h, base, out, with_starts, host)) != 0)
		return k;
	r = n <= v->max_len ? llmnum_vocab_rank_hashed(v, p, n, h) : -1;
	if (r < 0)
		return merge_cached(v, p, n, h, base, out, with_starts, host);
	if (out != NULL)
		push_token(out, (uint32_t) r, base, with_starts, host);
	id = (uint32_t) r;
	len = (uint8_t) n;
	cache_insert(v, p, n, h, &id, &len, 1);
	return 1;
}

/*
 * The token cache: pieces of 3 to TOKEN_CACHE_MAX bytes that are one or two
 * tokens, remembered with their ranks (and others with their number of
 * tokens, for counts: COUNT_ONLY below).  Half the time of a rank lookup is
 * the wait for its slot of the vocabulary index (2-4 MB, beyond the
 * processor's L2 cache), and a hit then reads the token's bytes elsewhere;
 * a piece of two tokens (one in ten of English's pieces of 3-16 bytes,
 * one in seven of the multilingual text's) costs that failed lookup and
 * then the piece cache's two.  This table is direct-mapped by its own
 * hash of the piece's bytes (token_slot_index), one 32-byte entry per
 * piece holding its bytes, length, vocabulary and tokens, and holds only
 * pieces the text uses: 1 MB that stays in the faster caches, one access
 * per hit.  A hit compares length, bytes and vocabulary in full; an entry
 * is overwritten by the next piece mapped to its place (pieces of two or
 * more tokens stay in the piece cache too).
 * Static zero-initialised memory of the process, like the piece cache.
 */
#ifndef TOKEN_CACHE_SLOTS		/* the unit test also builds with one slot */
#define TOKEN_CACHE_SLOTS 32768
#endif
#define TOKEN_CACHE_MAX 16

typedef struct token_slot
{
	uint64_t	head;			/* bytes 0-7, zero beyond the piece */
	uint64_t	tail;			/* bytes 8-15, zero beyond the piece */
	const llmnum_vocab *vocab;
	uint32_t	first;			/* rank | piece length << 20 | tokens << 25 */
	uint32_t	second;			/* rank | bytes of the first token << 20 */
} token_slot;

static token_slot token_cache[TOKEN_CACHE_SLOTS] CACHE_ALIGNED;

/*
 * The rank of an entry that holds a count and no ids: a piece of more than
 * two tokens, or one the piece cache answered, which a count would
 * otherwise look up there (after a failed vocabulary probe) every time.
 * No vocabulary has that many ranks (the unit test checks).  A count reads
 * the entry; an encoding goes on to the piece cache.
 */
#define COUNT_ONLY LLMNUM_VOCAB_RANK_MASK

/*
 * The slot of a piece from its bytes (head, tail): one multiply, whose top
 * bits depend on every byte.  The vocabulary's hash (two or three
 * multiplies in a row for these pieces) is computed only on a miss: on
 * the path of every hit, it delayed the load of the slot (English counted
 * 7-10% faster through SQL without it).
 */
static inline uint32_t
token_slot_index(uint64_t head, uint64_t tail)
{
	uint64_t	x = (head ^ (tail * 0x9E3779B97F4A7C15ULL)) * 0xD6E8FEB86659FD93ULL;

	/* in two shifts: one slot (the unit test's) shifts out all 64 bits */
	return (uint32_t) ((x >> 32) >> (32 - __builtin_ctz(TOKEN_CACHE_SLOTS)));
}

/* Puts the piece of length n, bytes head and tail, of k tokens in slot. */
static inline void
token_slot_fill(token_slot *slot, const llmnum_vocab *v, size_t n, uint64_t head,
				uint64_t tail, size_t k, uint32_t first_rank, uint32_t second)
{
	slot->head = head;
	slot->tail = tail;
	slot->vocab = v;
	slot->first = first_rank | (uint32_t) n << 20 | (uint32_t) k << 25;
	slot->second = second;
}

/*
 * Tokens of the piece p[0, n), 3 <= n <= TOKEN_CACHE_MAX, pushed to out:
 * from the token cache, else from the vocabulary, the piece cache or a
 * merge (and then remembered).  A piece that cache_first would take
 * comes here only to be counted.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline size_t
token_cached(const llmnum_vocab *v, const unsigned char *p, size_t n,
			 size_t base, llmnum_tokens *out, int with_starts,
			 const llmnum_host *host)
{
	token_slot *slot;
	uint64_t	head;
	uint64_t	tail = 0;
	uint64_t	h;
	uint32_t	ids[SMALL_PIECE];
	uint8_t		lens[SMALL_PIECE];
	int32_t		r;
	size_t		k;

	if (n > 8)
	{
		head = llmnum_load_le64(p);
		tail = llmnum_load_tail(p + 8, n - 8);
	}
	else
		head = llmnum_load_tail(p, n);
	slot = &token_cache[token_slot_index(head, tail)];
	if (((slot->first >> 20) & 31) == n && slot->head == head &&
		slot->tail == tail && slot->vocab == v)
	{
		k = slot->first >> 25;
		if (out == NULL)
			return k;
		if ((slot->first & LLMNUM_VOCAB_RANK_MASK) != COUNT_ONLY)
		{
			push_token(out, slot->first & LLMNUM_VOCAB_RANK_MASK, base, with_starts, host);
			if (k == 2)
				push_token(out, slot->second & LLMNUM_VOCAB_RANK_MASK,
						   base + (slot->second >> 20), with_starts, host);
			return k;
		}
	}
	h = llmnum_vocab_hash(p, n);
	if (n >= CACHE_FIRST && p[n - 1] >= 0x80)
	{
		k = cache_first(v, p, n, h, base, out, with_starts, host);
		token_slot_fill(slot, v, n, head, tail, k, COUNT_ONLY, 0);
		return k;
	}
	r = n <= v->max_len ? llmnum_vocab_rank_hashed(v, p, n, h) : -1;
	if (r >= 0)
	{
		ids[0] = (uint32_t) r;
		lens[0] = (uint8_t) n;
		k = 1;
	}
	else
	{
		if ((k = cache_lookup(v, p, n, h, base, out, with_starts, host)) != 0)
		{
			token_slot_fill(slot, v, n, head, tail, k, COUNT_ONLY, 0);
			return k;
		}
		k = merge_small(v, p, n, ids, lens);
		cache_insert(v, p, n, h, ids, lens, k);
	}
	if (k <= 2)
		token_slot_fill(slot, v, n, head, tail, k, ids[0],
						k == 2 ? ids[1] | (uint32_t) lens[0] << 20 : 0);
	else
		token_slot_fill(slot, v, n, head, tail, k, COUNT_ONLY, 0);
	if (out != NULL)
		push_ids(out, ids, lens, k, base, with_starts, host);
	return k;
}

/*
 * The count cache: the number of tokens of pieces of 3 to COUNT_CACHE_MAX
 * bytes, for counts only.  Most pieces of English and code are that short,
 * and a count needs neither their ranks nor the vocabulary's address, which
 * take half of a token-cache entry: here an entry is 16 bytes (the piece's
 * bytes, its length, a small number standing for the vocabulary, the
 * count), so the same number of pieces takes half the memory, and more of
 * them stay in the processor's faster caches (through SQL English 3-8%
 * faster, the multilingual text 3-5%; docs/benchmarks.md).  Such pieces no
 * longer take places in the token cache either.  Direct-mapped like it; a
 * hit compares the bytes, the length and the vocabulary in full, and a
 * miss asks the vocabulary and the piece cache.  Static zero-initialised
 * memory of the process: an empty entry has length 0, which no piece has.
 */
#ifndef COUNT_CACHE_SLOTS		/* the unit test also builds with one slot */
#define COUNT_CACHE_SLOTS 32768
#endif
#define COUNT_CACHE_MAX 8
#define VOCAB_TAGS 128

typedef struct count_slot
{
	uint64_t	bytes;			/* the piece's bytes, zero beyond it */
	uint32_t	key;			/* length | vocabulary tag << 4 */
	uint32_t	count;
} count_slot;

static count_slot count_cache[COUNT_CACHE_SLOTS] CACHE_ALIGNED;
static const llmnum_vocab *vocab_tags[VOCAB_TAGS];	/* [0] unused */

/*
 * The small number that stands for v in the count cache: its place in
 * vocab_tags, given on first use.  The vocabularies are the few dozen
 * compiled into the library, so the table does not fill; if it did, 0
 * would keep the count cache out of use rather than share a number.
 */
static uint32_t
vocab_tag(const llmnum_vocab *v)
{
	uint32_t	i;

	for (i = 1; i < VOCAB_TAGS && vocab_tags[i] != NULL; i++)
		if (vocab_tags[i] == v)
			return i;
	if (i == VOCAB_TAGS)
		return 0;
	vocab_tags[i] = v;
	return i;
}

/* The count of p[0, n) found without the count cache. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static size_t
count_miss(const llmnum_vocab *v, const unsigned char *p, size_t n,
		   const llmnum_host *host)
{
	uint64_t	h = llmnum_vocab_hash(p, n);

	if (n <= v->max_len && llmnum_vocab_rank_hashed(v, p, n, h) >= 0)
		return 1;
	return merge_cached(v, p, n, h, 0, NULL, 0, host);
}

/* Number of tokens of p[0, n), 3 <= n <= COUNT_CACHE_MAX; tag: v's. */
static inline size_t
count_cached(const llmnum_vocab *v, uint32_t tag, const unsigned char *p, size_t n,
			 const llmnum_host *host)
{
	uint64_t	bytes = llmnum_load_tail(p, n);
	uint32_t	key = (uint32_t) n | tag << 4;
	uint64_t	x = bytes * 0xD6E8FEB86659FD93ULL;
	/* in two shifts: one slot (the unit test's) shifts out all 64 bits */
	count_slot *slot = &count_cache[(x >> 32) >> (32 - __builtin_ctz(COUNT_CACHE_SLOTS))];
	size_t		k;

	if (slot->bytes == bytes && slot->key == key)
		return slot->count;
	k = count_miss(v, p, n, host);
	slot->bytes = bytes;
	slot->key = key;
	slot->count = (uint32_t) k;
	return k;
}

/*
 * Tokens of one piece p[0, n) starting at text offset base.  Inlined into
 * the loop over the pieces: the common cases take a few dozen
 * instructions, which a call would add to.  tag: v's in the count cache
 * when counting (out is NULL), else 0.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline size_t
piece_tokens(const llmnum_vocab *v, uint32_t tag, const unsigned char *p, size_t n,
			 size_t base, llmnum_tokens *out, int with_starts,
			 const llmnum_host *host)
{
	int32_t		r;

	if (n >= 3 && (n < SMALL_PIECE || (n < CACHE_MAX_PIECE && p[n - 1] >= 0x80)))
	{
		uint64_t	h;

		if (tag != 0 && n <= COUNT_CACHE_MAX)
			return count_cached(v, tag, p, n, host);
		if (n <= TOKEN_CACHE_MAX &&
			(out == NULL || n < CACHE_FIRST || p[n - 1] < 0x80))
			return token_cached(v, p, n, base, out, with_starts, host);
		/* one hash for the vocabulary probe and the piece cache */
		h = llmnum_vocab_hash(p, n);
		if (n >= CACHE_FIRST && p[n - 1] >= 0x80)
			return cache_first(v, p, n, h, base, out, with_starts, host);
		r = n <= v->max_len ? llmnum_vocab_rank_hashed(v, p, n, h) : -1;
		if (r >= 0)
		{
			if (out != NULL)
				push_token(out, (uint32_t) r, base, with_starts, host);
			return 1;
		}
		return merge_cached(v, p, n, h, base, out, with_starts, host);
	}
	r = llmnum_vocab_rank(v, p, n);
	if (r >= 0)
	{
		if (out != NULL)
			push_token(out, (uint32_t) r, base, with_starts, host);
		return 1;
	}
	if (n < SMALL_PIECE)
	{
		/* two bytes that are not one token */
		uint32_t	ids[2];
		uint8_t		lens[2];
		size_t		k = merge_small(v, p, n, ids, lens);

		if (out != NULL)
			push_ids(out, ids, lens, k, base, with_starts, host);
		return k;
	}
	if (n < BUCKET_PIECE && !llmnum_few_first_bytes(p, n))
		return merge_mid(v, p, n, 0, 0, base, out, with_starts, host);
	return merge_bucketed(v, p, n, base, out, with_starts, host);
}

static llmnum_tokenizer_status
run(const llmnum_encoding *enc, const unsigned char *text, size_t len,
	size_t *count, llmnum_tokens *out, int with_starts, const llmnum_host *host)
{
	size_t		pos = 0;
	size_t		next_check = CHECK_EVERY;
	uint32_t	tag = out == NULL ? vocab_tag(enc->vocab) : 0;

	*count = 0;
	while (pos < len)
	{
		size_t		end = llmnum_pretok_next(enc->pattern, text, len, pos);

		if (end - pos > LLMNUM_TOKENIZER_MAX_PIECE)
			return LLMNUM_TOKENIZER_PIECE_TOO_LONG;
		*count += piece_tokens(enc->vocab, tag, text + pos, end - pos, pos, out,
							   with_starts, host);
		pos = end;
		if (pos >= next_check)
		{
			host->check_interrupts();
			next_check = pos + CHECK_EVERY;
		}
	}
	return LLMNUM_TOKENIZER_OK;
}

llmnum_tokenizer_status
llmnum_tokenizer_count(const llmnum_encoding *enc, const unsigned char *text,
				 size_t len, size_t *count, const llmnum_host *host)
{
	if (enc->spm != NULL)
		return llmnum_spm_count(enc->spm, text, len, count, host);
	return run(enc, text, len, count, NULL, 0, host);
}

llmnum_tokenizer_status
llmnum_tokenizer_encode(const llmnum_encoding *enc, const unsigned char *text,
				  size_t len, int with_starts, llmnum_tokens *out,
				  const llmnum_host *host)
{
	size_t		count;

	if (enc->spm != NULL)
	{
		size_t		pos = 0;
		llmnum_tokenizer_status st = LLMNUM_TOKENIZER_OK;

		while (pos < len && st == LLMNUM_TOKENIZER_OK)
			st = llmnum_spm_encode_piece(enc->spm, text, len, &pos, with_starts,
										 out, host);
		return st;
	}
	return run(enc, text, len, &count, out, with_starts, host);
}

/*
 * One pre-tokenizer piece at a time: pieces are merged independently, so
 * the tokens of successive calls, concatenated, are encode's.  Callers
 * that need only a prefix or a window of the tokens stop or drop tokens
 * as they go instead of holding the whole text's.
 */
llmnum_tokenizer_status
llmnum_tokenizer_encode_piece(const llmnum_encoding *enc, const unsigned char *text,
						size_t len, size_t *pos, int with_starts,
						llmnum_tokens *out, const llmnum_host *host)
{
	size_t		start = *pos;
	size_t		end;

	if (enc->spm != NULL)
		return llmnum_spm_encode_piece(enc->spm, text, len, pos, with_starts,
									   out, host);
	if (start >= len)
		return LLMNUM_TOKENIZER_OK;
	end = llmnum_pretok_next(enc->pattern, text, len, start);
	if (end - start > LLMNUM_TOKENIZER_MAX_PIECE)
		return LLMNUM_TOKENIZER_PIECE_TOO_LONG;
	piece_tokens(enc->vocab, 0, text + start, end - start, start, out, with_starts, host);
	*pos = end;
	return LLMNUM_TOKENIZER_OK;
}

/* Bytes of one id, special tokens included; 0 if the id is unknown. */
static int
id_bytes(const llmnum_encoding *enc, int32_t id, const unsigned char **p,
		 size_t *n)
{
	size_t		i;

	if (id < 0)
		return 0;
	if (llmnum_vocab_token(enc->vocab, (uint32_t) id, p, n))
		return 1;
	for (i = 0; i < enc->n_specials; i++)
		if (enc->specials[i].id == (uint32_t) id)
		{
			*p = (const unsigned char *) enc->specials[i].text;
			*n = strlen(enc->specials[i].text);
			return 1;
		}
	return 0;
}

llmnum_tokenizer_status
llmnum_tokenizer_decode(const llmnum_encoding *enc, const int32_t *ids, size_t n,
				  unsigned char **out, size_t *out_len, size_t *bad_index,
				  const llmnum_host *host)
{
	size_t		total = 0;
	size_t		i;
	unsigned char *buf;

	if (enc->spm != NULL)
		return llmnum_spm_decode(enc->spm, ids, n, out, out_len, bad_index, host);
	for (i = 0; i < n; i++)
	{
		const unsigned char *p;
		size_t		len;

		if (!id_bytes(enc, ids[i], &p, &len))
		{
			*bad_index = i;
			return LLMNUM_TOKENIZER_UNKNOWN_ID;
		}
		total += len;
		if ((i + 1) % CHECK_EVERY == 0)
			host->check_interrupts();
	}
	buf = host->alloc(total + 1);
	total = 0;
	for (i = 0; i < n; i++)
	{
		const unsigned char *p = NULL;
		size_t		len = 0;

		id_bytes(enc, ids[i], &p, &len);
		memcpy(buf + total, p, len);
		total += len;
	}
	buf[total] = '\0';
	*out = buf;
	*out_len = total;
	return LLMNUM_TOKENIZER_OK;
}
