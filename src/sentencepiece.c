/*-------------------------------------------------------------------------
 *
 * sentencepiece.c
 *	  SentencePiece-BPE: normalization, byte fallback, priority merges.
 *
 * The text is cut into words (a run of spaces, then the characters up to
 * the next space) at the starts of space runs that no piece can cross (see
 * space_bridges), so merging each word alone gives the merges of the whole
 * text; an added piece (matched first, see sentencepiece.h) also ends a
 * word.  Each word's characters become symbols; the candidate merges (one
 * per adjacent pair whose concatenation is a piece) are keyed by (priority
 * of the piece, left id, right id; for Gemma by the pieces' lengths before
 * the ids) and taken lowest key first, leftmost first among equal keys.  Short words are
 * merged by scanning for the lowest key, words of up to 8 KB by a
 * tournament tree of the keys (merge_mid); longer ones (a megabyte without
 * a space), and words of few distinct bytes, by buckets of positions per
 * key (merge_big), so that they cost O(n log n) and sweep memory in order.
 *
 *-------------------------------------------------------------------------
 */
#include "sentencepiece.h"
#include "bucket_pool.h"

#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX
#define NO_MERGE UINT64_MAX

/* A merge's key: see sentencepiece.h. */
#define KEY_ID_BITS LLMNUM_SPM_KEY_ID_BITS
#define KEY_ID_MASK ((1u << KEY_ID_BITS) - 1)
#define KEY_LEFT(key) ((uint32_t) ((key) >> KEY_ID_BITS) & KEY_ID_MASK)
#define KEY_RIGHT(key) ((uint32_t) (key) & KEY_ID_MASK)
#define CHECK_EVERY ((size_t) 1 << 20)

/*
 * How many positions ahead merge_big prefetches a symbol record, and the
 * pair-cache slots of the merge it may make.
 */
#define PREFETCH_AHEAD 16
#define PAIR_AHEAD 8

/* Words up to this many bytes are merged in stack arrays (merge_small). */
#define SMALL_WORD 64
/*
 * Longer words below this many bytes use a tree (merge_mid), then
 * merge_big.  On pseudo-random letters Gemma's words merge faster in the
 * tree up to about 8 KB (words of 2,048 letters 52 -> 43 ms per MB), the
 * other vocabularies' as fast up to 3 KB and 6-9% slower from 4 KB on,
 * still far below Gemma's.
 */
#ifndef MID_WORD
#define MID_WORD 8192
#endif

static inline uint32_t
piece_of(const llmnum_spm_vocab *v, const unsigned char *p, size_t n)
{
	uint64_t	h;
	uint64_t	key;
	uint32_t	mask;
	uint32_t	i;

	if (n == 0 || n > v->max_len)
		return NONE;
	h = llmnum_vocab_hash(p, n);
	key = llmnum_vocab_key(n, h);
	mask = (1u << v->index_bits) - 1;
	for (i = (uint32_t) h & mask;; i = (i + 1) & mask)
	{
		uint64_t	slot = llmnum_load_le64(v->index + 8 * (size_t) i);

		if (slot == LLMNUM_VOCAB_SLOT_EMPTY)
			return NONE;
		if ((slot & LLMNUM_VOCAB_KEY_MASK) == key &&
			llmnum_bytes_equal(v->bytes + (uint32_t) slot, p, n))
			return (uint32_t) ((slot >> 32) & LLMNUM_VOCAB_RANK_MASK);
	}
}

static inline void
piece_bytes(const llmnum_spm_vocab *v, uint32_t id, const unsigned char **p,
			size_t *n)
{
	uint32_t	a = llmnum_load_le32(v->offsets + 4 * (size_t) id);
	uint32_t	b = llmnum_load_le32(v->offsets + 4 * (size_t) id + 4);

	*p = v->bytes + a;
	*n = b - a;
}

/*
 * Length of the character at text[i]: a well-formed UTF-8 sequence, or 1
 * for a byte that does not start one (it then falls back to its byte
 * piece, as an unknown character would).
 */
