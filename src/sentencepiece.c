/*-------------------------------------------------------------------------
 *
 * sentencepiece.c
 *	  SentencePiece-BPE: normalization, byte fallback, priority merges.
 *
 * The text is cut into words (a run of spaces, then the characters up to
 * the next space) when the vocabulary allows it (split_at_space): no piece
 * then crosses the start of a space run, so merging each word alone gives
 * the merges of the whole text.  Each word's characters become symbols;
 * the candidate merges (one per adjacent pair whose concatenation is a
 * piece) sit in a binary heap keyed by (priority of the piece, left id,
 * right id, position), one entry per left symbol, updated in place, so a
 * word of n characters costs O(n log n) even when it has no space at all
 * (a megabyte of one letter).
 *
 *-------------------------------------------------------------------------
 */
#include "sentencepiece.h"

#include <string.h>

#define NONE UINT32_MAX
#define NO_MERGE UINT64_MAX
#define CHECK_EVERY ((size_t) 1 << 20)

/* Words up to this many symbols are merged in stack buffers. */
#define SMALL_WORD 64

typedef struct spm_word
{
	uint32_t   *id;				/* piece of each symbol */
	uint32_t   *start;			/* its first byte, from the word's start */
	uint32_t   *next;			/* next live symbol, or NONE */
	uint32_t   *prev;			/* previous live symbol, or NONE */
	uint64_t   *key;			/* merge with next: (prio, left, right) */
	uint32_t   *merged;			/* the piece that merge makes */
	uint32_t   *heap;			/* symbols with a merge, by key */
	uint32_t   *where;			/* each symbol's heap slot, or NONE */
	unsigned char *fixed;		/* 1: a byte-fallback symbol, never merged */
	uint32_t	n;				/* symbols */
	uint32_t	heap_n;
} spm_word;

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
			memcmp(v->bytes + (uint32_t) slot, p, n) == 0)
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

/* End of the word that starts at pos (see the file header). */
static size_t
word_end(const llmnum_spm_vocab *v, const unsigned char *s, size_t len,
		 size_t pos)
{
	size_t		i = pos;
	int			seen_other = 0;

	if (!v->split_at_space)
		return len;
	while (i < len)
	{
		if (is_space(s, len, i))
		{
			if (seen_other)
				return i;
		}
		else
			seen_other = 1;
		i += char_len(s, len, i);
	}
	return len;
}

/* The candidate merge of symbol a with the next one, into key/merged. */
static inline void
candidate(const llmnum_spm_vocab *v, spm_word *w, uint32_t a)
{
	uint32_t	b = w->next[a];
	const unsigned char *pa;
	const unsigned char *pb;
	size_t		na;
	size_t		nb;
	unsigned char buf[512];
	uint32_t	t;

	w->key[a] = NO_MERGE;
	if (b == NONE || w->fixed[a] || w->fixed[b])
		return;
	piece_bytes(v, w->id[a], &pa, &na);
	piece_bytes(v, w->id[b], &pb, &nb);
	if (na + nb > v->max_len)
		return;
	memcpy(buf, pa, na);
	memcpy(buf + na, pb, nb);
	t = piece_of(v, buf, na + nb);
	if (t == NONE || v->prio[t] == 0)
		return;
	w->key[a] = ((uint64_t) v->prio[t] << 40) | ((uint64_t) w->id[a] << 20) | w->id[b];
	w->merged[a] = t;
}

/* Heap order: key, then position (symbols are numbered left to right). */
static inline int
before(const spm_word *w, uint32_t a, uint32_t b)
{
	return w->key[a] < w->key[b] || (w->key[a] == w->key[b] && a < b);
}

static inline void
heap_put(spm_word *w, uint32_t slot, uint32_t sym)
{
	w->heap[slot] = sym;
	w->where[sym] = slot;
}

