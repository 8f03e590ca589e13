/*-------------------------------------------------------------------------
 *
 * pretokenizer.c
 *	  Hand-written scanners equivalent to the OpenAI split patterns.
 *
 * The patterns, as run by tiktoken 1.0.22 (the reference), are:
 *
 * r50k/p50k:
 *	 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
 * cl100k:
 *	 (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
 *	 ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
 * o200k:
 *	 [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+
 *	   (?i:'s|'t|'re|'ve|'m|'ll|'d)?
 *	 |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*
 *	   (?i:'s|'t|'re|'ve|'m|'ll|'d)?
 *	 |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
 *
 * A regex engine tries the alternatives in order and, inside each, the
 * greedy choices first; each scanner below works out directly which
 * alternative and which length that search would settle on.  The points
 * that need care are spelled out where they are handled: the one-character
 * give-back of \s+(?!\S), the last line break of \s*[\r\n]+, and the
 * backtracking of o200k's upper-then-lower letter runs.  Case folding in
 * the contractions is ASCII only, as in the reference (U+017F LONG S does
 * not match 's').
 *
 *-------------------------------------------------------------------------
 */
#include "pretokenizer.h"

#include <stdint.h>

#include "unicode_tables.h"
#include "vocab_hash.h"			/* llmnum_load_le64 (byte k at bits 8k), llmnum_ctz64 */

#define BIT(c) (1u << (c))

/* The scanners' inner loops must inline char_at: it is their whole work. */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define NOINLINE __attribute__((noinline))
#else
#define ALWAYS_INLINE inline
#define NOINLINE
#endif
#define MASK_L (BIT(LLMNUM_UCS_LU) | BIT(LLMNUM_UCS_LL) | BIT(LLMNUM_UCS_LT) | \
				BIT(LLMNUM_UCS_LM) | BIT(LLMNUM_UCS_LO))
#define MASK_N BIT(LLMNUM_UCS_NUM)
#define MASK_WS BIT(LLMNUM_UCS_SPACE)
/* [^\s\p{L}\p{N}] */
#define MASK_O (BIT(LLMNUM_UCS_OTHER) | BIT(LLMNUM_UCS_MARK) | \
				BIT(LLMNUM_UCS_PUNCT) | BIT(LLMNUM_UCS_SYM))
/* o200k: [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}] and [\p{Ll}\p{Lm}\p{Lo}\p{M}] */
#define MASK_UPPER (BIT(LLMNUM_UCS_LU) | BIT(LLMNUM_UCS_LT) | BIT(LLMNUM_UCS_LM) | \
					BIT(LLMNUM_UCS_LO) | BIT(LLMNUM_UCS_MARK))
#define MASK_LOWER (BIT(LLMNUM_UCS_LL) | BIT(LLMNUM_UCS_LM) | BIT(LLMNUM_UCS_LO) | \
					BIT(LLMNUM_UCS_MARK))

/* One decoded character: its class bit and its length in bytes. */
typedef struct uchar
{
	uint32_t	bit;
	uint32_t	len;
	uint32_t	cp;
} uchar;

