/*-------------------------------------------------------------------------
 *
 * nfc.c
 *	  Unicode Normalization Form C (UAX #15) of UTF-8 text.
 *
 * Qwen's tokenizer normalizes text to NFC before splitting it, so the
 * qwen2 encoding must too: "e" + U+0301 is one token there, U+2000 becomes
 * U+2002, Hangul jamo sequences become syllables.
 *
 * Most text is already NFC and must not pay for normalization.  A
 * character is "safe" when NFC leaves it alone, its decomposition starts
 * with a class-0 character and nothing combines with what precedes it; all
 * characters below U+0300 are (the generator checks it), and so are most
 * letters of most scripts.  NFC of text splits at every safe character, so
 * the quick check scans bytes (a byte below 0xCC is ASCII, a continuation
 * byte or the lead byte of a character below U+0300: no table lookup) and
 * only a span from the safe character before an unsafe one to the next
 * safe character is normalized: decomposed, reordered by combining class,
 * recomposed.  When the result equals the span (accents already composed,
 * marks already in order), nothing is copied; the output is allocated at
 * the first span that changes.
 *
 * Invalid UTF-8 bytes are copied unchanged and end a span, so that any
 * input is handled without reading outside it.
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <string.h>

#include "nfc.h"
#include "nfc_tables.h"

/* Hangul syllables (Unicode 3.12, "Conjoining Jamo Behavior") */
#define S_BASE 0xAC00
#define L_BASE 0x1100
#define V_BASE 0x1161
#define T_BASE 0x11A7
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

/*
 * A code point and its combining class rank in one word (ranks are below
 * 256, code points below 2^21), so that reordering moves one value.
 */
#define CP_MASK 0x1FFFFFu
#define PACK(cp, ccc) ((uint32_t) (cp) | ((uint32_t) (ccc) << 24))
#define CP_OF(v) ((v) & CP_MASK)
#define CCC_OF(v) ((v) >> 24)

/* Runs of marks longer than this are sorted by counting, not insertion. */
#define INSERTION_MAX 32

#define CHECK_EVERY ((size_t) 1024 * 1024)

/* Growable arrays that start in a local buffer. */
typedef struct cp_buf
{
	uint32_t   *p;
	size_t		n;
	size_t		cap;
	uint32_t	local[128];
} cp_buf;

typedef struct byte_buf
{
	unsigned char *p;
	size_t		n;
	size_t		cap;
	unsigned char local[256];
} byte_buf;

/*
 * Length of the valid UTF-8 character at s[i] (i < len) and its code point
 * in *cp, or 0 if the bytes there are not one (overlong forms, surrogates
 * and code points above U+10FFFF are not).
 */