static void
heap_up(spm_word *w, uint32_t slot)
{
	uint32_t	sym = w->heap[slot];

	while (slot > 0)
	{
		uint32_t	parent = (slot - 1) / 2;

		if (!before(w, sym, w->heap[parent]))
			break;
		heap_put(w, slot, w->heap[parent]);
		slot = parent;
	}
	heap_put(w, slot, sym);
}

static void
heap_down(spm_word *w, uint32_t slot)
{
	uint32_t	sym = w->heap[slot];

	for (;;)
	{
		uint32_t	c = 2 * slot + 1;

		if (c >= w->heap_n)
			break;
		if (c + 1 < w->heap_n && before(w, w->heap[c + 1], w->heap[c]))
			c++;
		if (!before(w, w->heap[c], sym))
			break;
		heap_put(w, slot, w->heap[c]);
		slot = c;
	}
	heap_put(w, slot, sym);
}

static void
heap_remove(spm_word *w, uint32_t a)
{
	uint32_t	slot = w->where[a];
	uint32_t	last = w->heap[--w->heap_n];

	w->where[a] = NONE;
	if (last != a)
	{
		heap_put(w, slot, last);
		heap_up(w, w->where[last]);
		heap_down(w, w->where[last]);
	}
}

/* Recompute symbol a's candidate and fix its place in the heap. */
static void
refresh(const llmnum_spm_vocab *v, spm_word *w, uint32_t a)
{
	uint32_t	slot = w->where[a];

	candidate(v, w, a);
	if (w->key[a] == NO_MERGE)
	{
		if (slot != NONE)
			heap_remove(w, a);
		return;
	}
	if (slot == NONE)
	{
		heap_put(w, w->heap_n++, a);
		heap_up(w, w->heap_n - 1);
	}
	else
	{
		heap_up(w, slot);
		heap_down(w, w->where[a]);
	}
}

/*
 * Symbols of the word s[0, n): the prepended "▁" first if asked, then each
 * character's piece or its byte pieces (marked fixed: Hugging Face's merge
 * list has no pair with a byte piece).  Fills id/start/fixed; returns the
 * count.
 */
static uint32_t
symbols(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		int prepend, uint32_t *id, uint32_t *start, unsigned char *fixed)
{
	uint32_t	k = 0;
	size_t		i = 0;

	if (prepend)
	{
		id[k] = v->space_id;
		fixed[k] = 0;
		start[k++] = 0;
	}
	while (i < n)
	{
		size_t		cl;
		uint32_t	t;

		if (s[i] < 0x80)
		{
			t = v->ascii_ids[s[i]];
			cl = 1;
		}
		else
		{
			cl = char_len(s, n, i);
			t = cl > 1 ? piece_of(v, s + i, cl) : NONE;
			if (t != NONE && v->types[t] != LLMNUM_SPM_NORMAL)
				t = NONE;
		}
		if (t != NONE)
		{
			id[k] = t;
			fixed[k] = 0;
			start[k++] = (uint32_t) i;
		}
		else
		{
			size_t		j;

			for (j = 0; j < cl; j++)
			{
				id[k] = v->byte_ids[s[i + j]];
				fixed[k] = 1;
				start[k++] = (uint32_t) (i + j);
			}
		}
		i += cl;
	}
	return k;
}

/*
 * Merge one word; appends its tokens to out (if not NULL) with starts
 * offset by base; returns the token count.
 */
static size_t
merge_word(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		   size_t base, int prepend, llmnum_tokens *out, int with_starts,
		   const llmnum_host *host);

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