static inline int
is_cont(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

/*
 * The character at s[i] (i < n, s[i] >= 0x80) that char_at does not decode
 * inline: a four-byte sequence (emoji, rare CJK), or an invalid or
 * truncated one, which yields a one-byte character of class OTHER and code
 * point 0x110000.
 */
static uchar
char_at_multibyte(const unsigned char *s, size_t n, size_t i)
{
	unsigned char b = s[i];
	uchar		c;

	c.len = 1;
	c.cp = 0x110000;
	c.bit = BIT(LLMNUM_UCS_OTHER);
	if (b >= 0xF0 && b <= 0xF4 && n - i >= 4 && is_cont(s[i + 1]) &&
		is_cont(s[i + 2]) && is_cont(s[i + 3]) &&
		(b != 0xF0 || s[i + 1] >= 0x90) &&
		(b != 0xF4 || s[i + 1] < 0x90))
	{
		c.cp = ((uint32_t) (b & 0x07) << 18) |
			((uint32_t) (s[i + 1] & 0x3F) << 12) |
			((uint32_t) (s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
		c.len = 4;
		c.bit = BIT(llmnum_ucs_class_of(c.cp));
	}
	return c;
}

/*
 * The character at s[i] (i < n).  ASCII and every valid two- and
 * three-byte sequence are decoded inline: all of the Basic Multilingual
 * Plane, so that Thai and Devanagari (lead byte E0), Hangul's last block
 * (ED) and full-width forms (EF) do not pay a call per character, as they
 * did when only E1..EC were inline (Thai text counted at 60% of the speed
 * of Cyrillic).  E0 and ED exclude the overlong forms and the surrogates.
 */
static ALWAYS_INLINE uchar
char_at(const unsigned char *s, size_t n, size_t i)
{
	uchar		c;
	unsigned char b = s[i];

	if (b < 0x80)
	{
		c.cp = b;
		c.len = 1;
		c.bit = BIT(llmnum_ucs_direct_class(b));
		return c;
	}
	if (b >= 0xC2 && b <= 0xDF && i + 1 < n && is_cont(s[i + 1]))
	{
		c.cp = ((uint32_t) (b & 0x1F) << 6) | (s[i + 1] & 0x3F);
		c.len = 2;
		c.bit = BIT(llmnum_ucs_direct_class(c.cp));
		return c;
	}
	if (b >= 0xE0 && b <= 0xEF && i + 2 < n && is_cont(s[i + 1]) &&
		is_cont(s[i + 2]) && (b != 0xE0 || s[i + 1] >= 0xA0) &&
		(b != 0xED || s[i + 1] < 0xA0))
	{
		c.cp = ((uint32_t) (b & 0x0F) << 12) |
			((uint32_t) (s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
		c.len = 3;
		c.bit = BIT(llmnum_ucs_class_of(c.cp));
		return c;
	}
	return char_at_multibyte(s, n, i);
}

/* End of the longest run, from i, of characters whose class is in mask. */
static inline size_t
run_end(const unsigned char *s, size_t n, size_t i, uint32_t mask)
{
	while (i < n)
	{
		uchar		c = char_at(s, n, i);

		if (!(c.bit & mask))
			break;
		i += c.len;
	}
	return i;
}

/*
 * Cyrillic words, four letters at a time.  Two bytes per letter made
 * Russian text cost twice as much per piece as English when the letters
 * were decoded one by one: the 16-bit lanes of eight bytes are tested at
 * once against the lead and continuation bytes of a range of letters, and
 * the run's end is the first lane that is not one.  Kept out of line and
 * entered only at a lead byte D0 or D1, so that other scripts' runs pay a
 * byte test and no more.
 */

/* The top bit of each 16-bit lane of x that is zero. */
static inline uint64_t
swar_zero16(uint64_t x)
{
	const uint64_t low15 = UINT64_C(0x7FFF7FFF7FFF7FFF);

	return ~(((x & low15) + low15) | x) & ~low15;
}

#define LANES_HIGH UINT64_C(0x8000800080008000)

/*
 * Run of letters (mask MASK_L) or of o200k's lower case (MASK_LOWER) from
 * i.  Every letter U+0400-047F (lead D0 or D1) is in MASK_L, and the small
 * letters U+0430-045F (D0 B0-BF, D1 80-9F) are in MASK_LOWER.
 */
static NOINLINE size_t
cyrillic_run_end(const unsigned char *s, size_t n, size_t i, uint32_t mask)
{
	while (i + 8 <= n)
	{
		uint64_t	x = llmnum_load_le64(s + i);
		uint64_t	ok;

		if (mask == MASK_L)
			ok = swar_zero16((x & UINT64_C(0xC0FEC0FEC0FEC0FE)) ^ UINT64_C(0x80D080D080D080D0));
		else
			ok = swar_zero16((x & UINT64_C(0xF0FFF0FFF0FFF0FF)) ^ UINT64_C(0xB0D0B0D0B0D0B0D0)) |
				swar_zero16((x & UINT64_C(0xE0FFE0FFE0FFE0FF)) ^ UINT64_C(0x80D180D180D180D1));
		if (ok != LANES_HIGH)
		{
			unsigned char b;

			i += llmnum_ctz64(~ok & LANES_HIGH) / 16 * 2;
			/* most words end at ASCII that is not in mask: spaces, punctuation */
			b = s[i];
			if (b < 0x80 && (mask == MASK_L ? (unsigned char) ((b | 0x20) - 'a') >= 26 :
							 (unsigned char) (b - 'a') >= 26))
				return i;
			break;
		}
		i += 8;
	}
	return run_end(s, n, i, mask);
}

/* run_end(s, n, i, mask) for mask MASK_L or MASK_LOWER. */
static inline size_t
letter_run_end(const unsigned char *s, size_t n, size_t i, uint32_t mask)
{
	if (i < n && (s[i] & 0xFE) == 0xD0)
		return cyrillic_run_end(s, n, i, mask);
	return run_end(s, n, i, mask);
}

/* End of a run of bytes from the given ASCII set (only \r \n /). */
static inline size_t
ascii_run_end(const unsigned char *s, size_t n, size_t i, int slash)
{
	while (i < n && (s[i] == '\r' || s[i] == '\n' || (slash && s[i] == '/')))
		i++;
	return i;
}

/*
 * Length of a contraction 's 't 're 've 'm 'll 'd at s[i] (s[i] == '\''),
 * or 0.  fold: match letters in either ASCII case.
 */
static inline size_t
contraction(const unsigned char *s, size_t n, size_t i, int fold)
{
	unsigned char a;
	unsigned char b;

	if (i >= n || s[i] != '\'' || i + 1 >= n)
		return 0;
	a = s[i + 1];
	if (fold && a >= 'A' && a <= 'Z')
		a = (unsigned char) (a + 32);
	if (a == 's' || a == 't' || a == 'm' || a == 'd')
		return 2;
	if (i + 2 >= n)
		return 0;
	b = s[i + 2];
	if (fold && b >= 'A' && b <= 'Z')
		b = (unsigned char) (b + 32);
	if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
		return 3;
	return 0;
}

/*
 * The ASCII fast path.  Most pieces of English, code, and of the examples
 * and option names in other languages, are an optional lead character and
 * a run of ASCII letters.  Rather than decoding and classifying the run
 * byte by byte (a branch per byte, and a mispredicted one where the run
 * ends), eight bytes at a time are tested at once (SWAR: each byte's top
 * bit says whether it is in the range) and the run's end is the first
 * byte that is not.  Only pure ASCII is handled so: where a run stops at a
 * byte >= 0x80 (which may be a letter or mark continuing it), the caller
 * falls back to the general scanner.
 */
#define SWAR_ONES UINT64_C(0x0101010101010101)
#define SWAR_HIGH UINT64_C(0x8080808080808080)

/* The top bit of each byte of x that is in [lo, hi] (x's bytes < 0x80). */
static inline uint64_t
swar_in_range(uint64_t x, unsigned lo, unsigned hi)
{
	uint64_t	ge_lo = x + SWAR_ONES * (0x80 - lo);
	uint64_t	gt_hi = x + SWAR_ONES * (0x80 - (hi + 1));

	return ge_lo & ~gt_hi & SWAR_HIGH;
}

enum ascii_set
{
	ASCII_UPPER,				/* A-Z */
	ASCII_LOWER,				/* a-z */
	ASCII_ALPHA					/* A-Z a-z */
};

static ALWAYS_INLINE int
ascii_in(unsigned char b, enum ascii_set set)
{
	if (set == ASCII_ALPHA)
		b |= 0x20;
	else if (set == ASCII_UPPER)
		return b >= 'A' && b <= 'Z';
	return b >= 'a' && b <= 'z';
}

/* End of the run from i of ASCII bytes of the set. */
static ALWAYS_INLINE size_t
ascii_set_end(const unsigned char *s, size_t n, size_t i, enum ascii_set set)
{
	if (i < n && !ascii_in(s[i], set))
		return i;				/* often: no capital at all */
	while (i + 8 <= n)
	{
		uint64_t	x = llmnum_load_le64(s + i);
		uint64_t	in;
		uint64_t	y = (x & ~SWAR_HIGH) | (set == ASCII_ALPHA ? SWAR_ONES * 0x20 : 0);

		if (set == ASCII_UPPER)
			in = swar_in_range(y, 'A', 'Z');
		else
			in = swar_in_range(y, 'a', 'z');
		in &= ~x;				/* not a byte >= 0x80 */
		if (in != SWAR_HIGH)
			return i + llmnum_ctz64(~in & SWAR_HIGH) / 8;
		i += 8;
	}
	while (i < n && ascii_in(s[i], set))
		i++;
	return i;
}

/* End of the run from i of bytes equal to b. */
static inline size_t
ascii_byte_run_end(const unsigned char *s, size_t n, size_t i, unsigned char b)
{
	while (i + 8 <= n)
	{
		uint64_t	x = llmnum_load_le64(s + i) ^ (SWAR_ONES * b);	/* 0 where equal */

		if (x != 0)
			return i + llmnum_ctz64(x) / 8;
		i += 8;
	}
	while (i < n && s[i] == b)
		i++;
	return i;
}

/*
 * Does a piece "[^\r\n\p{L}\p{N}]?<letters>" start at pos with ASCII (the
 * lead, if any, and the first letter)?  The lead's length (0 or 1), or -1.
 */
static ALWAYS_INLINE int
ascii_lead(const unsigned char *s, size_t n, size_t pos)
{
	unsigned char b = s[pos];

	if ((unsigned char) ((b | 0x20) - 'a') < 26)
		return 0;
	/* a lead: ASCII, not a letter (just tested), digit, \r or \n */
	if (b >= 0x80 || (b >= '0' && b <= '9') || b == '\r' || b == '\n' ||
		pos + 1 >= n || (unsigned char) ((s[pos + 1] | 0x20) - 'a') >= 26)
		return -1;
	return 1;
}

/*
 * o200k's letter alternatives on ASCII: for A-Z (upper only) and a-z
 * (lower only), upper*lower+ and upper+lower* both match the upper run and
 * the lower run after it, so the piece is the lead, both runs, and the
 * optional contraction.  0 if the text is not pure ASCII there.
 */
static ALWAYS_INLINE size_t
ascii_o200k(const unsigned char *s, size_t n, size_t pos)
{
	int			lead = ascii_lead(s, n, pos);
	size_t		e;

	if (lead < 0)
		return 0;
	e = ascii_set_end(s, n, pos + lead, ASCII_UPPER);
	if (e < n && s[e] >= 0x80)
		return 0;
	e = ascii_set_end(s, n, e, ASCII_LOWER);
	if (e < n && s[e] >= 0x80)
		return 0;
	return e + contraction(s, n, e, 1);
}

/* cl100k's (and qwen2's) [^\r\n\p{L}\p{N}]?\p{L}+ on ASCII, or 0. */
static ALWAYS_INLINE size_t
ascii_cl100k(const unsigned char *s, size_t n, size_t pos)
{
	int			lead;
	size_t		e;

	if (s[pos] == '\'')
		return 0;				/* maybe a contraction first */
	lead = ascii_lead(s, n, pos);
	if (lead < 0)
		return 0;
	e = ascii_set_end(s, n, pos + lead, ASCII_ALPHA);
	if (e < n && s[e] >= 0x80)
		return 0;
	return e;
}

/*
 * The white-space alternatives.  pos starts a white-space character c.
 * crlf_rule: try \s*[\r\n]+ first (cl100k, o200k): the match runs to the
 * last line break of the white-space run.  Then \s+(?!\S): the whole run
 * at end of text, else the run minus its last character if that leaves at
 * least one; otherwise the single character (\s / \s+).
 */
static inline size_t
space_piece(const unsigned char *s, size_t n, size_t pos, uchar c, int crlf_rule)
{
	size_t		i = pos;
	size_t		last_start = pos;
	size_t		after_break = 0;

	while (i < n)
	{
		uchar		d;

		if (s[i] == ' ')
		{
			/* a run of spaces (indentation, alignment): skip it whole */
			size_t		e = ascii_byte_run_end(s, n, i, ' ');

			last_start = e - 1;
			i = e;
			continue;
		}
		d = char_at(s, n, i);
		if (!(d.bit & MASK_WS))
			break;
		if (d.cp == '\r' || d.cp == '\n')
			after_break = i + 1;
		last_start = i;
		i += d.len;
	}
	if (crlf_rule && after_break != 0)
		return after_break;
	if (i == n)
		return n;
	if (last_start > pos)
		return last_start;
	return pos + c.len;
}

static size_t
next_r50k(const unsigned char *s, size_t n, size_t pos)
{
	uchar		c = char_at(s, n, pos);
	uchar		first = c;
	size_t		start = pos;
	size_t		k;

	if (c.cp == '\'' && (k = contraction(s, n, pos, 0)) != 0)
		return pos + k;
	/* " ?" : a leading space joins a following letter/number/other run */
	if (c.cp == ' ' && pos + 1 < n)
	{
		uchar		d = char_at(s, n, pos + 1);

		if (!(d.bit & MASK_WS))
		{
			first = d;
			start = pos + 1;
		}
	}
	if (first.bit & MASK_L)
		return letter_run_end(s, n, start + first.len, MASK_L);
	if (first.bit & MASK_N)
		return run_end(s, n, start + first.len, MASK_N);
	if (first.bit & MASK_O)
		return run_end(s, n, start + first.len, MASK_O);
	return space_piece(s, n, pos, c, 0);
}

/* max_digits: 3 for \p{N}{1,3} (cl100k, llama3), 1 for \p{N} (qwen2) */
static size_t
next_cl100k(const unsigned char *s, size_t n, size_t pos, int max_digits)
{
	uchar		c = char_at(s, n, pos);
	size_t		k;

	if (c.cp == '\'' && (k = contraction(s, n, pos, 1)) != 0)
		return pos + k;
	/* [^\r\n\p{L}\p{N}]?\p{L}+ */
	if (c.bit & MASK_L)
		return letter_run_end(s, n, pos + c.len, MASK_L);
	if (!(c.bit & MASK_N) && c.cp != '\r' && c.cp != '\n' && pos + c.len < n)
	{
		uchar		d = char_at(s, n, pos + c.len);

		if (d.bit & MASK_L)
			return letter_run_end(s, n, pos + c.len + d.len, MASK_L);
	}
	/* \p{N}{1,3} */
	if (c.bit & MASK_N)
	{
		size_t		i = pos + c.len;
		int			taken;

		for (taken = 1; taken < max_digits && i < n; taken++)
		{
			uchar		d = char_at(s, n, i);

			if (!(d.bit & MASK_N))
				break;
			i += d.len;
		}
		return i;
	}
	/* " ?[^\s\p{L}\p{N}]+[\r\n]*" */
	if (c.bit & MASK_O)
		return ascii_run_end(s, n, run_end(s, n, pos + c.len, MASK_O), 0);
	if (c.cp == ' ' && pos + 1 < n)
	{
		uchar		d = char_at(s, n, pos + 1);

		if (d.bit & MASK_O)
			return ascii_run_end(s, n, run_end(s, n, pos + 1 + d.len, MASK_O), 0);
	}
	return space_piece(s, n, pos, c, 1);
}

/*
 * o200k's first two alternatives, without the optional leading character,
 * from i.  With upper = [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}] and lower =
 * [\p{Ll}\p{Lm}\p{Lo}\p{M}]:
 *
 * upper*lower+ : the greedy upper* takes the whole upper run [i, e); if the
 * character at e is lower, lower+ runs on from e.  Otherwise upper* gives
 * back characters until one that is also lower (Lm, Lo, M) can serve as
 * lower+, and the match ends just after the last such character of the run.
 * If there is none, the alternative fails.
 *
 * upper+lower* : the whole upper run, if not empty, then any lower run.
 *
 * Returns the end of the match before the optional contraction, or 0.
 */
static inline size_t
o200k_letters(const unsigned char *s, size_t n, size_t i, int second)
{
	size_t		e = i;
	size_t		last_lower_end = 0;
	uchar		d;

	while (e < n)
	{
		d = char_at(s, n, e);
		if (!(d.bit & MASK_UPPER))
		{
			/*
			 * d, at e, ends the upper run; the lower run starts with it or
			 * is empty (decided here, not by decoding d again)
			 */
			if (second && e == i)
				return 0;
			if (d.bit & MASK_LOWER)
				return letter_run_end(s, n, e + d.len, MASK_LOWER);
			return second ? e : last_lower_end;
		}
		e += d.len;
		if (d.bit & MASK_LOWER)
			last_lower_end = e;
	}
	/* the upper run reaches the end of the text: the lower run is empty */
	if (!second)
		return last_lower_end;
	return e == i ? 0 : e;
}

static size_t
next_o200k(const unsigned char *s, size_t n, size_t pos)
{
	uchar		c = char_at(s, n, pos);
	int			lead = !(c.bit & (MASK_L | MASK_N)) && c.cp != '\r' && c.cp != '\n';
	int			second;

	/*
	 * The two letter alternatives, each with and then without the lead;
	 * they cannot match at an ASCII non-letter that is not followed by a
	 * letter (ASCII letters were tried above; a byte >= 0x80 may start one).
	 */
	for (second = 0; second < 2; second++)
	{
		size_t		e = 0;

		if (c.cp < 0x80 && !(c.bit & MASK_L) &&
			(!lead || pos + 1 >= n ||
			 (s[pos + 1] < 0x80 && !(char_at(s, n, pos + 1).bit & MASK_L))))
			break;

		if (lead && pos + c.len < n)
			e = o200k_letters(s, n, pos + c.len, second);
		if (e == 0)
			e = o200k_letters(s, n, pos, second);
		if (e != 0)
			return e + contraction(s, n, e, 1);
	}
	/* \p{N}{1,3} */
	if (c.bit & MASK_N)
	{
		size_t		i = pos + c.len;
		int			taken;

		for (taken = 1; taken < 3 && i < n; taken++)
		{
			uchar		d = char_at(s, n, i);

			if (!(d.bit & MASK_N))
				break;
			i += d.len;
		}
		return i;
	}
	/* " ?[^\s\p{L}\p{N}]+[\r\n/]*" */
	if (c.bit & MASK_O)
		return ascii_run_end(s, n, run_end(s, n, pos + c.len, MASK_O), 1);
	if (c.cp == ' ' && pos + 1 < n)
	{
		uchar		d = char_at(s, n, pos + 1);

		if (d.bit & MASK_O)
			return ascii_run_end(s, n, run_end(s, n, pos + 1 + d.len, MASK_O), 1);
	}
	return space_piece(s, n, pos, c, 1);
}

/*
 * DeepSeek-V3 (tokenizer.json): three Split pre-tokenizers in sequence,
 * each keeping both its matches and the text between them as pieces:
 *
 *	 1. \p{N}{1,3}
 *	 2. [一-龥぀-ゟ゠-ヿ]+	(U+4E00-9FA5, U+3040-30FF: CJK ideographs, kana)
 *	 3. [!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~][A-Za-z]+
 *		|[^\r\n\p{L}\p{P}\p{S}]?[\p{L}\p{M}]+| ?[\p{P}\p{S}]+[\r\n]*
 *		|\s*[\r\n]+|\s+(?!\S)|\s+
 *
 * So text falls into segments: groups of up to three digits (from the
 * start of each digit run), runs of CJK characters, and the runs of
 * everything else between them; pattern 3 then cuts each segment on its
 * own, as if the segment were the whole text (\s+(?!\S) takes a segment's
 * trailing white space whole), and text it does not match (e.g. control
 * characters) is a piece of its own.  The scanner below never reads past
 * the current segment, so it needs no lookahead to find where it ends.
 */
#define MASK_P BIT(LLMNUM_UCS_PUNCT)
#define MASK_S BIT(LLMNUM_UCS_SYM)
#define MASK_M BIT(LLMNUM_UCS_MARK)
/* not a class: set on top of the class bit for DeepSeek's CJK ranges */
#define MASK_CJK BIT(16)

static ALWAYS_INLINE uchar
ds_char_at(const unsigned char *s, size_t n, size_t i)
{
	uchar		c = char_at(s, n, i);

	if ((c.cp >= 0x4E00 && c.cp <= 0x9FA5) || (c.cp >= 0x3040 && c.cp <= 0x30FF))
		c.bit |= MASK_CJK;
	return c;
}

/* Is c in the segment kind (CJK run, or neither digit nor CJK)? */
static inline int
ds_in_seg(uchar c, int cjk)
{
	return cjk ? (c.bit & MASK_CJK) != 0 : (c.bit & (MASK_N | MASK_CJK)) == 0;
}

/* End of the run from i of characters of the segment in mask. */
static inline size_t
ds_run_end(const unsigned char *s, size_t n, size_t i, uint32_t mask, int cjk)
{
	while (i < n)
	{
		uchar		c = ds_char_at(s, n, i);

		if (!ds_in_seg(c, cjk) || !(c.bit & mask))
			break;
		i += c.len;
	}
	return i;
}

/* Does the character after c (at i + c.len) exist in the segment and is it L or M? */
static inline int
ds_next_is_letter(const unsigned char *s, size_t n, size_t i, uchar c, int cjk)
{
	uchar		d;

	if (i + c.len >= n)
		return 0;
	d = ds_char_at(s, n, i + c.len);
	return ds_in_seg(d, cjk) && (d.bit & (MASK_L | MASK_M));
}

/* Does some alternative of pattern 3 match at i (c is the character there)? */
static inline int
ds_matches_at(const unsigned char *s, size_t n, size_t i, uchar c, int cjk)
{
	if (c.bit & (MASK_L | MASK_M | MASK_P | MASK_S | MASK_WS))
		return 1;
	return ds_next_is_letter(s, n, i, c, cjk);
}

/* End of pattern 3's match at pos inside the segment, or 0 if none. */
static size_t
ds_match(const unsigned char *s, size_t n, size_t pos, uchar c, int cjk)
{
	/* [ASCII punctuation][A-Za-z]+ */
	if (c.cp < 0x80 && (c.bit & (MASK_P | MASK_S)) && pos + 1 < n &&
		((s[pos + 1] | 0x20) >= 'a' && (s[pos + 1] | 0x20) <= 'z'))
	{
		size_t		i = pos + 1;

		while (i < n && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
			i++;
		return i;
	}
	/* [^\r\n\p{L}\p{P}\p{S}]?[\p{L}\p{M}]+ */
	if (c.bit & (MASK_L | MASK_M))
		return ds_run_end(s, n, pos + c.len, MASK_L | MASK_M, cjk);
	if (c.cp != '\r' && c.cp != '\n' && !(c.bit & (MASK_P | MASK_S)) &&
		ds_next_is_letter(s, n, pos, c, cjk))
		return ds_run_end(s, n, pos + c.len, MASK_L | MASK_M, cjk);
	/* " ?[\p{P}\p{S}]+[\r\n]*": line breaks are never in a CJK segment */
	if ((c.bit & (MASK_P | MASK_S)) ||
		(c.cp == ' ' && pos + 1 < n &&
		 ds_in_seg(ds_char_at(s, n, pos + 1), cjk) &&
		 (ds_char_at(s, n, pos + 1).bit & (MASK_P | MASK_S))))
	{
		size_t		i = ds_run_end(s, n, c.cp == ' ' ? pos + 1 : pos, MASK_P | MASK_S, cjk);

		return cjk ? i : ascii_run_end(s, n, i, 0);
	}
	/* \s*[\r\n]+ | \s+(?!\S) | \s+, with the segment's end as the text's */
	if (c.bit & MASK_WS)
	{
		size_t		i = pos;
		size_t		last_start = pos;
		size_t		after_break = 0;

		while (i < n)
		{
			uchar		d = ds_char_at(s, n, i);

			if (!ds_in_seg(d, cjk) || !(d.bit & MASK_WS))
				break;
			if (d.cp == '\r' || d.cp == '\n')
				after_break = i + 1;
			last_start = i;
			i += d.len;
		}
		if (after_break != 0)
			return after_break;
		if (i == n || !ds_in_seg(ds_char_at(s, n, i), cjk))
			return i;
		if (last_start > pos)
			return last_start;
		return pos + c.len;
	}
	return 0;
}

static size_t
next_deepseek_v3(const unsigned char *s, size_t n, size_t pos)
{
	uchar		c = ds_char_at(s, n, pos);
	int			cjk;
	size_t		e;

	/* a group of up to three digits: pattern 3 matches nothing in it */
	if (c.bit & MASK_N)
	{
		size_t		i = pos + c.len;
		int			taken;

		for (taken = 1; taken < 3 && i < n; taken++)
		{
			uchar		d = char_at(s, n, i);

			if (!(d.bit & MASK_N))
				break;
			i += d.len;
		}
		return i;
	}
	cjk = (c.bit & MASK_CJK) != 0;
	e = ds_match(s, n, pos, c, cjk);
	if (e != 0)
		return e;
	/* unmatched text runs to where a match starts or the segment ends */
	e = pos + c.len;
	while (e < n)
	{
		uchar		d = ds_char_at(s, n, e);

		if (!ds_in_seg(d, cjk) || ds_matches_at(s, n, e, d, cjk))
			break;
		e += d.len;
	}
	return e;
}

/*
 * Mistral's Tekken (tekken.json's config.pattern):
 *
 *	 [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+
 *	|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*
 *	|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
 *
 * o200k's pattern without the contractions after the letter runs and with
 * single digits.  The letter alternatives are o200k's; a contraction is
 * optional there, so it never decides whether they match.  When they fail
 * and the text does not start with a digit, the remaining alternatives are
 * o200k's too, so the piece is the one next_o200k finds (its letter
 * alternatives fail in the same way).
 */
static size_t
next_tekken(const unsigned char *s, size_t n, size_t pos)
{
	uchar		c = char_at(s, n, pos);
	int			lead = !(c.bit & (MASK_L | MASK_N)) && c.cp != '\r' && c.cp != '\n';
	size_t		e = 0;
	int			second;

	for (second = 0; second < 2 && e == 0; second++)
	{
		if (lead && pos + c.len < n)
			e = o200k_letters(s, n, pos + c.len, second);
		if (e == 0)
			e = o200k_letters(s, n, pos, second);
	}
	if (e != 0)
		return e;
	if (c.bit & MASK_N)
		return pos + c.len;
	return next_o200k(s, n, pos);
}

/*
 * The most frequent piece of Russian or Ukrainian text: a space (or other
 * ASCII character that may lead a word) and a Cyrillic word.  cl100k's and
 * qwen2's patterns take the lead and the letters; o200k's and Tekken's the
 * lead, a capital or not, and the small letters after it (o200k's then a
 * contraction).  0 for any other piece or pattern.
 */
static ALWAYS_INLINE size_t
cyrillic_piece(llmnum_pattern pattern, const unsigned char *s, size_t n, size_t pos)
{
	unsigned char b = s[pos];
	size_t		e;

	/*
	 * The lead, tested as ascii_lead does: a helper shared by both made
	 * o200k's ASCII path 4-9% slower.
	 */
	if (pos + 3 > n || (s[pos + 1] & 0xFE) != 0xD0 || !is_cont(s[pos + 2]) ||
		b >= 0x80 || (unsigned char) ((b | 0x20) - 'a') < 26 ||
		(b >= '0' && b <= '9') || b == '\r' || b == '\n')
		return 0;
	if (pattern == LLMNUM_PATTERN_O200K || pattern == LLMNUM_PATTERN_TEKKEN)
	{
		/* a small letter, or a capital (D0 80-AF) and a small letter */
		e = pos + 1;
		if (s[e] == 0xD0 && s[e + 1] < 0xB0)
		{
			e += 2;
			if (e + 2 > n || !(s[e] == 0xD0 ? s[e + 1] >= 0xB0 : s[e] == 0xD1 && s[e + 1] < 0xA0) ||
				!is_cont(s[e + 1]))
				return 0;
		}
		else if (s[e] == 0xD1 && s[e + 1] >= 0xA0)
			return 0;
		e = cyrillic_run_end(s, n, e + 2, MASK_LOWER);
		return pattern == LLMNUM_PATTERN_O200K ? e + contraction(s, n, e, 1) : e;
	}
	if (pattern == LLMNUM_PATTERN_CL100K || pattern == LLMNUM_PATTERN_QWEN2)
		return cyrillic_run_end(s, n, pos + 3, MASK_L);
	return 0;
}

/*
 * Indentation and line ends before a word (over a quarter of the pieces of
 * man pages, and more of code).  With every pattern but r50k's (no rule
 * for line breaks) and DeepSeek-V3's (segments), a line break followed by
 * spaces and a character that is not white space is a piece of its own
 * (\s*[\r\n]+ cannot take the spaces: no break follows them), and two
 * spaces or more before such a character are a piece without the last
 * space (\s+(?!\S)).  0 in any other case: white space up to the end of
 * the text, other breaks or white-space characters in the run, a single
 * space.
 */
static ALWAYS_INLINE size_t
indent_piece(llmnum_pattern pattern, const unsigned char *s, size_t n, size_t pos)
{
	unsigned char b = s[pos];
	unsigned char c;
	size_t		e;

	if ((b == ' ' ? pos + 1 >= n || s[pos + 1] != ' ' : b != '\n') ||
		pattern == LLMNUM_PATTERN_R50K || pattern == LLMNUM_PATTERN_DEEPSEEK_V3)
		return 0;
	e = ascii_byte_run_end(s, n, pos + 1, ' ');
	if (e >= n)
		return 0;
	/* not white space: ASCII by its class, else a lead of no space character */
	c = s[e];
	if (c < 0x80 ? (BIT(llmnum_ucs_direct_class(c)) & MASK_WS) != 0 :
		(c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3))
		return 0;
	return b == ' ' ? e - 1 : pos + 1;
}

size_t
llmnum_pretok_next(llmnum_pattern pattern, const unsigned char *s, size_t len,
				   size_t pos)
{
	size_t		k;

	/*
	 * The fast paths first, before the scanners: most pieces end here, and
	 * the compiler can keep this path free of the scanners' register saves
	 * and restores.
	 */
	if (pattern == LLMNUM_PATTERN_O200K && (k = ascii_o200k(s, len, pos)) != 0)
		return k;
	if ((pattern == LLMNUM_PATTERN_CL100K || pattern == LLMNUM_PATTERN_QWEN2) &&
		(k = ascii_cl100k(s, len, pos)) != 0)
		return k;
	/* the next byte (or a line break) tells whether they can apply */
	if (pos + 1 < len &&
		((s[pos + 1] & 0xFE) == 0xD0 || s[pos + 1] == ' ' || s[pos] == '\n') &&
		((k = cyrillic_piece(pattern, s, len, pos)) != 0 ||
		 (k = indent_piece(pattern, s, len, pos)) != 0))
		return k;
	switch (pattern)
	{
		case LLMNUM_PATTERN_R50K:
			return next_r50k(s, len, pos);
		case LLMNUM_PATTERN_CL100K:
			return next_cl100k(s, len, pos, 3);
		case LLMNUM_PATTERN_QWEN2:
			return next_cl100k(s, len, pos, 1);
		case LLMNUM_PATTERN_DEEPSEEK_V3:
			return next_deepseek_v3(s, len, pos);
		case LLMNUM_PATTERN_TEKKEN:
			return next_tekken(s, len, pos);
		case LLMNUM_PATTERN_O200K:
			break;
	}
	return next_o200k(s, len, pos);
}

size_t
llmnum_count_words(const unsigned char *s, size_t len)
{
	size_t		words = 0;
	size_t		i = 0;

	while (i < len)
	{
		uchar		c = char_at(s, len, i);

		if (c.bit & MASK_WS)
			i += c.len;
		else
		{
			words++;
			i = run_end(s, len, i + c.len, ~(uint32_t) MASK_WS);
		}
	}
	return words;
}