static size_t
decode(const unsigned char *s, size_t len, size_t i, uint32_t *cp)
{
	unsigned	b = s[i];
	unsigned	c1,
				c2,
				c3;

	if (b < 0x80)
	{
		*cp = b;
		return 1;
	}
	if (b < 0xC2 || b > 0xF4 || i + 1 >= len || ((c1 = s[i + 1]) & 0xC0) != 0x80)
		return 0;
	if (b < 0xE0)
	{
		*cp = ((b & 0x1F) << 6) | (c1 & 0x3F);
		return 2;
	}
	if (i + 2 >= len || ((c2 = s[i + 2]) & 0xC0) != 0x80)
		return 0;
	if (b < 0xF0)
	{
		if ((b == 0xE0 && c1 < 0xA0) || (b == 0xED && c1 >= 0xA0))
			return 0;
		*cp = ((b & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
		return 3;
	}
	if (i + 3 >= len || ((c3 = s[i + 3]) & 0xC0) != 0x80 ||
		(b == 0xF0 && c1 < 0x90) || (b == 0xF4 && c1 >= 0x90))
		return 0;
	*cp = ((b & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
	return 4;
}

static inline int
is_safe(uint32_t cp)
{
	return cp < 0x300 || llmnum_nfc_info_of(cp)->safe;
}

size_t
llmnum_nfc_quick_check(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	cp;
		size_t		n;

		/* eight ASCII bytes at a time */
		if (i + 8 <= len)
		{
			uint64_t	w;

			memcpy(&w, s + i, 8);
			if ((w & UINT64_C(0x8080808080808080)) == 0)
			{
				i += 8;
				continue;
			}
		}
		if (s[i] < 0xCC)
		{
			i++;
			continue;
		}
		n = decode(s, len, i, &cp);
		if (n == 0)
			i++;				/* invalid: left alone */
		else if (is_safe(cp))
			i += n;
		else
			return i;
	}
	return len;
}

/*
 * Room for need elements of elem bytes in p, which holds n of cap (*cap)
 * and may still be the local buffer; returns the (moved) array.
 */
static void *
grow(void *p, const void *local, size_t n, size_t *cap, size_t need,
	 size_t elem, const llmnum_host *host)
{
	size_t		c = *cap;
	void	   *q;

	if (need <= c)
		return p;
	while (c < need)
		c *= 2;
	if (p == local)
	{
		q = host->alloc(c * elem);
		memcpy(q, local, n * elem);
	}
	else
		q = host->realloc(p, c * elem);
	*cap = c;
	return q;
}

static void
cp_grow(cp_buf *b, size_t need, const llmnum_host *host)
{
	b->p = grow(b->p, b->local, b->n, &b->cap, need, sizeof(uint32_t), host);
}

static void
byte_grow(byte_buf *b, size_t need, const llmnum_host *host)
{
	b->p = grow(b->p, b->local, b->n, &b->cap, need, 1, host);
}

static void
byte_append(byte_buf *b, const unsigned char *p, size_t n, const llmnum_host *host)
{
	byte_grow(b, b->n + n + 1, host);
	memcpy(b->p + b->n, p, n);
	b->n += n;
}

/* Full canonical decomposition of cp appended to b, with class ranks. */
static void
decompose(uint32_t cp, cp_buf *b, const llmnum_host *host)
{
	const llmnum_nfc_info *info;

	cp_grow(b, b->n + 4, host);
	if (cp - S_BASE < S_COUNT)
	{
		uint32_t	si = cp - S_BASE;

		b->p[b->n++] = PACK(L_BASE + si / N_COUNT, 0);
		b->p[b->n++] = PACK(V_BASE + (si % N_COUNT) / T_COUNT, 0);
		if (si % T_COUNT != 0)
			b->p[b->n++] = PACK(T_BASE + si % T_COUNT, 0);
		return;
	}
	info = llmnum_nfc_info_of(cp);
	if (info->dlen == 0)
	{
		b->p[b->n++] = PACK(cp, info->ccc);
		return;
	}
	cp_grow(b, b->n + info->dlen, host);
	for (unsigned k = 0; k < info->dlen; k++)
	{
		uint32_t	d = llmnum_nfc_decomp[info->doff + k];

		/* decompositions are full: their characters do not decompose */
		b->p[b->n++] = PACK(d, llmnum_nfc_info_of(d)->ccc);
	}
}

/*
 * Stable sort of a run of marks by class.  Runs are short in text; a long
 * one (an attack, or a fuzzer) is sorted by counting, so the work stays
 * linear.
 */
static void
sort_run(uint32_t *p, size_t n, const llmnum_host *host)
{
	if (n <= INSERTION_MAX)
	{
		for (size_t i = 1; i < n; i++)
		{
			uint32_t	v = p[i];
			size_t		j = i;

			while (j > 0 && CCC_OF(p[j - 1]) > CCC_OF(v))
			{
				p[j] = p[j - 1];
				j--;
			}
			p[j] = v;
		}
	}
	else
	{
		size_t		start[257] = {0};
		uint32_t   *tmp = host->alloc(n * sizeof(uint32_t));

		for (size_t i = 0; i < n; i++)
			start[CCC_OF(p[i]) + 1]++;
		for (int k = 1; k <= 256; k++)
			start[k] += start[k - 1];
		for (size_t i = 0; i < n; i++)
			tmp[start[CCC_OF(p[i])]++] = p[i];
		memcpy(p, tmp, n * sizeof(uint32_t));
		host->free(tmp);
	}
}

/* The primary composite of a and b, or 0 if they do not compose. */
static uint32_t
compose(uint32_t a, uint32_t b)
{
	size_t		lo = 0;
	size_t		hi = llmnum_nfc_n_pairs;

	if (a - L_BASE < L_COUNT && b - V_BASE < V_COUNT)
		return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
	if (a - S_BASE < S_COUNT && (a - S_BASE) % T_COUNT == 0 &&
		b - T_BASE - 1 < T_COUNT - 1)
		return a + (b - T_BASE);
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const llmnum_nfc_pair *m = &llmnum_nfc_pairs[mid];

		if (m->first < a || (m->first == a && m->second < b))
			lo = mid + 1;
		else if (m->first == a && m->second == b)
			return m->composite;
		else
			hi = mid;
	}
	return 0;
}

static size_t
encode(uint32_t cp, unsigned char *o)
{
	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/*
 * NFC of the span s[a, b) of valid UTF-8 into *out (emptied first): the
 * span starts at a safe character or at a character that cannot compose
 * backwards, and ends before a safe one, so it is normalized on its own.
 */
static void
normalize_span(const unsigned char *s, size_t a, size_t b, cp_buf *cps,
			   byte_buf *out, const llmnum_host *host)
{
	size_t		i = a;
	size_t		next_check = a + CHECK_EVERY;
	size_t		k;
	size_t		n;
	size_t		starter = SIZE_MAX;
	uint32_t	last = 0;

	/* decompose */
	cps->n = 0;
	while (i < b)
	{
		uint32_t	cp = 0;

		i += decode(s, b, i, &cp);
		decompose(cp, cps, host);
		if (i >= next_check)
		{
			host->check_interrupts();
			next_check = i + CHECK_EVERY;
		}
	}

	/* canonical order: sort each run of non-starters by class */
	for (k = 0; k < cps->n;)
	{
		size_t		e = k;

		while (e < cps->n && CCC_OF(cps->p[e]) != 0)
			e++;
		if (e - k > 1)
			sort_run(cps->p + k, e - k, host);
		k = e + 1;
	}

	/*
	 * compose: a character joins the last starter unless a character of
	 * the same or a higher class stands between them (last is the class of
	 * the last character kept; 0 means it is the starter itself)
	 */
	n = 0;
	for (k = 0; k < cps->n; k++)
	{
		uint32_t	v = cps->p[k];
		uint32_t	c = CCC_OF(v);

		if (starter != SIZE_MAX && (last == 0 || last < c))
		{
			uint32_t	comp = compose(CP_OF(cps->p[starter]), CP_OF(v));

			if (comp != 0)
			{
				cps->p[starter] = PACK(comp, 0);
				continue;
			}
		}
		if (c == 0)
			starter = n;
		last = c;
		cps->p[n++] = v;
	}
	cps->n = n;

	/* back to UTF-8 */
	out->n = 0;
	byte_grow(out, 4 * n + 1, host);
	for (k = 0; k < n; k++)
		out->n += encode(CP_OF(cps->p[k]), out->p + out->n);
}

int
llmnum_nfc(const unsigned char *s, size_t len, unsigned char **out,
		   size_t *out_len, const llmnum_host *host)
{
	size_t		i = llmnum_nfc_quick_check(s, len);
	size_t		done = 0;		/* end of the last span normalized */
	size_t		copied = 0;		/* s[0, copied) is in the result */
	size_t		next_check = CHECK_EVERY;
	byte_buf	res;
	byte_buf	span;
	cp_buf		cps;
	int			changed = 0;

	if (i == len)
		return 0;
	cps.p = cps.local;
	cps.n = 0;
	cps.cap = sizeof(cps.local) / sizeof(cps.local[0]);
	span.p = span.local;
	span.n = 0;
	span.cap = sizeof(span.local);
	res.p = NULL;
	res.n = 0;
	res.cap = 0;

	while (i < len)
	{
		/* s[i] starts a valid character that is not safe */
		size_t		a = i;
		size_t		b = i;
		size_t		p = i;
		uint32_t	cp;

		/* the span starts at the (safe) character before, if valid */
		while (p > done && i - p < 4 && (p == i || (s[p] & 0xC0) == 0x80))
			p--;
		if (p < i && decode(s, len, p, &cp) == i - p)
			a = p;
		/* and runs to the next safe character, invalid byte or the end */
		while (b < len)
		{
			size_t		n = decode(s, len, b, &cp);

			if (n == 0 || (b > i && is_safe(cp)))
				break;
			b += n;
		}

		normalize_span(s, a, b, &cps, &span, host);
		if (span.n != b - a || memcmp(span.p, s + a, span.n) != 0)
		{
			if (!changed)
			{
				/* first change: the result gets the text so far */
				res.cap = len + len / 8 + span.n + 16;
				res.p = host->alloc(res.cap);
				changed = 1;
			}
			else
				byte_grow(&res, res.n + (a - copied) + span.n + 1, host);
			memcpy(res.p + res.n, s + copied, a - copied);
			res.n += a - copied;
			memcpy(res.p + res.n, span.p, span.n);
			res.n += span.n;
			copied = b;
		}
		done = b;
		i = b + llmnum_nfc_quick_check(s + b, len - b);
		if (i >= next_check)
		{
			host->check_interrupts();
			next_check = i + CHECK_EVERY;
		}
	}
	if (cps.p != cps.local)
		host->free(cps.p);
	if (span.p != span.local)
		host->free(span.p);
	if (!changed)
		return 0;
	byte_append(&res, s + copied, len - copied, host);
	res.p[res.n] = '\0';
	*out = res.p;
	*out_len = res.n;
	return 1;
}