static inline size_t
char_len(const unsigned char *s, size_t len, size_t i)
{
	unsigned char c = s[i];
	size_t		n;
	size_t		k;
	uint32_t	cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, cp = c & 0x07;
	else
		return 1;
	if (i + n > len)
		return 1;
	for (k = 1; k < n; k++)
	{
		if ((s[i + k] & 0xC0) != 0x80)
			return 1;
		cp = (cp << 6) | (s[i + k] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		(n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 1;
	return n;
}

/* A space, or "▁" itself (which the normalized text cannot tell apart). */
static inline int
is_space(const unsigned char *s, size_t len, size_t i)
{
	return s[i] == ' ' ||
		(s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x96 && s[i + 2] == 0x81);
}

/*
 * The longest added piece that starts at s[pos]: its id, with its end in
 * *end; NONE if there is none.
 */
static uint32_t
added_at(const llmnum_spm_vocab *v, const unsigned char *s, size_t len,
		 size_t pos, size_t *end)
{
	uint32_t	node = v->added_root[s[pos]];
	uint32_t	best = NONE;
	size_t		i = pos + 1;

	while (node != 0)
	{
		uint32_t	lo;
		uint32_t	hi;

		if (v->added_node_id[node] != NONE)
		{
			best = v->added_node_id[node];
			*end = i;
		}
		if (i == len)
			break;
		/* the child by byte s[i]: edges are sorted by byte */
		lo = v->added_child_start[node];
		hi = v->added_child_start[node + 1];
		while (lo < hi)
		{
			uint32_t	mid = lo + (hi - lo) / 2;

			if (v->added_edge_byte[mid] < s[i])
				lo = mid + 1;
			else
				hi = mid;
		}
		node = lo < v->added_child_start[node + 1] &&
			v->added_edge_byte[lo] == s[i] ? v->added_edge_node[lo] : 0;
		i++;
	}
	return best;
}

/*
 * End of the word that starts at pos (see the file header): before the
 * next space run that starts a word, or before the next added piece, whose
 * id and end go to *added and *added_end (else *added is NONE).
 */
static size_t
word_end(const llmnum_spm_vocab *v, const unsigned char *s, size_t len,
		 size_t pos, uint32_t *added, size_t *added_end)
{
	size_t		i = pos;
	int			seen_other = 0;
	int			after_other = 0;

	*added = NONE;
	while (i < len)
	{
		if (i > pos && v->added_root != NULL && v->added_root[s[i]] != 0 &&
			(*added = added_at(v, s, len, i, added_end)) != NONE)
			return i;
		if (is_space(s, len, i))
		{
			/* the start of a space run (never inside one: "▁▁" is a piece) */
			if (seen_other && after_other &&
				!(v->space_bridges[s[i - 1] / 64] >> (s[i - 1] % 64) & 1))
				return i;
			after_other = 0;
		}
		else
			seen_other = after_other = 1;
		i += char_len(s, len, i);
	}
	return len;
}

/* One symbol of a word of up to MID_WORD bytes (merge_small, merge_mid). */
typedef struct spm_sym
{
	uint32_t	id;				/* its piece */
	uint32_t	start;			/* its first byte, from the word's start */
	uint64_t	key;			/* merge_small's: merge with the next, or
								 * NO_MERGE (merge_mid keeps keys in its tree) */
} spm_sym;

/*
 * One symbol of a long word (merge_big): its piece and the distances to
 * the live symbols before and after it, in one 8-byte record, because the
 * merge visits symbols in no particular order and each visit should cost
 * one cache line, not one per array (eight records share a line).  A
 * distance is the number of symbols a piece was merged from, at most the
 * piece's length in bytes, which gen_spm_vocab.c keeps under 256.
 */
typedef struct big_sym
{
	uint32_t	id;				/* its piece; NONE once merged away */
	union
	{
		struct
		{
			uint16_t	next;	/* to the next live symbol; 0: none */
			uint16_t	prev;	/* to the previous one; 0: none */
		}			d;
		uint32_t	bucket;		/* while the initial pairs are filed */
	}			u;
} big_sym;

/*
 * Byte-fallback symbols never merge (Hugging Face's merge list has no pair
 * with a byte piece), and only they have byte pieces: merges make normal
 * pieces.
 */
static inline int
is_byte(const llmnum_spm_vocab *v, uint32_t id)
{
	return v->types[id] == LLMNUM_SPM_BYTE;
}

/* Characters of a piece (UTF-8). */
static inline size_t
chars_of(const unsigned char *p, size_t n)
{
	size_t		k = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		k += (p[i] & 0xC0) != 0x80;
	return k;
}

/* The piece that merging the pair with this key makes. */
static inline uint32_t
key_piece(const llmnum_spm_vocab *v, uint64_t key);

/*
 * The key of merging pieces a and b (see the file header), and the piece
 * they make into *t; NO_MERGE if their concatenation is no piece that a
 * merge makes, or if either is a byte piece (<0xXX>: byte fallback, never
 * merged; tested here, on a miss of the pair cache, so that a hit does not
 * wait for two loads of the types, 256 KB for Gemma).  fixed names the
 * piece the caller asks about with many others in a row
 * (LLMNUM_PAIR_FIX_LEFT: a, or _RIGHT: b): the pair filter's half to read.
 */
static uint64_t
pair_key_lookup(const llmnum_spm_vocab *v, uint32_t a, uint32_t b, uint32_t *t, int fixed)
{
	const unsigned char *pa;
	const unsigned char *pb;
	size_t		na;
	size_t		nb;
	unsigned char buf[512];
	uint32_t	m;
	uint64_t	key;

	if (is_byte(v, a) || is_byte(v, b) ||
		!llmnum_pair_filter_may_merge(v->pair_filter, a, b, fixed, v->pair_filter_bits))
		return NO_MERGE;
	piece_bytes(v, a, &pa, &na);
	piece_bytes(v, b, &pb, &nb);
	if (na + nb > v->max_len)
		return NO_MERGE;
	memcpy(buf, pa, na);
	memcpy(buf + na, pb, nb);
	m = piece_of(v, buf, na + nb);
	if (m == NONE || v->prio[m] == 0)
		return NO_MERGE;
	*t = m;
	key = ((uint64_t) v->prio[m] << LLMNUM_SPM_KEY_PRIO_SHIFT) |
		((uint64_t) a << KEY_ID_BITS) | b;
	if (v->order_by_length)
		key |= (uint64_t) (LLMNUM_SPM_KEY_MAX_CHARS - chars_of(pa, na)) << 41 |
			(uint64_t) (LLMNUM_SPM_KEY_MAX_CHARS - chars_of(pb, nb)) << 36;
	return key;
}

/*
 * A direct-mapped cache of pair_key_lookup's answers by (a, b), one per
 * vocabulary (sentencepiece.h): text repeats its pairs, and a hit costs one
 * cache line instead of copying, hashing and probing.  A slot holds the
 * key, whose low bits are a and b, or for a pair that makes nothing
 * NO_MERGE_MARK with a and b; a hit compares a and b, so a collision only
 * costs a lookup.  A slot of zeros is empty: no key is zero (priorities
 * start at 1), and the pair (0, 0) is told by the test.
 */
#define PAIR_AB_MASK ((UINT64_C(1) << (2 * KEY_ID_BITS)) - 1)
#define NO_MERGE_MARK (~PAIR_AB_MASK)

static inline uint64_t
pair_key(const llmnum_spm_vocab *v, uint32_t a, uint32_t b, uint32_t *t, int fixed)
{
	uint64_t	ab = (uint64_t) a << KEY_ID_BITS | b;
	llmnum_spm_pair_slot *slot =
		&v->pair_cache[(ab * 0x9E3779B97F4A7C15ULL) >> (64 - LLMNUM_SPM_PAIR_CACHE_BITS)];

	if ((slot->key & PAIR_AB_MASK) != ab || slot->key == 0)
	{
		uint64_t	key = pair_key_lookup(v, a, b, &slot->piece, fixed);

		slot->key = key == NO_MERGE ? NO_MERGE_MARK | ab : key;
	}
	*t = slot->piece;
	return (slot->key & NO_MERGE_MARK) == NO_MERGE_MARK ? NO_MERGE : slot->key;
}

#ifdef __GNUC__
/* Starts loading the pair cache's slot of (a, b). */
static inline void
pair_prefetch(const llmnum_spm_vocab *v, uint32_t a, uint32_t b)
{
	uint64_t	ab = (uint64_t) a << KEY_ID_BITS | b;

	__builtin_prefetch(&v->pair_cache[(ab * 0x9E3779B97F4A7C15ULL) >> (64 - LLMNUM_SPM_PAIR_CACHE_BITS)]);
}
#endif

/* The key of merging symbols with pieces a and b; NO_MERGE if none. */
static inline uint64_t
pair_of(const llmnum_spm_vocab *v, uint32_t a, uint32_t b, int fixed)
{
	uint32_t	t;

	return pair_key(v, a, b, &t, fixed);
}

static inline uint32_t
key_piece(const llmnum_spm_vocab *v, uint64_t key)
{
	uint32_t	t = NONE;

	pair_key(v, KEY_LEFT(key), KEY_RIGHT(key), &t, LLMNUM_PAIR_FIX_LEFT);
	return t;
}

/*
 * The symbols of the character at s[*i]: its piece, or its byte pieces
 * (the j-th starting at byte *i + j).  Returns how many (1-4) into ids and
 * moves *i past the character.
 */
static inline uint32_t
char_symbols(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
			 size_t *i, uint32_t *ids)
{
	size_t		cl;
	uint32_t	t;
	uint32_t	j;

	if (s[*i] < 0x80)
	{
		t = v->ascii_ids[s[*i]];
		cl = 1;
	}
	else
	{
		cl = char_len(s, n, *i);
		t = cl > 1 ? piece_of(v, s + *i, cl) : NONE;
		if (t != NONE && v->types[t] != LLMNUM_SPM_NORMAL &&
			v->types[t] != LLMNUM_SPM_ADDED)
			t = NONE;
	}
	*i += cl;
	if (t != NONE)
	{
		ids[0] = t;
		return 1;
	}
	for (j = 0; j < cl; j++)
		ids[j] = v->byte_ids[s[*i - cl + j]];
	return (uint32_t) cl;
}

/*
 * Symbols of a word s[0, n) (merge_small, merge_mid): the prepended "▁"
 * first if asked, then each character's.  Fills id and start; returns the
 * count, at most n + 1.
 */
static uint32_t
symbols(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		int prepend, spm_sym *sym)
{
	uint32_t	k = 0;
	size_t		i = 0;

	if (prepend)
	{
		sym[k].id = v->space_id;
		sym[k++].start = 0;
	}
	while (i < n)
	{
		size_t		at = i;
		uint32_t	ids[4];
		uint32_t	c = char_symbols(v, s, n, &i, ids);
		uint32_t	j;

		for (j = 0; j < c; j++)
		{
			sym[k].id = ids[j];
			sym[k++].start = (uint32_t) (at + j);
		}
	}
	return k;
}

static void
push(llmnum_tokens *out, uint32_t id, size_t start, int with_starts,
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
 * A short word (at most SMALL_WORD bytes): symbols in arrays that shrink
 * as they merge, the lowest key found by a scan.  Quadratic, but in a few
 * cache lines; the cost is the piece lookups, two per merge, and the scan's
 * choice of the lowest key, made with masks: a branch there mispredicts
 * each time a lower key turns up, and took a tenth of the time of words of
 * distinct letters counted once (Gemma 2, words of 32 letters).
 */
static uint32_t
merge_small(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
			int prepend, uint32_t *ids, uint8_t *starts)
{
	spm_sym		sym[SMALL_WORD + 1];
	uint32_t	k = symbols(v, s, n, prepend, sym);
	uint32_t	i;

	for (i = 0; i + 1 < k; i++)
		sym[i].key = pair_of(v, sym[i].id, sym[i + 1].id, LLMNUM_PAIR_FIX_LEFT);
	if (k > 0)
		sym[k - 1].key = NO_MERGE;
	while (k > 1)
	{
		uint32_t	best = 0;
		uint64_t	best_key = sym[0].key;
		uint32_t	j;

		for (j = 1; j + 1 < k; j++)
		{
			uint64_t	kj = sym[j].key;
			uint64_t	lower = -(uint64_t) (kj < best_key);

			best_key ^= (best_key ^ kj) & lower;
			best ^= (best ^ j) & (uint32_t) lower;
		}
		if (best_key == NO_MERGE)
			break;
		sym[best].id = key_piece(v, best_key);
		memmove(&sym[best + 1], &sym[best + 2], (k - best - 2) * sizeof(spm_sym));
		k--;
		sym[best].key = best + 1 < k ? pair_of(v, sym[best].id, sym[best + 1].id, LLMNUM_PAIR_FIX_LEFT)
			: NO_MERGE;
		if (best > 0)
			sym[best - 1].key = pair_of(v, sym[best - 1].id, sym[best].id, LLMNUM_PAIR_FIX_RIGHT);
	}
	for (i = 0; i < k; i++)
	{
		ids[i] = sym[i].id;
		starts[i] = (uint8_t) sym[i].start;
	}
	return k;
}

/*
 * A long word: the candidate merges in buckets by key, a bucket's
 * positions taken left to right, and a min-heap of the keys that have a
 * bucket.  Merges of one key run as a sequential sweep, which is what
 * keeps a megabyte of one letter fast; a merge that creates a pair with a
 * lower key interrupts the sweep (the heap's top changes), so the order is
 * exactly the global (key, position) order.  A candidate is current iff
 * its symbol still has the key's left piece and the symbol after it the
 * key's right piece: a symbol's pair never takes the same two pieces twice
 * (its pieces only grow), so that pair was filed once, and stale entries
 * are recognised and skipped.
 */
typedef struct key_bucket
{
	uint32_t   *pos;
	uint32_t	head;			/* next entry to take */
	uint32_t	len;
	uint32_t	cap;
	uint8_t		in_heap;
	uint8_t		sorted;
	uint8_t		pooled;			/* pos is carved from the pool's chunks */
} key_bucket;

typedef struct big_word
{
	big_sym    *sym;
	key_bucket *buckets;
	uint32_t	n_buckets;
	uint32_t	cap_buckets;
	uint64_t   *map_keys;		/* open addressing: key -> bucket */
	uint32_t   *map_vals;
	uint32_t	map_bits;
	uint64_t   *heap;			/* keys with a bucket, min-heap */
	uint32_t	n_heap;
	llmnum_bucket_pool pool;	/* the buckets' position arrays */
	const llmnum_host *host;
} big_word;

static inline uint32_t
map_slot(uint64_t key, uint32_t bits)
{
	return (uint32_t) ((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

static uint32_t
bucket_of(big_word *m, uint64_t key)
{
	uint32_t	mask = (1u << m->map_bits) - 1;
	uint32_t	i;

	for (i = map_slot(key, m->map_bits);; i = (i + 1) & mask)
	{
		if (m->map_keys[i] == key)
			return m->map_vals[i];
		if (m->map_keys[i] == NO_MERGE)
			break;
	}
	if (m->n_buckets == m->cap_buckets)
	{
		m->cap_buckets *= 2;
		m->buckets = m->host->realloc(m->buckets, (size_t) m->cap_buckets * sizeof(key_bucket));
		m->heap = m->host->realloc(m->heap, ((size_t) m->cap_buckets + 1) * sizeof(uint64_t));
	}
	memset(&m->buckets[m->n_buckets], 0, sizeof(key_bucket));
	m->buckets[m->n_buckets].sorted = 1;
	m->map_keys[i] = key;
	m->map_vals[i] = m->n_buckets;
	if (++m->n_buckets * 2 > (1u << m->map_bits))
	{
		/* keep the map at most half full: rehash into twice the slots */
		uint64_t   *old_keys = m->map_keys;
		uint32_t   *old_vals = m->map_vals;
		uint32_t	old_size = 1u << m->map_bits;
		uint32_t	k;

		m->map_bits++;
		mask = (1u << m->map_bits) - 1;
		m->map_keys = m->host->alloc((size_t) (mask + 1) * sizeof(uint64_t));
		m->map_vals = m->host->alloc((size_t) (mask + 1) * sizeof(uint32_t));
		memset(m->map_keys, 0xFF, (size_t) (mask + 1) * sizeof(uint64_t));
		for (k = 0; k < old_size; k++)
			if (old_keys[k] != NO_MERGE)
			{
				uint32_t	j;

				for (j = map_slot(old_keys[k], m->map_bits); m->map_keys[j] != NO_MERGE;
					 j = (j + 1) & mask)
					;
				m->map_keys[j] = old_keys[k];
				m->map_vals[j] = old_vals[k];
			}
		m->host->free(old_keys);
		m->host->free(old_vals);
	}
	return m->n_buckets - 1;
}

static void
heap_push(big_word *m, uint64_t key)
{
	uint32_t	slot = m->n_heap++;

	while (slot > 0 && m->heap[(slot - 1) / 2] > key)
	{
		m->heap[slot] = m->heap[(slot - 1) / 2];
		slot = (slot - 1) / 2;
	}
	m->heap[slot] = key;
}

static void
heap_pop(big_word *m)
{
	uint64_t	last = m->heap[--m->n_heap];
	uint32_t	slot = 0;

	m->heap[m->n_heap] = NO_MERGE;
	for (;;)
	{
		uint32_t	child = 2 * slot + 1;

		if (child >= m->n_heap)
			break;
		child += m->heap[child + 1] < m->heap[child];
		if (m->heap[child] >= last)
			break;
		m->heap[slot] = m->heap[child];
		slot = child;
	}
	m->heap[slot] = last;
}

static void
bucket_push(big_word *m, uint64_t key, uint32_t pos)
{
	uint32_t	bi = bucket_of(m, key);	/* may move m->buckets */
	key_bucket *b = &m->buckets[bi];

	if (b->len == b->cap)
	{
		b->cap = b->cap ? b->cap * 2 : 4;
		llmnum_pool_grow(&m->pool, &b->pos, &b->pooled, b->len, b->cap);
	}
	if (b->len > b->head && b->pos[b->len - 1] > pos)
		b->sorted = 0;
	b->pos[b->len++] = pos;
	if (!b->in_heap)
	{
		b->in_heap = 1;
		heap_push(m, key);
	}
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a;
	uint32_t	y = *(const uint32_t *) b;

	return x < y ? -1 : x > y;
}

/* Files the pair of symbol a (with the next one), if it merges. */
static inline void
file_pair(const llmnum_spm_vocab *v, big_word *m, uint32_t a, int fixed)
{
	big_sym    *x = &m->sym[a];
	uint64_t	key;

	if (x->u.d.next == 0)
		return;
	key = pair_of(v, x->id, x[x->u.d.next].id, fixed);
	if (key != NO_MERGE)
		bucket_push(m, key, a);
}

/* merge_big's memo of initial pairs: (a, b) -> bucket, or NONE. */
#define MEMO_BITS 10

typedef struct spm_memo
{
	uint32_t	a;
	uint32_t	b;
	uint32_t	bi;
} spm_memo;

static size_t
merge_big(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		  size_t base, int prepend, llmnum_tokens *out, int with_starts,
		  const llmnum_host *host)
{
	size_t		cap = n + 1;	/* a byte gives at most one symbol, plus "▁" */
	big_word	m;
	uint32_t	k;
	uint32_t	i;
	size_t		count;
	size_t		merges = 0;
	spm_memo	memo[1 << MEMO_BITS];
	uint32_t   *starts = out != NULL ? host->alloc(cap * sizeof(uint32_t)) : NULL;
	size_t		at;

	m.sym = host->alloc(cap * sizeof(big_sym));
	m.host = host;
	llmnum_pool_init(&m.pool, host);
	m.map_bits = llmnum_bucket_map_bits(n);
	m.cap_buckets = 1u << (m.map_bits - 2);
	m.n_buckets = 0;
	m.buckets = host->alloc((size_t) m.cap_buckets * sizeof(key_bucket));
	m.heap = host->alloc(((size_t) m.cap_buckets + 1) * sizeof(uint64_t));
	m.n_heap = 0;
	m.map_keys = host->alloc((size_t) (1u << m.map_bits) * sizeof(uint64_t));
	m.map_vals = host->alloc((size_t) (1u << m.map_bits) * sizeof(uint32_t));
	memset(m.map_keys, 0xFF, (size_t) (1u << m.map_bits) * sizeof(uint64_t));

	k = 0;
	if (prepend)
	{
		m.sym[k].id = v->space_id;
		if (starts != NULL)
			starts[k] = 0;
		k++;
	}
	for (at = 0; at < n;)
	{
		size_t		from = at;
		uint32_t	ids[4];
		uint32_t	c = char_symbols(v, s, n, &at, ids);

		for (i = 0; i < c; i++)
		{
			m.sym[k].id = ids[i];
			if (starts != NULL)
				starts[k] = (uint32_t) (from + i);
			k++;
		}
	}
	count = k;

	/*
	 * The initial pairs, one per symbol, are filed by a counting sort
	 * rather than pushed one by one (which took a third of the time on a
	 * megabyte of random letters): count each key's pairs, give each key's
	 * bucket an array of exactly that size, then place the positions in
	 * increasing order, so each bucket is sorted.  A word has few distinct
	 * initial pairs (pairs of characters), so a small direct-mapped memo of
	 * (left piece, right piece) -> bucket saves the key and bucket lookups
	 * of most symbols.  next holds the symbol's bucket (NONE: no merge)
	 * until the placing.
	 */
	memset(memo, 0xFF, sizeof(memo));
	for (i = 0; i + 1 < k; i++)
	{
		uint32_t	a = m.sym[i].id;
		uint32_t	b = m.sym[i + 1].id;
		spm_memo   *e = &memo[((a * 0x9E3779B1u) ^ b) * 0x85EBCA6Bu >> (32 - MEMO_BITS)];

		if (e->a != a || e->b != b)
		{
			uint64_t	key = pair_of(v, a, b, LLMNUM_PAIR_FIX_LEFT);

			e->a = a;
			e->b = b;
			e->bi = key == NO_MERGE ? NONE : bucket_of(&m, key);
		}
		m.sym[i].u.bucket = e->bi;
		if (e->bi != NONE)
			m.buckets[e->bi].cap++;
	}
	if (k > 0)
		m.sym[k - 1].u.bucket = NONE;
	for (i = 0; i < (1u << m.map_bits); i++)
		if (m.map_keys[i] != NO_MERGE)
		{
			key_bucket *b = &m.buckets[m.map_vals[i]];

			llmnum_pool_grow(&m.pool, &b->pos, &b->pooled, 0, b->cap);
			b->in_heap = 1;
			heap_push(&m, m.map_keys[i]);
		}
	for (i = 0; i < k; i++)
	{
		if (m.sym[i].u.bucket != NONE)
		{
			key_bucket *b = &m.buckets[m.sym[i].u.bucket];

			b->pos[b->len++] = i;
		}
		m.sym[i].u.d.next = i + 1 < k;
		m.sym[i].u.d.prev = i > 0;
	}

	while (m.n_heap > 0)
	{
		uint64_t	key = m.heap[0];
		uint32_t	bi = bucket_of(&m, key);
		uint32_t	left = KEY_LEFT(key);
		uint32_t	right = KEY_RIGHT(key);
		uint32_t	piece = key_piece(v, key);

		/* m.buckets may move while pairs are filed: index, not pointer */
#define B (&m.buckets[bi])
		if (!B->sorted)
		{
			qsort(B->pos + B->head, B->len - B->head, sizeof(uint32_t), cmp_u32);
			B->sorted = 1;
		}
		while (B->head < B->len && m.heap[0] == key)
		{
			uint32_t	a;
			big_sym    *x;
			big_sym    *y;

#ifdef __GNUC__
			/*
			 * The positions of a key are visited in order but far apart
			 * (random text): fetch the records a few visits ahead, so that
			 * the sweep does not wait on memory at every step, with the
			 * cache lines before and after, where a merge finds the
			 * neighbours it links and re-pairs (a piece spans a few
			 * records, and the lines are not otherwise fetched in time).
			 * (A prefetch of an address outside the array is harmless.)
			 */
			if (B->head + PREFETCH_AHEAD < B->len)
			{
				uintptr_t	r = (uintptr_t) &m.sym[B->pos[B->head + PREFETCH_AHEAD]];

				__builtin_prefetch((const void *) (r - 64), 1);
				__builtin_prefetch((const void *) r, 1);
				__builtin_prefetch((const void *) (r + 64), 1);
			}
			/*
			 * Each merge looks up its two new pairs in the pair cache (2 MB,
			 * most of it beyond the L2 cache), and those loads were a
			 * quarter of the time of words of 10,240 random letters: start
			 * them for the merge PAIR_AHEAD visits ahead, whose records
			 * came in with the prefetch above.  The neighbours are read
			 * without asking whether that merge is current: a stale visit
			 * only prefetches a slot in vain (its distances still point
			 * inside the word), while a test there mispredicted as often
			 * as visits are stale (most of them, in the buckets of the
			 * first pairs) and cost more than the prefetch saved.
			 */
			if (B->head + PAIR_AHEAD < B->len)
			{
				const big_sym *u = &m.sym[B->pos[B->head + PAIR_AHEAD]];
				const big_sym *w = u + u->u.d.next;

				pair_prefetch(v, piece, w[w->u.d.next].id);
				pair_prefetch(v, u[-(int) u->u.d.prev].id, piece);
			}
#endif
			a = B->pos[B->head++];
			x = &m.sym[a];
			if (x->id != left || x->u.d.next == 0)
				continue;
			y = x + x->u.d.next;
			if (y->id != right)
				continue;
			/* x absorbs y, the symbol after it */
			x->id = piece;
			y->id = NONE;
			if (y->u.d.next != 0)
			{
				x->u.d.next += y->u.d.next;
				x[x->u.d.next].u.d.prev = x->u.d.next;
			}
			else
				x->u.d.next = 0;
			file_pair(v, &m, a, LLMNUM_PAIR_FIX_LEFT);
			if (x->u.d.prev != 0)
				file_pair(v, &m, a - x->u.d.prev, LLMNUM_PAIR_FIX_RIGHT);
			count--;
			if (++merges % CHECK_EVERY == 0)
				host->check_interrupts();
		}
		if (B->head == B->len && m.heap[0] == key)
		{
			heap_pop(&m);
			B->in_heap = 0;
			B->head = B->len = 0;
			B->sorted = 1;
		}
#undef B
	}
	if (out != NULL)
	{
		for (i = 0; k > 0; i += m.sym[i].u.d.next)
		{
			push(out, m.sym[i].id, base + starts[i], with_starts, host);
			if (m.sym[i].u.d.next == 0)
				break;
		}
		host->free(starts);
	}
	for (i = 0; i < m.n_buckets; i++)
		llmnum_pool_free_array(&m.pool, m.buckets[i].pos, m.buckets[i].pooled);
	llmnum_pool_release(&m.pool);
	host->free(m.map_keys);
	host->free(m.map_vals);
	host->free(m.heap);
	host->free(m.buckets);
	host->free(m.sym);
	return count;
}

/*
 * A word of SMALL_WORD to MID_WORD bytes (a URL, a base64 string, a
 * hash, a Chinese paragraph): a tournament tree over the symbols, each leaf the key of a
 * symbol's pair with the next one, each inner node the lowest key below it
 * and its symbol, the leftmost on ties: the root is the pair that
 * merge_small's scan would merge.  A merge changes the keys of three
 * leaves next to each other (the merged symbol's, the absorbed one's, the
 * one before), and the inner nodes above them are recomputed level by
 * level, a range that narrows by half at each level: a few dozen nodes, without
 * a branch that depends on the keys.  Each level waits for the one below,
 * so a node holds its key as well as its symbol: comparing two children
 * then reads the tree only, not the symbols' records too (6% off such
 * words).  (A heap of (key, symbol) entries sifted two or three entries per
 * merge, stale ones included, and spent half the time of such words there.)
 * merge_big's buckets and table of keys cost more than they save on such
 * words, whose keys mostly have one position each.
 *
 * The arrays are the process's (a backend is single-threaded and nothing
 * called from here comes back into it), 384 KB of zero-initialised static
 * memory of which the pages a word reaches become resident: a thousand
 * words of a kilobyte would otherwise allocate and free four blocks each.
 */
_Static_assert((MID_WORD & (MID_WORD - 1)) == 0,
			   "merge_mid's tree has 2 * MID_WORD nodes");

static spm_sym mid_sym[MID_WORD];	/* n < MID_WORD bytes: k <= MID_WORD */
static uint32_t mid_next[2 * MID_WORD]; /* next, then prev, per leaf */
static uint32_t mid_tree[2 * MID_WORD]; /* the symbol of each node */
static uint64_t mid_key[2 * MID_WORD];	/* its key */

/* Recompute the inner nodes above the leaves lo..hi (indices into tree). */
static inline void
mid_update(uint32_t *tree, uint64_t *key, uint32_t lo, uint32_t hi)
{
	uint64_t	kj;
	uint32_t	tj;
	uint32_t	j;

	for (lo /= 2, hi /= 2; lo >= 1; lo /= 2, hi /= 2)
	{
		for (j = lo; j <= hi; j++)
		{
			uint64_t	l = key[2 * j];
			uint64_t	r = key[2 * j + 1];
			uint64_t	right = -(uint64_t) (r < l);	/* all ones: r wins */

			/* masks, not ?: which GCC compiles to a mispredicted branch */
			tree[j] = tree[2 * j] ^ ((tree[2 * j] ^ tree[2 * j + 1]) & (uint32_t) right);
			key[j] = l ^ ((l ^ r) & right);
		}
		if (lo == hi)
			break;
	}
	if (lo == 0)
		return;

	/*
	 * One node per level from here to the root: the node just computed
	 * stays in registers and meets its sibling, so a level does not wait
	 * for the store of the level below to be read back.  The sibling wins
	 * if its key is lower, or equal and it is the left child.
	 */
	kj = key[lo];
	tj = tree[lo];
	for (j = lo; j > 1; j /= 2)
	{
		uint64_t	ks = key[j ^ 1];
		uint32_t	ts = tree[j ^ 1];
		uint64_t	sibling = -(uint64_t) ((ks < kj) | ((ks == kj) & (j & 1)));

		kj ^= (kj ^ ks) & sibling;
		tj ^= (tj ^ ts) & (uint32_t) sibling;
		tree[j / 2] = tj;
		key[j / 2] = kj;
	}
}

static size_t
merge_mid(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		  size_t base, int prepend, llmnum_tokens *out, int with_starts,
		  const llmnum_host *host)
{
	spm_sym    *sym = mid_sym;
	uint32_t   *next = mid_next;
	uint32_t   *prev = mid_next + MID_WORD;
	uint32_t   *tree = mid_tree;
	uint64_t   *key = mid_key;
	uint32_t	k = symbols(v, s, n, prepend, sym);
	uint32_t	leaves = llmnum_tree_leaves(k);
	uint32_t	i;
	size_t		count = k;

	for (i = 0; i < leaves; i++)
	{
		next[i] = i + 1;
		prev[i] = i - 1;		/* not read for 0 */
		tree[leaves + i] = i;
		key[leaves + i] = i + 1 < k ? pair_of(v, sym[i].id, sym[i + 1].id, LLMNUM_PAIR_FIX_LEFT)
			: NO_MERGE;			/* the last symbol's, and the padding leaves' */
	}
	mid_update(tree, key, leaves, 2 * leaves - 1);

	while (key[1] != NO_MERGE)
	{
		uint32_t	a = tree[1];
		uint32_t	b = next[a];
		uint32_t	c = next[b];
		uint32_t	first = a;

		/* a absorbs b */
		sym[a].id = key_piece(v, key[1]);
		key[leaves + b] = NO_MERGE;
		next[a] = c;
		if (c < k)
		{
			prev[c] = a;
			key[leaves + a] = pair_of(v, sym[a].id, sym[c].id, LLMNUM_PAIR_FIX_LEFT);
		}
		else
			key[leaves + a] = NO_MERGE;
		if (a > 0)
		{
			first = prev[a];
			key[leaves + first] = pair_of(v, sym[first].id, sym[a].id, LLMNUM_PAIR_FIX_RIGHT);
		}
		mid_update(tree, key, leaves + first, leaves + b);
		count--;
	}
	if (out != NULL)
		for (i = 0; i < k; i = next[i])
			push(out, sym[i].id, base + sym[i].start, with_starts, host);
	return count;
}

/*
 * The word cache: the tokens of short words merged recently.  Text repeats
 * its words, and a hit costs a hash and a compare instead of a merge.
 * Slots are direct-mapped by the word's hash and point into an arena that
 * holds each entry's bytes, ids and starts; a hit compares the vocabulary,
 * the prepend flag and the bytes in full, so a collision can only cost a
 * miss.  When the arena is full the whole cache is dropped at once (a new
 * generation).  Per process (a backend is single-threaded): 2 MB of arena
 * and 16,384 slots in zero-initialised static memory, of which only the
 * pages used become resident.
 */
#define WORD_CACHE_BITS 14
#define WORD_CACHE_ARENA (2 * 1024 * 1024)

typedef struct word_slot
{
	const llmnum_spm_vocab *v;
	uint32_t	off;			/* entry in word_arena */
	uint32_t	gen;			/* valid iff == word_gen */
	uint8_t		len;			/* word bytes */
	uint8_t		k;				/* tokens */
	uint8_t		prepend;
} word_slot;

static word_slot word_slots[1 << WORD_CACHE_BITS];
static unsigned char word_arena[WORD_CACHE_ARENA];	/* bytes, ids, starts */
static uint32_t word_used;
static uint32_t word_gen = 1;

static size_t
merge_word(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		   size_t base, int prepend, llmnum_tokens *out, int with_starts,
		   const llmnum_host *host)
{
	uint32_t	ids[SMALL_WORD + 1];
	uint8_t		starts[SMALL_WORD + 1];
	uint32_t	k;
	uint32_t	i;
	word_slot  *slot;
	unsigned char *e;

	if (n > SMALL_WORD)
		return n < MID_WORD && !llmnum_few_first_bytes(s, n)
			? merge_mid(v, s, n, base, prepend, out, with_starts, host)
			: merge_big(v, s, n, base, prepend, out, with_starts, host);
	slot = &word_slots[llmnum_vocab_hash(s, n) >> (64 - WORD_CACHE_BITS)];
	if (slot->gen == word_gen && slot->v == v && slot->len == n &&
		slot->prepend == prepend &&
		llmnum_bytes_equal(word_arena + slot->off, s, n))
	{
		k = slot->k;
		if (out != NULL)
		{
			e = word_arena + slot->off + n;
			for (i = 0; i < k; i++)
				push(out, llmnum_load_le32(e + 4 * i), base + e[4 * k + i],
					 with_starts, host);
		}
		return k;
	}
	k = merge_small(v, s, n, prepend, ids, starts);
	if (word_used + n + 5 * k > WORD_CACHE_ARENA)
	{
		word_gen++;
		word_used = 0;
	}
	e = word_arena + word_used;
	memcpy(e, s, n);
	for (i = 0; i < k; i++)
	{
		e[n + 4 * i] = (unsigned char) ids[i];
		e[n + 4 * i + 1] = (unsigned char) (ids[i] >> 8);
		e[n + 4 * i + 2] = (unsigned char) (ids[i] >> 16);
		e[n + 4 * i + 3] = (unsigned char) (ids[i] >> 24);
		e[n + 4 * k + i] = starts[i];
	}
	slot->v = v;
	slot->off = word_used;
	slot->gen = word_gen;
	slot->len = (uint8_t) n;
	slot->k = (uint8_t) k;
	slot->prepend = (uint8_t) prepend;
	word_used += (uint32_t) (n + 5 * k);
	if (out != NULL)
		for (i = 0; i < k; i++)
			push(out, ids[i], base + starts[i], with_starts, host);
	return k;
}

static llmnum_tokenizer_status
run(const llmnum_spm_vocab *v, const unsigned char *text, size_t len,
	size_t *pos, int one_word, size_t *count, llmnum_tokens *out,
	int with_starts, const llmnum_host *host)
{
	size_t		next_check = *pos + CHECK_EVERY;
	uint32_t	added = NONE;	/* the added piece at *pos, if known */
	size_t		added_end = 0;

	while (*pos < len)
	{
		size_t		end;

		if (added == NONE && v->added_root != NULL)
			added = added_at(v, text, len, *pos, &added_end);
		if (added != NONE)
		{
			if (out != NULL)
				push(out, added, *pos, with_starts, host);
			(*count)++;
			end = added_end;
			added = NONE;
		}
		else
		{
			/* the word ends before the next added piece, if any */
			end = word_end(v, text, len, *pos, &added, &added_end);
			if (end - *pos > LLMNUM_SPM_MAX_WORD)
				return LLMNUM_TOKENIZER_PIECE_TOO_LONG;
			*count += merge_word(v, text + *pos, end - *pos, *pos,
								 *pos == 0 && v->add_prefix,
								 out, with_starts, host);
		}
		*pos = end;
		if (one_word)
			break;
		if (*pos >= next_check)
		{
			host->check_interrupts();
			next_check = *pos + CHECK_EVERY;
		}
	}
	return LLMNUM_TOKENIZER_OK;
}

llmnum_tokenizer_status
llmnum_spm_count(const llmnum_spm_vocab *v, const unsigned char *text,
				 size_t len, size_t *count, const llmnum_host *host)
{
	size_t		pos = 0;

	*count = 0;
	return run(v, text, len, &pos, 0, count, NULL, 0, host);
}

llmnum_tokenizer_status
llmnum_spm_encode_piece(const llmnum_spm_vocab *v, const unsigned char *text,
						size_t len, size_t *pos, int with_starts,
						llmnum_tokens *out, const llmnum_host *host)
{
	size_t		count = 0;
	size_t		p = *pos;
	llmnum_tokenizer_status st;

	st = run(v, text, len, &p, 1, &count, out, with_starts, host);
	if (st == LLMNUM_TOKENIZER_OK)
		*pos = p;
	return st;
}

size_t
llmnum_spm_piece_text(const llmnum_spm_vocab *v, uint32_t id, unsigned char *buf)
{
	const unsigned char *p;
	size_t		n;
	size_t		i;
	size_t		k = 0;

	if (v->types[id] == LLMNUM_SPM_BYTE)
	{
		/* "<0xXX>" */
		static const char hex[] = "0123456789ABCDEF";

		piece_bytes(v, id, &p, &n);
		if (buf != NULL)
			buf[0] = (unsigned char) ((strchr(hex, p[3]) - hex) * 16 +
									  (strchr(hex, p[4]) - hex));
		return 1;
	}
	piece_bytes(v, id, &p, &n);
	if (v->types[id] == LLMNUM_SPM_CONTROL)
	{
		if (buf != NULL)
			memcpy(buf, p, n);
		return n;
	}
	for (i = 0; i < n;)
	{
		if (i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x96 && p[i + 2] == 0x81)
		{
			if (buf != NULL)
				buf[k] = ' ';
			k++;
			i += 3;
		}
		else
		{
			if (buf != NULL)
				buf[k] = p[i];
			k++;
			i++;
		}
	}
	return k;
}

llmnum_tokenizer_status
llmnum_spm_decode(const llmnum_spm_vocab *v, const int32_t *ids, size_t n,
				  unsigned char **out, size_t *out_len, size_t *bad_index,
				  const llmnum_host *host)
{
	size_t		total = 0;
	size_t		i;
	unsigned char *buf;

	for (i = 0; i < n; i++)
	{
		if (ids[i] < 0 || (uint32_t) ids[i] >= v->n_pieces)
		{
			*bad_index = i;
			return LLMNUM_TOKENIZER_UNKNOWN_ID;
		}
		total += llmnum_spm_piece_text(v, (uint32_t) ids[i], NULL);
		if ((i + 1) % CHECK_EVERY == 0)
			host->check_interrupts();
	}
	buf = host->alloc(total + 1);
	total = 0;
	for (i = 0; i < n; i++)
		total += llmnum_spm_piece_text(v, (uint32_t) ids[i], buf + total);
	/* the space the encoder prepends (Hugging Face's Strip decoder) */
	if (v->add_prefix && total > 0 && buf[0] == ' ')
	{
		memmove(buf, buf + 1, total - 1);
		total--;
	}
	buf[total] = '\0';
	*out = buf;
	*out_len = total;
	return LLMNUM_TOKENIZER_OK;
}
