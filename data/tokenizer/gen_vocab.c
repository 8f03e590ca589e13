/*-------------------------------------------------------------------------
 *
 * gen_vocab.c
 *	  Build-time generator: turn an OpenAI .tiktoken file into C source.
 *
 * Usage: gen_vocab NAME INPUT.tiktoken OUTPUT.c
 *
 * A .tiktoken file has one line per token, "<base64 bytes> <rank>".  Files
 * derived from a Hugging Face merge list (gen_open_vocabs.mjs) have a third
 * column on every line, the byte length of the left part of the token's
 * merge, which becomes the vocabulary's split table.  The
 * output defines `const llmnum_vocab llmnum_vocab_NAME` (see src/vocab.h):
 * the token bytes in rank order, the offsets of each token, and the
 * open-addressing index from bytes to rank, all emitted as string literals
 * because compilers digest those far faster than large integer
 * initializers.  Run by make; needs nothing but a C compiler.
 *
 *-------------------------------------------------------------------------
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/vocab_hash.h"

#define GEN_NAME "gen_vocab"
#include "gen_common.h"

typedef struct token
{
	uint32_t	rank;
	int			split;			/* third column, or -1 */
	uint32_t	len;
	size_t		start;			/* into the decoded byte pool */
} token;





static unsigned char *
read_file(const char *path, size_t *size)
{
	FILE	   *f = fopen(path, "rb");
	unsigned char *buf;
	size_t		cap = 1 << 20;
	size_t		len = 0;
	size_t		got;

	if (f == NULL)
		die("cannot open %s: %s", path, strerror(errno));
	buf = xmalloc(cap + 1);
	while ((got = fread(buf + len, 1, cap - len, f)) > 0)
	{
		len += got;
		if (len == cap)
		{
			cap *= 2;
			buf = realloc(buf, cap + 1);
			if (buf == NULL)
				die("out of memory");
		}
	}
	if (ferror(f))
		die("cannot read %s", path);
	fclose(f);
	buf[len] = '\0';
	*size = len;
	return buf;
}


static void
put_le64(unsigned char *p, uint64_t v)
{
	int			i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char) (v >> (8 * i));
}

static void
put_le32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char) v;
	p[1] = (unsigned char) (v >> 8);
	p[2] = (unsigned char) (v >> 16);
	p[3] = (unsigned char) (v >> 24);
}

/* Rank of the token with bytes q[0, ql) in the index being built, or UINT32_MAX. */
static uint32_t
find_rank(const unsigned char *index, uint32_t mask, const unsigned char *blob,
		  const unsigned char *q, uint32_t ql)
{
	uint32_t	i;

	for (i = (uint32_t) llmnum_vocab_hash(q, ql) & mask;; i = (i + 1) & mask)
	{
		uint64_t	slot = llmnum_load_le64(index + 8 * (size_t) i);

		if (slot == LLMNUM_VOCAB_SLOT_EMPTY)
			return UINT32_MAX;
		if (((slot >> 52) & 0xFF) == ql && memcmp(blob + (uint32_t) slot, q, ql) == 0)
			return (uint32_t) ((slot >> 32) & LLMNUM_VOCAB_RANK_MASK);
	}
}

