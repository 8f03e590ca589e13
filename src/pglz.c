/*-------------------------------------------------------------------------
 *
 * pglz.c
 *	  Decoder of PostgreSQL's pglz compression format.
 *
 * Text values over about 2 kB are stored compressed, by default with pglz,
 * and the server's decoder then takes about a sixth of the time of
 * counting their tokens: it handles one literal byte or one back-reference
 * at a time and copies back-references with memcpy calls of variable
 * length.  This one reads the same format two to three times faster:
 * away from the ends of the buffers, a run of literal bytes is one 8-byte
 * copy (the control byte's trailing zero bits give its length) and a
 * back-reference is copied 16 or 8 bytes at a time, writing a little past
 * its end, which the next item overwrites.  The last 2,200 bytes of output
 * and 33 bytes of input are decoded an item at a time, with the checks
 * and the order of reads of the server's decoder, so that exactly the same
 * streams are accepted.
 *
 * The format: a control byte, then up to eight items, the control byte's
 * bits from the lowest saying which are back-references.  A literal is one
 * byte.  A back-reference is two bytes, the first holding the length minus
 * 3 in its low nibble and the high 4 bits of the offset (1-4095), the
 * second the low 8 bits; a length nibble of 15 means a third byte follows,
 * the length minus 18 (lengths 3-273).  A back-reference may overlap the
 * bytes it produces (offset below length: a repeated pattern).
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <string.h>

#include "pglz.h"

#define PGLZ_MAX_MATCH 273

/* The most a group of one control byte and its items can read and write. */
#define GROUP_MAX_IN (1 + 8 * 3 + 8)	/* + the 8-byte literal copy */
#define GROUP_MAX_OUT (8 * PGLZ_MAX_MATCH + 16)	/* + a 16-byte copy's overrun */

/*
 * Copies a back-reference of len bytes from off bytes back, possibly
 * writing up to 15 bytes past dp + len.
 */
static inline void
copy_match(unsigned char *dp, size_t off, size_t len)
{
	const unsigned char *from = dp - off;
	size_t		k;

	if (off >= 16)
	{
		for (k = 0; k < len; k += 16)
			memcpy(dp + k, from + k, 16);
	}
	else if (off >= 8)
	{
		for (k = 0; k < len; k += 8)
			memcpy(dp + k, from + k, 8);
	}
	else
	{
		/*
		 * A pattern shorter than 8 bytes: once the first multiple of it that
		 * reaches 8 bytes is written byte by byte, the rest repeats from that
		 * distance and can be copied 8 bytes at a time.
		 */
		size_t		period = off;

		while (period < 8)
			period += off;
		for (k = 0; k < len && k < period; k++)
			dp[k] = from[k];
		for (; k < len; k += 8)
			memcpy(dp + k, dp + k - period, 8);
	}
}

bool
llmnum_pglz_decompress(const unsigned char *src, size_t slen,
					   unsigned char *dst, size_t rawsize)
{
	const unsigned char *sp = src;
	const unsigned char *srcend = src + slen;
	unsigned char *dp = dst;
	unsigned char *destend = dst + rawsize;

	while ((size_t) (srcend - sp) >= GROUP_MAX_IN &&
		   (size_t) (destend - dp) >= GROUP_MAX_OUT)
	{
		/* bit 8 set: the count of literals stops after the eighth item */
		unsigned int ctrl = (unsigned int) *sp++ | 0x100;

		for (;;)
		{
			unsigned int literals = (unsigned int) __builtin_ctz(ctrl);
			size_t		len;
			size_t		off;

			memcpy(dp, sp, 8);
			dp += literals;
			sp += literals;
			ctrl >>= literals;
			if (ctrl == 1)
				break;
			len = (size_t) (sp[0] & 0x0f) + 3;
			off = ((size_t) (sp[0] & 0xf0) << 4) | sp[1];
			sp += 2;
			if (len == 18)
				len += *sp++;
			if (off == 0 || off > (size_t) (dp - dst))
				return false;
			copy_match(dp, off, len);
			dp += len;
			ctrl >>= 1;
		}
	}

	/* The ends, an item at a time, as the server reads them. */
	while (sp < srcend && dp < destend)
	{
		unsigned int ctrl = *sp++;
		int			item;

		for (item = 0; item < 8 && sp < srcend && dp < destend; item++, ctrl >>= 1)
		{
			size_t		len;
			size_t		off;

			if (!(ctrl & 1))
			{
				*dp++ = *sp++;
				continue;
			}

			/*
			 * The server reads the second and third bytes before it checks
			 * that they exist; a reference cut off by the end is corrupt
			 * whatever they hold.
			 */
			if (srcend - sp < 2)
				return false;
			len = (size_t) (sp[0] & 0x0f) + 3;
			off = ((size_t) (sp[0] & 0xf0) << 4) | sp[1];
			sp += 2;
			if (len == 18)
			{
				if (sp == srcend)
					return false;
				len += *sp++;
			}
			if (off == 0 || off > (size_t) (dp - dst))
				return false;
			/* the server stops at rawsize: a last reference may run over */
			if (len > (size_t) (destend - dp))
				len = (size_t) (destend - dp);
			for (; len > 0; len--, dp++)
				*dp = dp[-(ptrdiff_t) off];
		}
	}
	return dp == destend && sp == srcend;
}
