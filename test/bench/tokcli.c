/*
 * tokcli.c
 *	  Command-line front end to the tokenizer engine, for differential
 *	  testing against tiktoken and for measuring the engine alone.
 *
 *   tokcli ids ENCODING         stdin: one hex-encoded text per line;
 *                               stdout: its ids, comma-separated, per line
 *                               (an error if its count disagrees)
 *   tokcli norm ENCODING        stdin as for ids; stdout: the hex of the
 *                               text the encoding tokenizes (qwen2: NFC)
 *   tokcli bench ENCODING FILE [REPEAT]
 *                               count FILE's tokens REPEAT times (default 3),
 *                               print the count and the best MB/s
 *   tokcli normbench ENCODING FILE [REPEAT]
 *                               the encoding's normalization alone (qwen2:
 *                               NFC), best MB/s and whether it changed
 *                               the text
 *
 * Text goes through llmnum_tokenizer_normalize first, as in the SQL
 * functions, so ids and timings include the encoding's normalization.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tokenizer.h"
#include "host_malloc.h"

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int
cmd_ids(const llmnum_encoding *enc, int norm_only)
{
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		got;

	while ((got = getline(&line, &cap, stdin)) >= 0)
	{
		unsigned char *text = malloc((size_t) got / 2 + 1);
		size_t		len = 0;
		char	   *p;
		llmnum_tokens toks = {0};
		size_t		count;
		size_t		i;
		const unsigned char *norm;
		size_t		norm_len;

		for (p = line; hexval(p[0]) >= 0 && hexval(p[1]) >= 0; p += 2)
			text[len++] = (unsigned char) (hexval(p[0]) * 16 + hexval(p[1]));
		norm = llmnum_tokenizer_normalize(enc, text, len, &norm_len, &test_host);
		if (norm_only)
		{
			for (i = 0; i < norm_len; i++)
				printf("%02x", norm[i]);
			putchar('\n');
			if (norm != text)
				free((void *) norm);
			free(text);
			continue;
		}
		/*
		 * Counted first, then encoded: the count leaves cache entries
		 * without ids that the encoding must pass over, and the ids checked
		 * against the reference vouch for the count too.
		 */
		if (llmnum_tokenizer_count(enc, norm, norm_len, &count, &test_host) != LLMNUM_TOKENIZER_OK ||
			llmnum_tokenizer_encode(enc, norm, norm_len, 0, &toks, &test_host) != LLMNUM_TOKENIZER_OK)
		{
			fprintf(stderr, "a piece is too long\n");
			return 1;
		}
		if (count != toks.n)
		{
			fprintf(stderr, "count %zu but %zu ids\n", count, toks.n);
			return 1;
		}
		for (i = 0; i < toks.n; i++)
			printf(i ? ",%u" : "%u", toks.ids[i]);
		putchar('\n');
		free(toks.ids);
		if (norm != text)
			free((void *) norm);
		free(text);
	}
	free(line);
	return 0;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmd_bench(const llmnum_encoding *enc, const char *path, int repeat, int norm_only)
{
	FILE	   *f = fopen(path, "rb");
	unsigned char *buf;
	long		size;
	double		best = 1e30;
	size_t		count = 0;
	int			r;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0)
	{
		perror(path);
		return 1;
	}
	rewind(f);
	buf = malloc((size_t) size + 1);
	if (fread(buf, 1, (size_t) size, f) != (size_t) size)
	{
		perror(path);
		return 1;
	}
	fclose(f);
	for (r = 0; r < repeat; r++)
	{
		double		t0 = now();
		double		t;
		size_t		norm_len;
		const unsigned char *norm = llmnum_tokenizer_normalize(enc, buf, (size_t) size,
															   &norm_len, &test_host);

		if (norm_only)
			count = norm != buf;	/* 1: the text changed */
		else if (llmnum_tokenizer_count(enc, norm, norm_len, &count, &test_host) != LLMNUM_TOKENIZER_OK)
		{
			fprintf(stderr, "a piece is too long\n");
			return 1;
		}
		t = now() - t0;
		if (norm != buf)
			free((void *) norm);
		if (t < best)
			best = t;
	}
	if (norm_only)
		printf("%s\t%ld bytes\t%s\t%.4f s\t%.1f MB/s\n", enc->name, size,
			   count ? "changed" : "unchanged", best, size / best / 1e6);
	else
		printf("%s\t%ld bytes\t%zu tokens\t%.6f s\t%.1f MB/s\n", enc->name, size,
			   count, best, size / best / 1e6);
	free(buf);
	return 0;
}

int
main(int argc, char **argv)
{
	const llmnum_encoding *enc;

	if (argc < 3)
	{
		fprintf(stderr, "usage: tokcli ids|norm ENCODING | tokcli bench|normbench ENCODING FILE [REPEAT]\n");
		return 2;
	}
	enc = llmnum_encoding_find(argv[2], strlen(argv[2]));
	if (enc == NULL)
	{
		fprintf(stderr, "unknown encoding %s\n", argv[2]);
		return 2;
	}
	if (strcmp(argv[1], "ids") == 0)
		return cmd_ids(enc, 0);
	if (strcmp(argv[1], "norm") == 0)
		return cmd_ids(enc, 1);
	if (strcmp(argv[1], "bench") == 0 && argc >= 4)
		return cmd_bench(enc, argv[3], argc >= 5 ? atoi(argv[4]) : 3, 0);
	if (strcmp(argv[1], "normbench") == 0 && argc >= 4)
		return cmd_bench(enc, argv[3], argc >= 5 ? atoi(argv[4]) : 3, 1);
	fprintf(stderr, "unknown command %s\n", argv[1]);
	return 2;
}