int
main(int argc, char **argv)
{
	const char *name;
	unsigned char *text;
	size_t		text_len;
	size_t		n_lines = 0;
	token	   *tokens;
	uint32_t   *by_rank;
	unsigned char *pool;
	size_t		pool_len = 0;
	size_t		n_tokens = 0;
	uint32_t	n_ranks = 0;
	unsigned char *blob;
	unsigned char *offsets;
	unsigned char *index;
	uint32_t	index_bits;
	uint32_t	token_filter_bits;
	unsigned char *token_filter;
	uint32_t	mask;
	size_t		pos;
	size_t		total = 0;
	long		line = 0;
	uint32_t	r;
	uint32_t	max_len = 0;
	int32_t		byte_ranks[256];
	unsigned char *pair_ranks;
	unsigned char *split_left = NULL;
	size_t		n_split = 0;
	gen_filter	filter = {NULL, 0, 0};
	int			pass;
	FILE	   *out;

	if (argc != 4)
		die("usage: gen_vocab NAME INPUT.tiktoken OUTPUT.c");
	name = argv[1];
	text = read_file(argv[2], &text_len);

	for (pos = 0; pos < text_len; pos++)
		if (text[pos] == '\n')
			n_lines++;
	tokens = xmalloc((n_lines + 1) * sizeof(token));
	pool = xmalloc(text_len);

	/* Parse "<base64> <rank>\n" lines. */
	pos = 0;
	while (pos < text_len)
	{
		size_t		eol = pos;
		size_t		sp;
		char	   *end;
		unsigned long rank;

		line++;
		while (eol < text_len && text[eol] != '\n')
			eol++;
		if (eol == pos)
		{
			pos = eol + 1;
			continue;
		}
		for (sp = pos; sp < eol && text[sp] != ' '; sp++)
			;
		if (sp == eol)
			die("line %ld: no rank", line);
		text[eol] = '\0';
		errno = 0;
		rank = strtoul((const char *) text + sp + 1, &end, 10);
		if (errno != 0 || (*end != '\0' && *end != ' ') ||
			end == (char *) text + sp + 1 || rank >= LLMNUM_VOCAB_RANK_MASK)
			die("line %ld: bad rank", line);
		/* optional third column: left length of the token's merge */
		tokens[n_tokens].split = -1;
		if (*end == ' ')
		{
			char	   *s = end + 1;
			unsigned long split = strtoul(s, &end, 10);

			if (*end != '\0' || end == s || split > 254)
				die("line %ld: bad split", line);
			tokens[n_tokens].split = (int) split;
			n_split++;
		}
		tokens[n_tokens].rank = (uint32_t) rank;
		tokens[n_tokens].start = pool_len;
		tokens[n_tokens].len = (uint32_t) b64_decode((const char *) text + pos,
													 sp - pos, pool + pool_len, line);
		if (tokens[n_tokens].len == 0 || tokens[n_tokens].len > 255)
			die("line %ld: token of %u bytes", line, tokens[n_tokens].len);
		pool_len += tokens[n_tokens].len;
		if (tokens[n_tokens].len > max_len)
			max_len = tokens[n_tokens].len;
		if ((uint32_t) rank + 1 > n_ranks)
			n_ranks = (uint32_t) rank + 1;
		n_tokens++;
		pos = eol + 1;
	}
	if (n_tokens == 0)
		die("%s holds no tokens", argv[2]);

	/* Lay the tokens out in rank order; a rank may appear only once. */
	by_rank = xmalloc((size_t) n_ranks * sizeof(uint32_t));
	for (r = 0; r < n_ranks; r++)
		by_rank[r] = UINT32_MAX;
	for (pos = 0; pos < n_tokens; pos++)
	{
		if (by_rank[tokens[pos].rank] != UINT32_MAX)
			die("rank %u appears twice", tokens[pos].rank);
		by_rank[tokens[pos].rank] = (uint32_t) pos;
	}
	blob = xmalloc(pool_len);
	offsets = xmalloc(((size_t) n_ranks + 1) * 4);
	for (r = 0; r < n_ranks; r++)
	{
		put_le32(offsets + 4 * (size_t) r, (uint32_t) total);
		if (by_rank[r] != UINT32_MAX)
		{
			token	   *t = &tokens[by_rank[r]];

			memcpy(blob + total, pool + t->start, t->len);
			total += t->len;
		}
	}
	put_le32(offsets + 4 * (size_t) n_ranks, (uint32_t) total);

	/* Index: at most ~40% full, so that linear probes stay short. */
	index_bits = 4;
	while (((size_t) 1 << index_bits) * 2 < (size_t) n_tokens * 5)
		index_bits++;
	mask = (1u << index_bits) - 1;
	index = xmalloc(((size_t) 1 << index_bits) * 8);
	memset(index, 0xFF, ((size_t) 1 << index_bits) * 8);

	/*
	 * Token filter: at least 8 bits per token, so that about one probe in
	 * nine for bytes that are no token passes it.
	 */
	token_filter_bits = 10;
	while (((size_t) 1 << token_filter_bits) < (size_t) n_tokens * 8)
		token_filter_bits++;
	token_filter = xmalloc(((size_t) 1 << token_filter_bits) / 8);
	memset(token_filter, 0, ((size_t) 1 << token_filter_bits) / 8);
	for (r = 0; r < n_ranks; r++)
	{
		const unsigned char *p;
		uint32_t	len;
		uint64_t	h;
		uint32_t	i;

		if (by_rank[r] == UINT32_MAX)
			continue;
		p = blob + (offsets[4 * r] | (offsets[4 * r + 1] << 8) |
					((uint32_t) offsets[4 * r + 2] << 16) |
					((uint32_t) offsets[4 * r + 3] << 24));
		len = tokens[by_rank[r]].len;
		h = llmnum_vocab_hash(p, len);
		i = llmnum_vocab_filter_bit(h, token_filter_bits);
		token_filter[i / 8] |= (unsigned char) (1u << (i % 8));
		i = (uint32_t) h & mask;
		for (;;)
		{
			uint64_t	slot = llmnum_load_le64(index + 8 * (size_t) i);

			if (slot == LLMNUM_VOCAB_SLOT_EMPTY)
				break;
			if (((slot >> 52) & 0xFF) == len &&
				memcmp(blob + (uint32_t) slot, p, len) == 0)
				die("ranks %u and %u have the same bytes",
					(unsigned) ((slot >> 32) & LLMNUM_VOCAB_RANK_MASK), r);
			i = (i + 1) & mask;
		}
		put_le64(index + 8 * (size_t) i,
				 llmnum_vocab_key(len, h) | ((uint64_t) r << 32) |
				 (uint64_t) (p - blob));
	}

	/* byte-level BPE: every single byte must be a token */
	for (r = 0; r < 256; r++)
		byte_ranks[r] = -1;
	for (pos = 0; pos < n_tokens; pos++)
		if (tokens[pos].len == 1)
			byte_ranks[pool[tokens[pos].start]] = (int32_t) tokens[pos].rank;
	for (r = 0; r < 256; r++)
		if (byte_ranks[r] < 0)
			die("byte %u is not a token", r);

	/* two-byte tokens, looked up directly rather than through the index */
	pair_ranks = xmalloc(65536 * 4);
	memset(pair_ranks, 0xFF, 65536 * 4);
	for (pos = 0; pos < n_tokens; pos++)
		if (tokens[pos].len == 2)
			put_le32(pair_ranks + 4 * (pool[tokens[pos].start] * 256 +
									   pool[tokens[pos].start + 1]),
					 tokens[pos].rank);

	/*
	 * Split table (Hugging Face merge lists): every token has a split, and a
	 * token of n > 1 bytes splits into two tokens, 0 < split < n.
	 */
	if (n_split != 0)
	{
		if (n_split != n_tokens)
			die("%zu of %zu lines have a split column", n_split, n_tokens);
		split_left = xmalloc(n_ranks);
		for (pos = 0; pos < n_tokens; pos++)
		{
			token	   *t = &tokens[pos];

			if (t->len == 1 ? t->split != 0 :
				(t->split <= 0 || (uint32_t) t->split >= t->len))
				die("rank %u: bad split %d", t->rank, t->split);
			split_left[t->rank] = (unsigned char) t->split;
		}
		for (pos = 0; pos < n_tokens; pos++)
		{
			token	   *t = &tokens[pos];
			const unsigned char *b = pool + t->start;
			uint32_t	k;

			if (t->len == 1)
				continue;
			/* both halves must be tokens: look them up by bytes */
			k = (find_rank(index, mask, blob, b, (uint32_t) t->split) != UINT32_MAX) +
				(find_rank(index, mask, blob, b + t->split, t->len - (uint32_t) t->split) != UINT32_MAX);
			if (k != 2)
				die("rank %u: a half of its merge is not a token", t->rank);
		}
	}

	/*
	 * The pair filter (vocab_hash.h): the pairs of tokens whose bytes make a
	 * token, or with a split table the pair of each token's merge.
	 */
	for (pass = 0; pass < 2; pass++)
	{
		for (pos = 0; pos < n_tokens; pos++)
		{
			token	   *t = &tokens[pos];
			const unsigned char *b = pool + t->start;
			uint32_t	k;

			for (k = 1; k < t->len; k++)
			{
				uint32_t	lr;
				uint32_t	rr;

				if (split_left != NULL && k != (uint32_t) t->split)
					continue;
				lr = find_rank(index, mask, blob, b, k);
				rr = find_rank(index, mask, blob, b + k, t->len - k);
				if (lr != UINT32_MAX && rr != UINT32_MAX)
					gen_filter_add(&filter, lr, rr);
			}
		}
		if (pass == 0)
			gen_filter_size(&filter);
	}

	out = fopen(argv[3], "w");
	if (out == NULL)
		die("cannot write %s: %s", argv[3], strerror(errno));
	fprintf(out,
			"/* GENERATED by data/tokenizer/gen_vocab.c from %s: do not edit. */\n"
			"#include \"vocab.h\"\n\n", argv[2]);
	emit_literal(out, "token_bytes", blob, total);
	emit_literal(out, "token_offsets", offsets, ((size_t) n_ranks + 1) * 4);
	emit_literal(out, "rank_index", index, ((size_t) 1 << index_bits) * 8);
	emit_literal(out, "pair_table", pair_ranks, 65536 * 4);
	fprintf(out, "static const uint32_t byte_ranks[256] = {");
	for (r = 0; r < 256; r++)
		fprintf(out, "%s%d", r == 0 ? "\n\t" : r % 16 ? ", " : ",\n\t", byte_ranks[r]);
	fprintf(out, "\n};\n\n");
	if (split_left != NULL)
		emit_literal(out, "split_table", split_left, n_ranks);
	emit_literal(out, "pair_filter", filter.bits, gen_filter_bytes(&filter));
	emit_literal(out, "token_filter", token_filter, ((size_t) 1 << token_filter_bits) / 8);
	fprintf(out,
			"const llmnum_vocab llmnum_vocab_%s = {\n"
			"\t%u, %u, %u, byte_ranks, pair_table, token_bytes, token_offsets, rank_index,\n"
			"\t%s, %u, pair_filter, %u, token_filter\n"
			"};\n", name, n_ranks, index_bits, max_len,
			split_left != NULL ? "split_table" : "NULL", filter.half_bits,
			token_filter_bits);
	if (fclose(out) != 0)
		die("cannot write %s", argv[3]);
	return 0;
}