static size_t
merge_word(const llmnum_spm_vocab *v, const unsigned char *s, size_t n,
		   size_t base, int prepend, llmnum_tokens *out, int with_starts,
		   const llmnum_host *host)
{
	/* a byte gives at most one symbol, the prepended "▁" one more */
	size_t		cap = n + 1;
	uint32_t	small[7][SMALL_WORD + 1];
	uint64_t	small_key[SMALL_WORD + 1];
	unsigned char small_fixed[SMALL_WORD + 1];
	void	   *mem = NULL;
	spm_word	w;
	uint32_t	i;
	size_t		count = 0;

	if (n <= SMALL_WORD)
	{
		w.id = small[0];
		w.start = small[1];
		w.next = small[2];
		w.prev = small[3];
		w.merged = small[4];
		w.heap = small[5];
		w.where = small[6];
		w.key = small_key;
		w.fixed = small_fixed;
	}
	else
	{
		unsigned char *p;

		mem = host->alloc(cap * (7 * sizeof(uint32_t) + sizeof(uint64_t) + 1));
		p = mem;
		w.key = (uint64_t *) p;
		p += cap * sizeof(uint64_t);
		w.id = (uint32_t *) p;
		w.start = w.id + cap;
		w.next = w.start + cap;
		w.prev = w.next + cap;
		w.merged = w.prev + cap;
		w.heap = w.merged + cap;
		w.where = w.heap + cap;
		w.fixed = (unsigned char *) (w.where + cap);
	}
	w.n = symbols(v, s, n, prepend, w.id, w.start, w.fixed);
	w.heap_n = 0;
	for (i = 0; i < w.n; i++)
	{
		w.next[i] = i + 1 < w.n ? i + 1 : NONE;
		w.prev[i] = i > 0 ? i - 1 : NONE;
		w.where[i] = NONE;
	}
	for (i = 0; i < w.n; i++)
	{
		candidate(v, &w, i);
		if (w.key[i] != NO_MERGE)
			heap_put(&w, w.heap_n++, i);
	}
	if (w.heap_n > 1)
	{
		uint32_t	k = w.heap_n / 2;

		while (k-- > 0)
			heap_down(&w, k);
	}
	while (w.heap_n > 0)
	{
		uint32_t	a = w.heap[0];
		uint32_t	b = w.next[a];
		uint32_t	after = w.next[b];

		/* a takes b's place: merge, unlink b */
		w.id[a] = w.merged[a];
		w.next[a] = after;
		if (after != NONE)
			w.prev[after] = a;
		if (w.where[b] != NONE)
			heap_remove(&w, b);
		refresh(v, &w, a);
		if (w.prev[a] != NONE)
			refresh(v, &w, w.prev[a]);
	}
	for (i = 0; w.n > 0 && i != NONE; i = w.next[i])
	{
		if (out != NULL)
			push(out, w.id[i], base + w.start[i], with_starts, host);
		count++;
	}
	if (mem != NULL)
		host->free(mem);
	return count;
}

static llmnum_tokenizer_status
run(const llmnum_spm_vocab *v, const unsigned char *text, size_t len,
	size_t *pos, int one_word, size_t *count, llmnum_tokens *out,
	int with_starts, const llmnum_host *host)
{
	size_t		next_check = *pos + CHECK_EVERY;

	while (*pos < len)
	{
		size_t		end = word_end(v, text, len, *pos);

		if (end - *pos > LLMNUM_SPM_MAX_WORD)
			return LLMNUM_TOKENIZER_PIECE_TOO_LONG;
		*count += merge_word(v, text + *pos, end - *pos, *pos, *pos == 0,
							 out, with_starts, host);
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

/* Decoded bytes of one piece into buf (if not NULL); returns their count. */
static size_t
decode_piece(const llmnum_spm_vocab *v, uint32_t id, unsigned char *buf)
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
		total += decode_piece(v, (uint32_t) ids[i], NULL);
		if ((i + 1) % CHECK_EVERY == 0)
			host->check_interrupts();
	}
	buf = host->alloc(total + 1);
	total = 0;
	for (i = 0; i < n; i++)
		total += decode_piece(v, (uint32_t) ids[i], buf + total);
	/* the space the encoder prepends (Hugging Face's Strip decoder) */
	if (total > 0 && buf[0] == ' ')
	{
		memmove(buf, buf + 1, total - 1);
		total--;
	}
	buf[total] = '\0';
	*out = buf;
	*out_len = total;
	return LLMNUM_TOKENIZER_OK;
}
