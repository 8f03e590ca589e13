/*-------------------------------------------------------------------------
 *
 * special_tokens.c
 *	  Finding an encoding's special-token strings in text.
 *
 * By default llmnum counts special-token strings ("<|endoftext|>",
 * "<|im_start|>", "<s>") as ordinary text, as tiktoken's encode_ordinary
 * does.  Asked to (count_tokens(..., special_tokens => true)), it counts
 * each as its one special token, as tiktoken's encode with every special
 * allowed and Hugging Face tokenizers do: the text is cut at the specials
 * and the pieces between them are tokenized on their own.
 *
 * Lookup: per encoding, built on first use, a 256-bit set of the bytes a
 * special starts with and the distinct special lengths; the specials sit
 * in one open-addressing hash table keyed by (encoding, bytes).  At a
 * position whose byte starts some special, each length is tried from the
 * longest down, so the longest special wins at the leftmost position.
 * Text without any such byte costs one table lookup per byte.
 *
 * Pure C: the index lives in static storage, written once per encoding
 * and process (a backend is single-threaded).
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "special_tokens.h"

#define MAX_INDEXED_ENCODINGS 32
#define MAX_LENGTHS 64
#define SLOT_BITS 14
#define SLOTS (1u << SLOT_BITS)

typedef struct special_index
{
	const llmnum_encoding *enc;
	uint8_t		first[32];		/* bit b: some special starts with byte b */
	uint16_t	lengths[MAX_LENGTHS];	/* distinct lengths, longest first */
	int			n_lengths;
	int			usable;			/* 0 when the index could not hold it */
} special_index;

typedef struct special_slot
{
	const llmnum_encoding *enc;	/* NULL: empty */
	uint32_t	idx;			/* into enc->specials */
} special_slot;

static special_index indexes[MAX_INDEXED_ENCODINGS];
static int	n_indexes;
static special_slot slots[SLOTS];
static uint32_t n_slots_used;

static uint32_t
slot_hash(const llmnum_encoding *enc, const unsigned char *s, size_t n)
{
	uint64_t	h = 1469598103934665603ULL ^ (uint64_t) (uintptr_t) enc;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return (uint32_t) (h ^ (h >> 29)) & (SLOTS - 1);
}

static const special_index *
index_of(const llmnum_encoding *enc)
{
	special_index *ix;
	size_t		i;
	int			k;

	for (k = 0; k < n_indexes; k++)
		if (indexes[k].enc == enc)
			return &indexes[k];
	if (n_indexes == MAX_INDEXED_ENCODINGS)
		return NULL;
	ix = &indexes[n_indexes++];
	memset(ix, 0, sizeof(*ix));
	ix->enc = enc;
	ix->usable = n_slots_used + enc->n_specials <= SLOTS / 2;
	if (!ix->usable)
		return ix;
	for (i = 0; i < enc->n_specials; i++)
	{
		const unsigned char *t = (const unsigned char *) enc->specials[i].text;
		size_t		n = strlen((const char *) t);
		uint32_t	h;

		if (n == 0)
			continue;
		ix->first[t[0] >> 3] |= (uint8_t) (1u << (t[0] & 7));
		for (k = 0; k < ix->n_lengths && ix->lengths[k] != n; k++)
			;
		if (k == ix->n_lengths)
		{
			if (ix->n_lengths == MAX_LENGTHS || n > UINT16_MAX)
			{
				ix->usable = 0;
				return ix;
			}
			ix->lengths[ix->n_lengths++] = (uint16_t) n;
		}
		for (h = slot_hash(enc, t, n); slots[h].enc != NULL; h = (h + 1) & (SLOTS - 1))
			;
		slots[h].enc = enc;
		slots[h].idx = (uint32_t) i;
		n_slots_used++;
	}
	/* longest first: the first length that matches is the longest match */
	for (k = 1; k < ix->n_lengths; k++)
	{
		uint16_t	v = ix->lengths[k];
		int			j = k;

		for (; j > 0 && ix->lengths[j - 1] < v; j--)
			ix->lengths[j] = ix->lengths[j - 1];
		ix->lengths[j] = v;
	}
	return ix;
}

/* The special of exactly text[0..n), if any. */
static int
lookup(const llmnum_encoding *enc, const unsigned char *text, size_t n, uint32_t *id)
{
	uint32_t	h;

	for (h = slot_hash(enc, text, n); slots[h].enc != NULL; h = (h + 1) & (SLOTS - 1))
	{
		const llmnum_special_token *sp;

		if (slots[h].enc != enc)
			continue;
		sp = &enc->specials[slots[h].idx];
		/* no NUL in the first n bytes: then sp->text[n] is readable */
		if (memchr(sp->text, 0, n) == NULL && sp->text[n] == '\0' &&
			memcmp(sp->text, text, n) == 0)
		{
			*id = sp->id;
			return 1;
		}
	}
	return 0;
}

int
llmnum_special_tokens_supported(const llmnum_encoding *enc)
{
	const special_index *ix = index_of(enc);

	return ix != NULL && ix->usable;
}

size_t
llmnum_special_next(const llmnum_encoding *enc, const unsigned char *text, size_t len,
					size_t pos, size_t *tok_len, uint32_t *id)
{
	const special_index *ix = index_of(enc);

	if (ix == NULL || !ix->usable || ix->n_lengths == 0)
		return len;
	for (; pos < len; pos++)
	{
		int			k;

		if (!(ix->first[text[pos] >> 3] & (1u << (text[pos] & 7))))
			continue;
		for (k = 0; k < ix->n_lengths; k++)
		{
			size_t		n = ix->lengths[k];

			if (n <= len - pos && lookup(enc, text + pos, n, id))
			{
				*tok_len = n;
				return pos;
			}
		}
	}
	return len;
}
