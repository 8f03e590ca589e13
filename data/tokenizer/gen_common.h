/*-------------------------------------------------------------------------
 *
 * gen_common.h
 *	  Helpers shared by the build-time vocabulary generators (gen_vocab.c,
 *	  gen_spm_vocab.c): errors, allocation, the pair filter's size, base64,
 *	  C string literals.
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
 * The size of a pair filter (vocab_hash.h) for n_pairs merging pairs:
 * half_bits such that each half has about 8 bits per pair (a clear bit
 * then answers about nine in ten of the pairs that make no token), at
 * least 2^15.
 */
static unsigned
gen_filter_bits(size_t n_pairs)
{
	unsigned	bits = 15;

	while (((size_t) 1 << bits) < 8 * n_pairs)
		bits++;
	return bits;
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
