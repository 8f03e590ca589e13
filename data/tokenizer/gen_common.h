/*-------------------------------------------------------------------------
 *
 * gen_common.h
 *	  Helpers shared by the build-time vocabulary generators (gen_vocab.c,
 *	  gen_spm_vocab.c): errors, allocation, the pair filter, base64, C
 *	  string literals.
 *
 * Each generator defines GEN_NAME (its name in error messages) before
 * including this file; plain C, no PostgreSQL.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GEN_COMMON_H
#define GEN_COMMON_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/vocab_hash.h"

static void
die(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	fprintf(stderr, "%s: ", GEN_NAME);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(1);
}

static void *
xmalloc(size_t n)
{
	void	   *p = calloc(n ? n : 1, 1);

	if (p == NULL)
		die("out of memory");
	return p;
}

/*
 * A pair filter (vocab_hash.h) being built.  A generator walks its merging
 * pairs twice, passing each to gen_filter_add(): first to count them (bits
 * is NULL), then, after gen_filter_size(), to set them.
 */
typedef struct gen_filter
{
	unsigned char *bits;		/* two halves of 1 << half_bits bits */
	unsigned	half_bits;
	size_t		n_pairs;
} gen_filter;

static void
gen_filter_add(gen_filter *f, uint32_t left, uint32_t right)
{
	int			fixed;

	if (f->bits == NULL)
	{
		f->n_pairs++;
		return;
	}
	for (fixed = LLMNUM_PAIR_FIX_LEFT; fixed <= LLMNUM_PAIR_FIX_RIGHT; fixed++)
		llmnum_pair_filter_set(f->bits, llmnum_pair_filter_bit(left, right, fixed, f->half_bits));
}

static size_t
gen_filter_bytes(const gen_filter *f)
{
	return ((size_t) 2 << f->half_bits) / 8;
}

/*
 * After the counting walk: about 8 bits per pair in each half (a clear bit
 * then answers about nine in ten of the pairs that make no token), at least
 * 2^15, all clear.
 */
static void
gen_filter_size(gen_filter *f)
{
	f->half_bits = 15;
	while (((size_t) 1 << f->half_bits) < 8 * f->n_pairs)
		f->half_bits++;
	f->bits = xmalloc(gen_filter_bytes(f));
}

static int
b64_value(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Decode base64 text [s, s+n) into out; returns the byte count. */
static size_t
b64_decode(const char *s, size_t n, unsigned char *out, long line)
{
	uint32_t	acc = 0;
	int			bits = 0;
	size_t		len = 0;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		int			v;

		if (s[i] == '=')
			break;
		v = b64_value((unsigned char) s[i]);
		if (v < 0)
			die("line %ld: bad base64 character", line);
		acc = (acc << 6) | (uint32_t) v;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			out[len++] = (unsigned char) (acc >> bits);
		}
	}
	return len;
}

/* Writes a byte array as a C string literal, a few dozen bytes per line. */
static void
emit_literal(FILE *out, const char *name, const unsigned char *p, size_t n)
{
	size_t		i;
	int			col = 0;

	fprintf(out, "static const unsigned char %s[%zu + 1] =\n\"", name, n);
	for (i = 0; i < n; i++)
	{
		unsigned char c = p[i];

		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?')
		{
			fputc(c, out);
			col += 1;
		}
		else
		{
			fprintf(out, "\\%03o", c);
			col += 4;
		}
		if (col >= 76 && i + 1 < n)
		{
			fputs("\"\n\"", out);
			col = 0;
		}
	}
	fputs("\";\n\n", out);
}

#endif							/* GEN_COMMON_H */
