/*
 * tokenizer_test.c
 *	  Unit tests of the pure tokenizer engine, no server needed.
 *
 * Usage: tokenizer_test [FIXTURE.tsv...]
 * Without arguments, the fixtures of data/tokenizer (path set at build time
 * as TOKENIZER_DATA).
 *
 * Every fixture row (columns encoding, text_json, count, token_ids, case_id,
 * utf8_hex; the text is taken from utf8_hex) must give exactly the expected
 * ids and count.  For every row also: the count-only path agrees, decode
 * gives the text back, and the token start offsets cut the text into the
 * tokens' bytes.  Then the long inputs that are quadratic in naive BPE
 * implementations, random bytes, and decode errors.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "special_tokens.h"
#include "tokenizer.h"
#include "sentencepiece.h"
#include "unicode_tables.h"
#include "host_malloc.h"

static const llmnum_host *host = &test_host;
static long failures = 0;
static long checks = 0;

#define CHECK(cond, ...) \
	do { \
		checks++; \
		if (!(cond)) \
		{ \
			failures++; \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__); \
			fprintf(stderr, "\n"); \
		} \
	} while (0)

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

/* Split line at tabs into at most max fields; returns the count. */
static int
split_tabs(char *line, char **fields, int max)
{
	int			n = 0;

	fields[n++] = line;
	while (*line && n < max)
	{
		if (*line == '\t')
		{
			*line = '\0';
			fields[n++] = line + 1;
		}
		line++;
	}
	return n;
}

/*
 * Everything that must hold for any input, given the expected ids (or
 * NULL when there is no oracle, e.g. random bytes).
 */
static void
check_text(const llmnum_encoding *enc, const unsigned char *text, size_t len,
		   const uint32_t *want, size_t want_n, const char *label)
{
	llmnum_tokens toks = {0};
	size_t		count;
	unsigned char *back = NULL;
	size_t		back_len = 0;
	size_t		bad = 0;
	llmnum_tokenizer_status st;
	size_t		i;

	CHECK(llmnum_tokenizer_encode(enc, text, len, 1, &toks, host) == LLMNUM_TOKENIZER_OK,
		  "%s %s: encode failed", enc->name, label);
	CHECK(llmnum_tokenizer_count(enc, text, len, &count, host) == LLMNUM_TOKENIZER_OK,
		  "%s %s: count failed", enc->name, label);
	CHECK(count == toks.n, "%s %s: count %zu but encode gave %zu ids",
		  enc->name, label, count, toks.n);

	/* piece by piece, with a buffer emptied after each piece: same tokens */
	{
		llmnum_tokens piece = {0};
		size_t		pos = 0;
		size_t		seen = 0;
		int			same = 1;

		while (pos < len && same)
		{
			size_t		before = pos;

			piece.n = 0;
			st = llmnum_tokenizer_encode_piece(enc, text, len, &pos, 1, &piece, host);
			same = st == LLMNUM_TOKENIZER_OK && pos > before && seen + piece.n <= toks.n;
			for (i = 0; same && i < piece.n; i++)
				same = piece.ids[i] == toks.ids[seen + i] &&
					piece.starts[i] == toks.starts[seen + i];
			seen += piece.n;
		}
		CHECK(same && seen == toks.n, "%s %s: piece by piece differs from encode",
			  enc->name, label);
		host->free(piece.ids);
		host->free(piece.starts);
	}
	if (want != NULL)
	{
		int			same = toks.n == want_n;

		for (i = 0; same && i < want_n; i++)
			same = toks.ids[i] == want[i];
		CHECK(same, "%s %s: ids differ (got %zu, want %zu)", enc->name, label,
			  toks.n, want_n);
		if (!same)
		{
			fprintf(stderr, "  got :");
			for (i = 0; i < toks.n && i < 40; i++)
				fprintf(stderr, " %u", toks.ids[i]);
			fprintf(stderr, "\n  want:");
			for (i = 0; i < want_n && i < 40; i++)
				fprintf(stderr, " %u", want[i]);
			fprintf(stderr, "\n");
		}
	}
	/*
	 * offsets: increasing, starting at 0, each slice is the token's bytes
	 * (SentencePiece: its text, the first token's with the prepended space
	 * if the encoding prepends one)
	 */
	for (i = 0; enc->spm != NULL && i < toks.n; i++)
	{
		size_t		end = i + 1 < toks.n ? toks.starts[i + 1] : len;
		unsigned char piece[1024];
		size_t		n = llmnum_spm_piece_text(enc->spm, toks.ids[i], piece);
		size_t		skip = i == 0 && enc->spm->add_prefix ? 1 : 0;

		if ((i == 0 && (toks.starts[0] != 0 ||
						(skip && (n == 0 || piece[0] != ' ')))) ||
			toks.starts[i] + n - skip != end ||
			memcmp(piece + skip, text + toks.starts[i], n - skip) != 0)
		{
			/* a byte-fallback token holds one byte of a character */
			if (n == 1 && end == toks.starts[i] + 1 && text[toks.starts[i]] == piece[0])
				continue;
			CHECK(0, "%s %s: token %zu does not match its offset", enc->name, label, i);
			break;
		}
	}
	for (i = 0; enc->spm == NULL && i < toks.n; i++)
	{
		size_t		end = i + 1 < toks.n ? toks.starts[i + 1] : len;
		const unsigned char *p;
		size_t		n;

		if (!llmnum_vocab_token(enc->vocab, toks.ids[i], &p, &n) ||
			toks.starts[i] + n != end || memcmp(p, text + toks.starts[i], n) != 0 ||
			(i == 0 && toks.starts[0] != 0))
		{
			CHECK(0, "%s %s: token %zu does not match its offset", enc->name, label, i);
			break;
		}
	}
	/* round trip */
	{
		int32_t    *ids = malloc((toks.n + 1) * sizeof(int32_t));

		for (i = 0; i < toks.n; i++)
			ids[i] = (int32_t) toks.ids[i];
		st = llmnum_tokenizer_decode(enc, ids, toks.n, &back, &back_len, &bad, host);
		CHECK(st == LLMNUM_TOKENIZER_OK && back_len == len &&
			  memcmp(back, text, len) == 0 && back[back_len] == '\0',
			  "%s %s: decode(encode(x)) != x", enc->name, label);
		free(ids);
		free(back);
	}
	free(toks.ids);
	free(toks.starts);
}

static void
run_fixture(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		got;
	long		rows = 0;

	if (f == NULL)
	{
		perror(path);
		failures++;
		return;
	}
	while ((got = getline(&line, &cap, f)) > 0)
	{
		char	   *fields[6];
		const llmnum_encoding *enc;
		unsigned char *text;
		size_t		len = 0;
		uint32_t   *want;
		size_t		want_n = 0;
		long		count;
		char	   *p;
		char		label[200];

		if (line[got - 1] == '\n')
			line[--got] = '\0';
		if (split_tabs(line, fields, 6) != 6 || strcmp(fields[0], "encoding") == 0)
			continue;
		enc = llmnum_encoding_find(fields[0], strlen(fields[0]));
		if (enc == NULL)
		{
			CHECK(0, "%s: unknown encoding %s", path, fields[0]);
			continue;
		}
		snprintf(label, sizeof(label), "%s:%s", path, fields[4]);
		text = malloc(strlen(fields[5]) / 2 + 1);
		for (p = fields[5]; hexval(p[0]) >= 0 && hexval(p[1]) >= 0; p += 2)
			text[len++] = (unsigned char) (hexval(p[0]) * 16 + hexval(p[1]));
		want = malloc((strlen(fields[3]) + 1) * sizeof(uint32_t));
		for (p = fields[3]; *p;)
		{
			want[want_n++] = (uint32_t) strtoul(p, &p, 10);
			if (*p == ',')
				p++;
		}
		count = strtol(fields[2], NULL, 10);
		CHECK((size_t) count == want_n, "%s: fixture count and ids disagree", label);
		{
			/* the fixture's ids are the tokenizer's: of the normalized text */
			size_t		norm_len;
			const unsigned char *norm = llmnum_tokenizer_normalize(enc, text, len,
																   &norm_len, host);

			check_text(enc, norm, norm_len, want, want_n, label);
			if (norm != text)
				free((void *) norm);
		}
		free(text);
		free(want);
		rows++;
	}
	free(line);
	fclose(f);
	printf("%s: %ld rows\n", path, rows);
	CHECK(rows > 0, "%s has no rows", path);
}

/* Deterministic pseudo-random bytes (xorshift), no global state. */
static uint64_t
next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* A digest of the ids and offsets of t. */
static uint64_t
tokens_digest(const llmnum_tokens *t)
{
	uint64_t	h = 1469598103934665603ULL ^ t->n;
	size_t		i;

	for (i = 0; i < t->n; i++)
		h = (h ^ ((uint64_t) t->ids[i] << 20 ^ t->starts[i])) * 1099511628211ULL;
	return h;
}

/* Clause i of encoding e's set, chars random CJK characters. */
static void
cache_test_piece(size_t e, size_t i, size_t chars, unsigned char *piece)
{
	uint64_t	s = 0x2545F4914F6CDD1DULL ^ ((uint64_t) (e + 1) << 40) ^ ((uint64_t) chars << 24) ^ (i + 1);
	size_t		k;

	for (k = 0; k < 4; k++)
		next_random(&s);
	for (k = 0; k < chars; k++)
	{
		uint32_t	cp = 0x4E00 + (uint32_t) (next_random(&s) % 0x51A6);

		piece[3 * k] = (unsigned char) (0xE0 | (cp >> 12));
		piece[3 * k + 1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		piece[3 * k + 2] = (unsigned char) (0x80 | (cp & 0x3F));
	}
}

static uint64_t
cache_test_encode(const llmnum_encoding *enc, const unsigned char *piece, size_t chars)
{
	llmnum_tokens toks = {0};
	uint64_t	d = 0;

	if (llmnum_tokenizer_encode(enc, piece, 3 * chars, 1, &toks, host) == LLMNUM_TOKENIZER_OK)
		d = tokens_digest(&toks);
	free(toks.ids);
	free(toks.starts);
	return d;
}

/*
 * The piece cache (src/bpe.c) must not change a result.  Each encoding gets
 * its own set of n_pieces random CJK clauses of chars characters (pieces
 * that are not one token, never seen before), encoded with offsets: that
 * first pass merges them.  The second pass encodes each clause with every
 * other encoding first, so that the cache holds other tokens for the same
 * bytes, then with its own encoding again: ids and offsets must equal the
 * first pass.  Clauses of 10 characters (30 bytes: their entries overflow
 * the 8 MB arena, which is dropped and refilled), of 100 (300 bytes, the
 * tree merge's lengths, cached since the fourteenth session), 341 (1,023
 * bytes, the longest cached) and 342 (1,026, merged every time).  In
 * tokenizer_test_small_caches the cache has one set, so entries keep
 * pushing each other out.
 */
static void
run_piece_cache(size_t chars, size_t n_pieces)
{
	size_t		n_enc;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_enc);
	uint64_t   *digest = malloc(sizeof(uint64_t) * n_pieces * n_enc);
	unsigned char *piece = malloc(3 * chars);
	size_t		i;
	size_t		e;
	size_t		f;
	size_t		differ = 0;

	for (e = 0; e < n_enc; e++)
		for (i = 0; i < n_pieces; i++)
		{
			cache_test_piece(e, i, chars, piece);
			digest[i * n_enc + e] = cache_test_encode(all[e], piece, chars);
		}
	for (i = 0; i < n_pieces; i++)
		for (e = 0; e < n_enc; e++)
		{
			cache_test_piece(e, i, chars, piece);
			for (f = 0; f < n_enc; f++)
				if (f != e)
					cache_test_encode(all[f], piece, chars);
			if (cache_test_encode(all[e], piece, chars) != digest[i * n_enc + e])
				differ++;
		}
	CHECK(differ == 0, "piece cache: %zu of %zu pieces of %zu characters differ from their first encoding",
		  differ, n_pieces * n_enc, chars);
	free(digest);
	free(piece);
}

/*
 * A piece encoded twice in a row gives the same ids and token starts, and
 * in a text of the piece twice (each piece starts with a space, so the text
 * is two copies of it) the second copy's are the first's shifted by its
 * length: with one slot (tokenizer_test_small_caches) the second
 * encoding is always answered by the token cache, including pieces of two
 * tokens, whose second start comes from the entry.  The piece is counted
 * first: a count leaves an entry with the number of tokens and no ids for
 * a piece of more than two tokens or one found in the piece cache, which
 * the encodings after it must not take for ids; counted again at the end,
 * the text of the piece twice has twice its tokens.
 */
static void
check_repeat(const llmnum_encoding *enc, const char *piece)
{
	size_t		len = strlen(piece);
	unsigned char *twice = malloc(2 * len);
	llmnum_tokens t1 = {0};
	llmnum_tokens t2 = {0};
	llmnum_tokens tt = {0};
	size_t		count;
	size_t		i;
	int			same;

	memcpy(twice, piece, len);
	memcpy(twice + len, piece, len);
	same = llmnum_tokenizer_count(enc, (const unsigned char *) piece, len, &count, host) == LLMNUM_TOKENIZER_OK &&
		llmnum_tokenizer_encode(enc, (const unsigned char *) piece, len, 1, &t1, host) == LLMNUM_TOKENIZER_OK &&
		count == t1.n &&
		llmnum_tokenizer_encode(enc, (const unsigned char *) piece, len, 1, &t2, host) == LLMNUM_TOKENIZER_OK &&
		llmnum_tokenizer_encode(enc, twice, 2 * len, 1, &tt, host) == LLMNUM_TOKENIZER_OK &&
		t1.n == t2.n && tt.n == 2 * t1.n &&
		llmnum_tokenizer_count(enc, twice, 2 * len, &count, host) == LLMNUM_TOKENIZER_OK &&
		count == tt.n;
	for (i = 0; same && i < t1.n; i++)
		same = t1.ids[i] == t2.ids[i] && t1.starts[i] == t2.starts[i] &&
			tt.ids[i] == t1.ids[i] && tt.ids[t1.n + i] == t1.ids[i] &&
			tt.starts[i] == t1.starts[i] && tt.starts[t1.n + i] == t1.starts[i] + len;
	CHECK(same, "token cache: %s: \"%s\" encoded again differs", enc->name, piece);
	free(twice);
	free(t1.ids);
	free(t1.starts);
	free(t2.ids);
	free(t2.starts);
	free(tt.ids);
	free(tt.starts);
}

/*
 * The token cache (src/bpe.c): pairs of pieces that share their length and
 * first eight bytes (each one token in cl100k_base) or all but a last NUL,
 * encoded one right after the other in each encoding; then each piece in
 * every encoding in turn.  In tokenizer_test_small_caches the cache has one
 * slot, so each piece meets the previous one's entry, and a hit that did
 * not compare length, all bytes and vocabulary would give the previous
 * piece's token.
 */
static void
run_token_cache(void)
{
	static const struct
	{
		const char *s;
		size_t		n;
	}			pairs[][2] = {
		{{" information", 12}, {" informative", 12}},
		{{" required", 9}, {" requires", 9}},
		{{" protected", 10}, {" protector", 10}},
		{{" possible", 9}, {" possibly", 9}},
		{{" connection", 11}, {" connecting", 11}},
		{{" understand", 11}, {" understood", 11}},
		{{"!!!", 3}, {"!!!\0", 4}},
	};
	static const char *const repeats[] = {
		" information", " llmnum", " Zyxwvut", " tokenizers", " \u6771\u4eac\u90fd",
		" \u0442\u043e\u043a\u0435\u043d", " 12345", " ?!?!", " pgvector", " \u00dcberpr",
		" \u0416\u0416\u0416", " \u0432\u044b\u0447\u0438\u0441\u043b",
		" \ud55c\uad6d\uc5b4", " \u0e20\u0e32\u0e29\u0e32",
	};
	size_t		n_enc;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_enc);
	size_t		e;
	size_t		i;
	int			k;

	char		label[80];

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		for (e = 0; e < n_enc; e++)
			for (k = 0; k < 2; k++)
			{
				snprintf(label, sizeof(label), "token cache: \"%s\" after \"%s\"",
						 pairs[i][k].s, pairs[i][1 - k].s);
				check_text(all[e], (const unsigned char *) pairs[i][k].s, pairs[i][k].n,
						   NULL, 0, label);
			}
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		for (k = 0; k < 2; k++)
			for (e = 0; e < n_enc; e++)
			{
				snprintf(label, sizeof(label), "token cache: \"%s\" after %s's",
						 pairs[i][k].s, all[(e + n_enc - 1) % n_enc]->name);
				check_text(all[e], (const unsigned char *) pairs[i][k].s, pairs[i][k].n,
						   NULL, 0, label);
			}
	/*
	 * One, two and more tokens: words, CJK, Cyrillic, digits, punctuation
	 * (byte-level encodings: SentencePiece has no token cache, and its
	 * dummy prefix makes a text of a piece twice not two copies of it).
	 */
	for (e = 0; e < n_enc; e++)
		for (i = 0; i < sizeof(repeats) / sizeof(repeats[0]) && all[e]->spm == NULL; i++)
			check_repeat(all[e], repeats[i]);
}

/*
 * The pair memo of the byte-level merges (src/bpe.c) belongs to one
 * vocabulary at a time: a piece of 128 bytes or more takes it, a shorter
 * piece uses it only if its vocabulary has it, and looks its pairs up in
 * the vocabulary otherwise.  A pseudo-random word of 12 to 100 letters (the
 * scan and the tree on the stack) is encoded while its own encoding holds
 * the memo, then while each other byte-level encoding does (their single
 * bytes have the same ranks, their pairs do not): the same ids every time.
 * Nine other words of the encoding come in between, so that in
 * tokenizer_test_small_caches (one token slot, one set of eight) the word
 * is merged again each time; in the other build this only checks the caches.
 */
#define MEMO_FILLERS 9

static void
memo_word(uint64_t *seed, unsigned char *word, size_t n)
{
	size_t		j;

	word[0] = ' ';
	for (j = 1; j < n; j++)
	{
		*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
		word[j] = (unsigned char) ('a' + (*seed >> 33) % 16);
	}
}

/* Encode word in enc after holder's count in holder_enc and the fillers. */
static int
memo_encode(const llmnum_encoding *enc, const llmnum_encoding *holder_enc,
			const unsigned char *holder, size_t holder_len,
			unsigned char fillers[][101], const unsigned char *word, size_t n,
			llmnum_tokens *toks)
{
	size_t		count;
	size_t		f;

	if (llmnum_tokenizer_count(holder_enc, holder, holder_len, &count, host) != LLMNUM_TOKENIZER_OK)
		return 0;
	for (f = 0; f < MEMO_FILLERS; f++)
		if (llmnum_tokenizer_count(enc, fillers[f], n, &count, host) != LLMNUM_TOKENIZER_OK)
			return 0;
	return llmnum_tokenizer_encode(enc, word, n, 1, toks, host) == LLMNUM_TOKENIZER_OK;
}

static void
run_pair_memo(void)
{
	static const size_t lens[] = {12, 15, 16, 17, 31, 40, 64, 100};
	size_t		n_enc;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_enc);
	unsigned char holder[300];
	unsigned char fillers[MEMO_FILLERS][101];
	unsigned char word[101];
	uint64_t	seed = 20261130;
	size_t		e;
	size_t		h;
	size_t		i;
	size_t		j;

	memo_word(&seed, holder, sizeof(holder));
	holder[0] = 'a';			/* one piece of 300 letters */
	for (e = 0; e < n_enc; e++)
		for (i = 0; i < sizeof(lens) / sizeof(lens[0]) && all[e]->spm == NULL; i++)
		{
			llmnum_tokens first = {0};
			int			same;

			memo_word(&seed, word, lens[i]);
			for (j = 0; j < MEMO_FILLERS; j++)
				memo_word(&seed, fillers[j], lens[i]);
			same = memo_encode(all[e], all[e], holder, sizeof(holder), fillers,
							   word, lens[i], &first);
			for (h = 0; h < n_enc && same; h++)
			{
				llmnum_tokens again = {0};

				if (h == e || all[h]->spm != NULL)
					continue;
				same = memo_encode(all[e], all[h], holder, sizeof(holder), fillers,
								   word, lens[i], &again) && again.n == first.n;
				for (j = 0; same && j < first.n; j++)
					same = again.ids[j] == first.ids[j] && again.starts[j] == first.starts[j];
				free(again.ids);
				free(again.starts);
			}
			CHECK(same, "pair memo: %s: a word of %zu bytes differs when another encoding holds the memo",
				  all[e]->name, lens[i]);
			free(first.ids);
			free(first.starts);
		}
}

static void
run_long_inputs(void)
{
	size_t		n_enc;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_enc);
	size_t		big = 1000000;
	size_t		huge = 10 * 1000 * 1000;
	unsigned char *buf = malloc(huge);
	uint64_t	seed = 0x9E3779B97F4A7C15ULL;
	size_t		e;
	size_t		i;
	size_t		count = 0;
	llmnum_tokens toks = {0};

	/* one piece of 1 MB: the bucketed merge; tiktoken gives 125000 for o200k */
	memset(buf, 'x', big);
	for (e = 0; e < n_enc; e++)
		check_text(all[e], buf, big, NULL, 0, "1MB of x");
	CHECK(llmnum_tokenizer_count(llmnum_encoding_find("o200k_base", 10), buf, big, &count, host) == LLMNUM_TOKENIZER_OK &&
		  count == 125000, "o200k 'x'*1e6 is not 125000 tokens");

	/* 10 MB of one character and of random bytes, every encoding */
	memset(buf, 'x', huge);
	for (e = 0; e < n_enc; e++)
		CHECK(llmnum_tokenizer_count(all[e], buf, huge, &count, host) == LLMNUM_TOKENIZER_OK && count > 0,
			  "10MB x");
	memset(buf, ' ', huge);
	for (e = 0; e < n_enc; e++)
		check_text(all[e], buf, huge, NULL, 0, "10MB of spaces");
	for (i = 0; i < huge; i++)
		buf[i] = (unsigned char) next_random(&seed);
	for (e = 0; e < n_enc; e++)
		check_text(all[e], buf, huge, NULL, 0, "10MB of random bytes");

	/*
	 * 1 MB of pseudo-random letters: one piece (one word) with thousands of
	 * distinct ranks, so the bucketed merges grow their bucket tables
	 * while they push (a use after realloc there crashed o200k_base)
	 */
	for (i = 0; i < big; i++)
		buf[i] = (unsigned char) ('a' + next_random(&seed) % 16);
	for (e = 0; e < n_enc; e++)
		check_text(all[e], buf, big, NULL, 0, "1MB of random letters");
	free(buf);

	/* a piece over the limit is refused, without merging it */
	huge = LLMNUM_TOKENIZER_MAX_PIECE + 1;
	buf = malloc(huge);
	memset(buf, 'y', huge);
	for (e = 0; e < n_enc; e++)
	{
		CHECK(llmnum_tokenizer_count(all[e], buf, huge, &count, host) == LLMNUM_TOKENIZER_PIECE_TOO_LONG,
			  "%s: a piece of 16 MiB + 1 is refused", all[e]->name);
		CHECK(llmnum_tokenizer_encode(all[e], buf, huge, 1, &toks, host) == LLMNUM_TOKENIZER_PIECE_TOO_LONG,
			  "%s: encode refuses it too", all[e]->name);
		free(toks.ids);
		free(toks.starts);
		memset(&toks, 0, sizeof(toks));
	}
	buf[huge - 2] = ' ';		/* two pieces: accepted */
	CHECK(llmnum_tokenizer_count(all[0], buf, huge, &count, host) == LLMNUM_TOKENIZER_OK,
		  "a piece of exactly 16 MiB - 1 is accepted");
	free(buf);
}

/*
 * Every encoding is found by its name in any case; a name of the same
 * length with one byte changed, or a prefix, is not (llmnum_encoding_find
 * compares only the names of the asked length).
 */
static void
run_encoding_names(void)
{
	size_t		n;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n);
	size_t		i;

	for (i = 0; i < n; i++)
	{
		const char *name = all[i]->name;
		size_t		len = strlen(name);
		char		upper[64];
		char		changed[64];
		size_t		j;

		CHECK(len < sizeof(upper), "encoding name fits");
		for (j = 0; j <= len; j++)
			upper[j] = (char) (name[j] >= 'a' && name[j] <= 'z' ? name[j] - 32 : name[j]);
		CHECK(llmnum_encoding_find(name, len) == all[i], name);
		CHECK(llmnum_encoding_find(upper, len) == all[i], upper);
		CHECK(llmnum_encoding_find(name, len - 1) != all[i], "a prefix is not the encoding");
		for (j = 0; j < len; j++)
		{
			memcpy(changed, name, len + 1);
			changed[j] = '#';
			CHECK(llmnum_encoding_find(changed, len) == NULL, changed);
		}
	}
	CHECK(llmnum_encoding_find("", 0) == NULL, "empty name");
	CHECK(llmnum_encoding_find("gpt-4o", 6) == NULL, "a model name is not an encoding");
	CHECK(llmnum_encoding_find("o200k_base", 1000) == NULL, "a long name");
}

static void
run_decode_errors(void)
{
	const llmnum_encoding *cl = llmnum_encoding_find("CL100K_BASE", 11);
	const llmnum_encoding *p50 = llmnum_encoding_find("p50k_base", 9);
	unsigned char *out = NULL;
	size_t		out_len = 0;
	size_t		bad = 99;
	int32_t		ids[3] = {15339, -1, 1917};
	int32_t		special[2] = {15339, 100257};
	int32_t		hole[1] = {50256};
	int32_t		beyond[1] = {100277};

	CHECK(cl != NULL, "case-insensitive lookup");
	CHECK(llmnum_encoding_find("cl100k", 6) == NULL, "prefix must not match");
	CHECK(llmnum_encoding_find("cl100k_basex", 12) == NULL, "suffix must not match");
	CHECK(llmnum_tokenizer_decode(cl, ids, 3, &out, &out_len, &bad, host) == LLMNUM_TOKENIZER_UNKNOWN_ID &&
		  bad == 1, "negative id");
	CHECK(llmnum_tokenizer_decode(cl, beyond, 1, &out, &out_len, &bad, host) == LLMNUM_TOKENIZER_UNKNOWN_ID &&
		  bad == 0, "id beyond the vocabulary");
	CHECK(llmnum_tokenizer_decode(cl, special, 2, &out, &out_len, &bad, host) == LLMNUM_TOKENIZER_OK &&
		  strcmp((char *) out, "hello<|endoftext|>") == 0, "special token decodes");
	free(out);
	CHECK(llmnum_tokenizer_decode(p50, hole, 1, &out, &out_len, &bad, host) == LLMNUM_TOKENIZER_OK &&
		  strcmp((char *) out, "<|endoftext|>") == 0, "p50k hole is <|endoftext|>");
	free(out);
	CHECK(llmnum_tokenizer_decode(cl, ids, 0, &out, &out_len, &bad, host) == LLMNUM_TOKENIZER_OK &&
		  out_len == 0, "empty decode");
	free(out);
}

/*
 * The encodings that reuse another's ranks: the same vocabulary, pattern
 * and normalization, and special tokens unknown exactly where no list was
 * checked (every other encoding has its list: only those four list none).
 */
static void
run_shared_ranks(void)
{
	static const struct
	{
		const char *enc;
		const char *ranks_of;
		bool		specials_unknown;
	}			cases[] = {
		{"o200k_harmony", "o200k_base", false},
		{"llama3_1", "llama3", false},
		{"llama3_2_vision", "llama3", false},
		{"qwen2_5", "qwen2", false},
		{"qwen3", "qwen2", false},
		{"phi4", "cl100k_base", false},
		{"deepseek_r1_qwen", "qwen2", false},
		{"deepseek_r1_llama", "llama3", true},
		{"phi3_small", "cl100k_base", true},
		{"phi4_mini", "o200k_base", true},
		{"deepseek_v3_1", "deepseek_v3", true},
	};
	size_t		n_all;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_all);
	size_t		i;
	size_t		n_unknown = 0;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const llmnum_encoding *e = llmnum_encoding_find(cases[i].enc, strlen(cases[i].enc));
		const llmnum_encoding *b = llmnum_encoding_find(cases[i].ranks_of, strlen(cases[i].ranks_of));

		CHECK(e != NULL && b != NULL && e->vocab == b->vocab && e->pattern == b->pattern &&
			  e->normalization == b->normalization && e->spm == NULL &&
			  llmnum_specials_unknown(e) == cases[i].specials_unknown,
			  "%s: %s's ranks, specials %s", cases[i].enc, cases[i].ranks_of,
			  cases[i].specials_unknown ? "unknown" : "listed");
	}
	for (i = 0; i < n_all; i++)
		n_unknown += llmnum_specials_unknown(all[i]);
	CHECK(n_unknown == 4, "4 encodings with unknown special tokens (got %zu)", n_unknown);
}

/* Special-token ids of the open-model encodings decode to their text. */
static void
run_open_specials(void)
{
	static const struct
	{
		const char *enc;
		int32_t		id;
		const char *text;		/* NULL: the id is unknown */
	}			cases[] = {
		{"o200k_harmony", 199998, "<|startoftext|>"},
		{"o200k_harmony", 200006, "<|start|>"},
		{"o200k_harmony", 200018, "<|endofprompt|>"},
		{"o200k_harmony", 200013, "<|reserved_200013|>"},
		{"o200k_harmony", 201087, "<|reserved_201087|>"},
		{"o200k_harmony", 201088, NULL},
		{"o200k_base", 200006, NULL},
		{"llama3", 128000, "<|begin_of_text|>"},
		{"llama3", 128009, "<|eot_id|>"},
		{"llama3", 128255, "<|reserved_special_token_250|>"},
		{"llama3", 128256, NULL},
		{"llama3", 128008, "<|reserved_special_token_4|>"},
		/* Llama 3.1 and later: three tokens named, the reserved renumbered */
		{"llama3_1", 128004, "<|finetune_right_pad_id|>"},
		{"llama3_1", 128005, "<|reserved_special_token_2|>"},
		{"llama3_1", 128008, "<|eom_id|>"},
		{"llama3_1", 128010, "<|python_tag|>"},
		{"llama3_1", 128255, "<|reserved_special_token_247|>"},
		{"llama3_1", 128256, NULL},
		/* Llama 3.2 Vision: llama3_1's list and <|image|> after it */
		{"llama3_2_vision", 128010, "<|python_tag|>"},
		{"llama3_2_vision", 128255, "<|reserved_special_token_247|>"},
		{"llama3_2_vision", 128256, "<|image|>"},
		{"llama3_2_vision", 128257, NULL},
		{"llama4", 25681, "hello"},
		{"llama4", 199999, "(ge"},
		{"llama4", 200000, "<|begin_of_text|>"},
		{"llama4", 200008, "<|eot|>"},
		{"llama4", 201143, "<|reasoning_thinking_end|>"},
		{"llama4", 201144, "<|reserved_special_token_0|>"},
		{"llama4", 202047, "<|reserved_special_token_903|>"},
		{"llama4", 202048, NULL},
		{"deepseek_v3", 0, "<\357\275\234begin\342\226\201of\342\226\201sentence\357\275\234>"},
		{"deepseek_v3", 1, "<\357\275\234end\342\226\201of\342\226\201sentence\357\275\234>"},
		{"deepseek_v3", 128815, NULL},
		{"tekken", 0, "<unk>"},
		{"tekken", 1, "<s>"},
		{"tekken", 9, "[TOOL_CALLS]"},
		{"tekken", 10, NULL},	/* <pad> or [IMG], by version of the file */
		{"tekken", 999, NULL},
		{"tekken", 1001, "\001"},
		{"tekken", 1097, "a"},
		{"tekken", 131072, NULL},
		/* one vocabulary, three generations of added tokens */
		{"qwen2", 151643, "<|endoftext|>"},
		{"qwen2", 151645, "<|im_end|>"},
		{"qwen2", 151646, NULL},
		{"qwen2", 151642, "\xe2\xbd\x97"},
		{"qwen2_5", 151644, "<|im_start|>"},
		{"qwen2_5", 151664, "<|file_sep|>"},
		{"qwen2_5", 151665, NULL},
		{"qwen3", 151643, "<|endoftext|>"},
		{"qwen3", 151664, "<|file_sep|>"},
		{"qwen3", 151667, "<think>"},
		{"qwen3", 151668, "</think>"},
		{"qwen3", 151669, NULL},
		/* qwen2's ranks, DeepSeek's added tokens at 151643-151649 */
		{"deepseek_r1_qwen", 151642, "\xe2\xbd\x97"},
		{"deepseek_r1_qwen", 151643, "<\357\275\234end\342\226\201of\342\226\201sentence\357\275\234>"},
		{"deepseek_r1_qwen", 151648, "<think>"},
		{"deepseek_r1_qwen", 151650, "<|quad_start|>"},
		{"deepseek_r1_qwen", 151664, "<|file_sep|>"},
		{"deepseek_r1_qwen", 151665, NULL},
		/* llama3's ranks; its special tokens are unknown, not Llama's */
		{"deepseek_r1_llama", 127999, "\xe9\x94\xa6"},
		{"deepseek_r1_llama", 128000, NULL},
		{"deepseek_r1_llama", 128009, NULL},
		{"phi3_small", 100255, " Conveyor"},
		{"phi3_small", 100256, NULL},
		{"phi3_small", 100257, NULL},
		{"phi4_mini", 199997, " cocos"},
		{"phi4_mini", 199998, NULL},
		{"phi4_mini", 199999, NULL},
		{"deepseek_v3_1", 0, NULL},
		{"deepseek_v3_1", 3, "!"},
		{"deepseek_v3_1", 128000, NULL},
		{"mistral_v1", 2, "</s>"},
		{"mistral_v1", 32000, NULL},
		{"mistral_v3", 1, "<s>"},
		{"mistral_v3", 3, "[INST]"},
		{"mistral_v3", 9, "[/TOOL_RESULTS]"},
		{"mistral_v3", 770, "[REFERENCE_DOC_0]"},
		{"mistral_v3", 836, "A"},
		{"mistral_v3", 32768, NULL},
		{"mistral_v2", 9, "[/TOOL_RESULTS]"},
		{"mistral_v2", 10, "[control_8]"},
		{"mistral_v2", 770, "[control_768]"},
		{"mistral_v2", 32768, NULL},
		/* Gemma: no prepended space to drop; added pieces as their text */
		{"gemma2", 2, "<bos>"},
		{"gemma2", 106, "<start_of_turn>"},
		{"gemma2", 139, "  "},
		{"gemma2", 169, "<table>"},
		{"gemma2", 255999, "<unused99>"},
		{"gemma2", 235248, " "},
		{"gemma2", 256000, NULL},
		{"gemma3", 105, "<start_of_turn>"},
		{"gemma3", 256000, "<end_of_image>"},
		{"gemma3", 262143, "<unused6241>"},
		{"gemma3", 262144, "<image_soft_token>"},
		{"gemma3", 262145, NULL},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const llmnum_encoding *enc = llmnum_encoding_find(cases[i].enc, strlen(cases[i].enc));
		unsigned char *out = NULL;
		size_t		out_len = 0;
		size_t		bad = 99;
		llmnum_tokenizer_status st;

		CHECK(enc != NULL, "encoding %s", cases[i].enc);
		if (enc == NULL)
			continue;
		st = llmnum_tokenizer_decode(enc, &cases[i].id, 1, &out, &out_len, &bad, host);
		if (cases[i].text == NULL)
			CHECK(st == LLMNUM_TOKENIZER_UNKNOWN_ID && bad == 0, "%s %d is unknown",
				  cases[i].enc, cases[i].id);
		else
			CHECK(st == LLMNUM_TOKENIZER_OK && strcmp((char *) out, cases[i].text) == 0,
				  "%s %d decodes to %s", cases[i].enc, cases[i].id, cases[i].text);
		if (st == LLMNUM_TOKENIZER_OK)
			free(out);
	}
	CHECK(llmnum_encoding_find("LLAMA3", 6) != NULL, "llama3 by name, any case");
	CHECK(llmnum_encoding_find("Qwen2", 5) != NULL &&
		  llmnum_encoding_find("Qwen2", 5)->normalization == LLMNUM_NORMALIZE_NFC,
		  "qwen2 by name, with NFC");
}

/*
 * Finding special-token strings: leftmost, longest at that position, none
 * in ordinary text or in a cut-off special, bytes around them untouched.
 */
static void
run_special_next(void)
{
	static const struct
	{
		const char *enc;
		const char *text;
		size_t		at;			/* where the first special starts; -1: none */
		size_t		len;
		uint32_t	id;
	}			cases[] = {
		{"cl100k_base", "hello<|endoftext|>world", 5, 13, 100257},
		{"cl100k_base", "<|endofprompt|>", 0, 15, 100276},
		{"cl100k_base", "a <|endoftext|", (size_t) -1, 0, 0},
		{"cl100k_base", "<|<|fim_prefix|>", 2, 14, 100258},
		{"cl100k_base", "no specials < here | >", (size_t) -1, 0, 0},
		{"cl100k_base", "", (size_t) -1, 0, 0},
		{"o200k_base", "x<|endoftext|>", 1, 13, 199999},
		{"o200k_harmony", "<|start|>assistant", 0, 9, 200006},
		{"llama3", "é<|begin_of_text|>", 2, 17, 128000},
		{"llama3", "<|reserved_special_token_250|>", 0, 30, 128255},
		{"llama3", "<|python_tag|>", (size_t) -1, 0, 0},
		{"llama3_1", "call<|python_tag|>", 4, 14, 128010},
		{"llama3_1", "<|reserved_special_token_250|>", (size_t) -1, 0, 0},
		{"llama3_1", "<|image|>", (size_t) -1, 0, 0},
		{"llama3_2_vision", "<|image|>Describe", 0, 9, 128256},
		{"llama3_2_vision", "a<|eom_id|><|image|>", 1, 10, 128008},
		{"llama4", "x<|eot|>", 1, 7, 200008},
		{"llama4", "<|vision_reserved_special_token_1047|>", 0, 38, 201133},
		{"deepseek_v3", "<\357\275\234begin\342\226\201of\342\226\201sentence\357\275\234>", 0, 29, 0},
		{"r50k_base", "<|endoftext|><|endoftext|>", 0, 13, 50256},
		{"qwen3", "x<think>\xcc\xb8", 1, 7, 151667},	/* then U+0338 */
		{"qwen2_5", "x<think><tool_call>", 8, 11, 151657},
		{"qwen2", "<tool_call><|im_start|>", 11, 12, 151644},
		{"qwen2", "<|im_start|>", 0, 12, 151644},
		{"deepseek_r1_qwen", "<|im_start|>", (size_t) -1, 0, 0},
		{"deepseek_r1_qwen", "a<think>", 1, 7, 151648},
		{"deepseek_r1_qwen", "<\357\275\234User\357\275\234>", 0, 12, 151644},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const llmnum_encoding *enc = llmnum_encoding_find(cases[i].enc, strlen(cases[i].enc));
		const unsigned char *t = (const unsigned char *) cases[i].text;
		size_t		n = strlen(cases[i].text);
		size_t		len = 0;
		uint32_t	id = 0;
		size_t		at;

		CHECK(enc != NULL && llmnum_special_tokens_supported(enc), "%s indexed", cases[i].enc);
		if (enc == NULL)
			continue;
		at = llmnum_special_next(enc, t, n, 0, &len, &id);
		if (cases[i].at == (size_t) -1)
			CHECK(at == n, "%s: no special in \"%s\" (found at %zu)", cases[i].enc,
				  cases[i].text, at);
		else
			CHECK(at == cases[i].at && len == cases[i].len && id == cases[i].id,
				  "%s: \"%s\" special at %zu len %zu id %u (got %zu %zu %u)", cases[i].enc,
				  cases[i].text, cases[i].at, cases[i].len, cases[i].id, at, len, id);
	}
}

/*
 * The pre-tokenizer's shortcut into the class tables gives every code point
 * it covers the class of the general two-level lookup.
 */
static void
run_class_tables(void)
{
	uint32_t	cp;
	long		wrong = 0;

	for (cp = 0; cp < LLMNUM_UCS_DIRECT; cp++)
		if (llmnum_ucs_direct_class(cp) != llmnum_ucs_class_of(cp))
			wrong++;
	CHECK(wrong == 0, "%ld code points below U+0800 with another direct class", wrong);
}

/*
 * Length of the well-formed UTF-8 sequence at s[i] (Unicode's table 3-7),
 * or 0: written apart from the pre-tokenizer's decoder, as its reference.
 */
static size_t
utf8_valid_len(const unsigned char *s, size_t n, size_t i)
{
	unsigned char b = s[i];
	size_t		len;
	unsigned char lo = 0x80;
	unsigned char hi = 0xBF;
	size_t		k;

	if (b < 0x80)
		return 1;
	if (b >= 0xC2 && b <= 0xDF)
		len = 2;
	else if (b >= 0xE0 && b <= 0xEF)
	{
		len = 3;
		lo = b == 0xE0 ? 0xA0 : 0x80;
		hi = b == 0xED ? 0x9F : 0xBF;
	}
	else if (b >= 0xF0 && b <= 0xF4)
	{
		len = 4;
		lo = b == 0xF0 ? 0x90 : 0x80;
		hi = b == 0xF4 ? 0x8F : 0xBF;
	}
	else
		return 0;
	if (n - i < len || s[i + 1] < lo || s[i + 1] > hi)
		return 0;
	for (k = 2; k < len; k++)
		if ((s[i + k] & 0xC0) != 0x80)
			return 0;
	return len;
}

/*
 * Ill-formed UTF-8 (possible in a SQL_ASCII database) is split as if each
 * byte of it were U+0001, a one-byte character of the same class: random
 * mixes of well-formed sequences of every length and lead byte, their
 * truncations, overlong forms and surrogates give the same piece ends in
 * every pattern as that substitution.
 */
static void
run_ill_formed_utf8(void)
{
	static const char *const frags[] = {
		"a", "Z", " ", "  ", "\n", "7", "'s", ".", "\xc3\xa9", "\xd0\x96",
		"\xe0\xb8\x81", "\xe0\xb8\xb4", "\xe0\xa4\x95", "\xe0\xa5\x8d",
		"\xed\x95\x9c", "\xef\xbc\x8c", "\xef\xbd\x81", "\xe4\xb8\xad",
		"\xf0\x9f\x98\x80", "\xf0\xa0\x80\x80", "\xe0\x80\x80", "\xe0\x9f\xbf",
		"\xed\xa0\x80", "\xed\xbf\xbf", "\xe0\xb8", "\xef", "\xc0\x80",
		"\xc1\xbf", "\xf4\x90\x80\x80", "\xf0\x8f\xbf\xbf", "\xf5\x80",
		"\x80", "\xbf", "\xff", "\xf0\x9f\x98",
		/* Cyrillic, which the scanners take four letters at a time */
		"\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82", "\xd0\x9f",
		"\xd1\xa0", "\xd2\x83", "\xd0", "\xd1", "    ",
	};
	static const llmnum_pattern patterns[] = {
		LLMNUM_PATTERN_R50K, LLMNUM_PATTERN_CL100K, LLMNUM_PATTERN_O200K,
		LLMNUM_PATTERN_QWEN2, LLMNUM_PATTERN_DEEPSEEK_V3, LLMNUM_PATTERN_TEKKEN,
	};
	uint64_t	seed = 20261201;
	long		differ = 0;
	int			round;

	for (round = 0; round < 20000; round++)
	{
		unsigned char text[256];
		unsigned char subst[256];
		size_t		n = 0;
		size_t		i;
		size_t		p;
		int			k = 1 + (int) (next_random(&seed) % 24);

		while (k-- > 0)
		{
			const char *f = frags[next_random(&seed) % (sizeof(frags) / sizeof(frags[0]))];
			size_t		fl = strlen(f);

			if (n + fl > sizeof(text))
				break;
			memcpy(text + n, f, fl);
			n += fl;
		}
		for (i = 0; i < n;)
		{
			size_t		len = utf8_valid_len(text, n, i);

			if (len == 0)
			{
				subst[i++] = 0x01;
				continue;
			}
			memcpy(subst + i, text + i, len);
			i += len;
		}
		for (p = 0; p < sizeof(patterns) / sizeof(patterns[0]); p++)
		{
			size_t		a = 0;
			size_t		b = 0;

			while (a < n && a == b)
			{
				a = llmnum_pretok_next(patterns[p], text, n, a);
				b = llmnum_pretok_next(patterns[p], subst, n, b);
			}
			if (a != b)
				differ++;
		}
	}
	CHECK(differ == 0, "%ld texts split otherwise than with U+0001 for ill-formed bytes", differ);
}

/*
 * The SentencePiece pieces sorted by their bytes, for the pair filter
 * check below: a lookup that does not use the vocabulary's own index.
 */
static const llmnum_spm_vocab *sorted_spm;	/* the comparators' vocabulary */

typedef struct byte_span
{
	const unsigned char *p;
	size_t		n;
} byte_span;

static byte_span
spm_piece(const llmnum_spm_vocab *v, uint32_t id)
{
	uint32_t	from = llmnum_load_le32(v->offsets + 4 * (size_t) id);
	byte_span	piece = {v->bytes + from, llmnum_load_le32(v->offsets + 4 * (size_t) id + 4) - from};

	return piece;
}

static int
span_cmp(byte_span x, byte_span y)
{
	int			c = memcmp(x.p, y.p, x.n < y.n ? x.n : y.n);

	return c != 0 ? c : (x.n > y.n) - (x.n < y.n);
}

static int
spm_piece_cmp(const void *a, const void *b)
{
	return span_cmp(spm_piece(sorted_spm, *(const uint32_t *) a),
					spm_piece(sorted_spm, *(const uint32_t *) b));
}

static int
spm_bytes_cmp(const void *key, const void *elem)
{
	return span_cmp(*(const byte_span *) key, spm_piece(sorted_spm, *(const uint32_t *) elem));
}

/*
 * The pieces of the SentencePiece vocabulary v that a merge joins (the
 * normal pieces whose bytes make a piece that a merge makes), found by a
 * binary search of the normal pieces sorted by their bytes, not by the
 * vocabulary's own index: every such pair must have both its bits in v's
 * pair filter.  Returns the number of pairs; *missing counts those without.
 */
static long
spm_filter_pairs(const llmnum_spm_vocab *v, long *missing)
{
	uint32_t   *sorted = malloc((size_t) v->n_pieces * sizeof(uint32_t));
	uint32_t	n_sorted = 0;
	uint32_t	id;
	long		pairs = 0;

	for (id = 0; id < v->n_pieces; id++)
		if (v->types[id] == LLMNUM_SPM_NORMAL)
			sorted[n_sorted++] = id;
	sorted_spm = v;
	qsort(sorted, n_sorted, sizeof(uint32_t), spm_piece_cmp);
	*missing = 0;
	for (id = 0; id < v->n_pieces; id++)
	{
		byte_span	piece = spm_piece(v, id);
		size_t		k;

		if (v->prio[id] == 0)
			continue;
		for (k = 1; k < piece.n; k++)
		{
			byte_span	left = {piece.p, k};
			byte_span	right = {piece.p + k, piece.n - k};
			const uint32_t *l = bsearch(&left, sorted, n_sorted, sizeof(uint32_t), spm_bytes_cmp);
			const uint32_t *r = bsearch(&right, sorted, n_sorted, sizeof(uint32_t), spm_bytes_cmp);

			if (l == NULL || r == NULL)
				continue;
			pairs++;
			if (!llmnum_pair_filter_may_merge(v->pair_filter, *l, *r,
											  LLMNUM_PAIR_FIX_LEFT, v->pair_filter_bits))
				(*missing)++;
		}
	}
	free(sorted);
	return pairs;
}

/*
 * Every pair of tokens that the merge joins has its bit in both halves of
 * its vocabulary's pair filter: a pair the filter turned away would be a
 * wrong count, silently.  Checked for every token of every byte-level
 * vocabulary and every split of it into two tokens (with a split table,
 * the token's own split), and for every SentencePiece vocabulary
 * (spm_filter_pairs).  Each byte-level vocabulary also leaves unused the
 * rank that marks the token cache's entries without ids (src/bpe.c), and
 * finds each of its tokens by its bytes: the token filter (vocab.h) sends a
 * probe away before the index, so that a bit missing there would hide a
 * token, silently.  The filter must also turn away most strings that are
 * no token, which is what it is for: checked on each token's bytes with
 * one more byte.
 */
static void
run_pair_filters(void)
{
	size_t		n;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n);
	size_t		e;

	for (e = 0; e < n; e++)
	{
		const llmnum_vocab *v = all[e]->vocab;
		uint32_t	rank;
		long		pairs = 0;
		long		missing = 0;
		long		tokens = 0;
		long		lost = 0;
		long		others = 0;
		long		passed = 0;

		if (all[e]->spm != NULL)
		{
			const llmnum_spm_vocab *sv = all[e]->spm;

			CHECK(sv->pair_filter != NULL && sv->pair_filter_bits >= 15 &&
				  sv->pair_filter_bits < 32, "%s: a pair filter", all[e]->name);
			if (sv->pair_filter == NULL)
				continue;
			pairs = spm_filter_pairs(sv, &missing);
			CHECK(pairs > 20000 && missing == 0, "%s: %ld of %ld merging pairs not in the filter",
				  all[e]->name, missing, pairs);
			continue;
		}
		if (v == NULL)
			continue;
		/* the token cache marks an entry without ids by the rank mask */
		CHECK(v->n_ranks < LLMNUM_VOCAB_RANK_MASK, "%s: %u ranks leave no rank for the token cache's counts",
			  all[e]->name, v->n_ranks);
		CHECK(v->pair_filter != NULL && v->pair_filter_bits >= 15 &&
			  v->pair_filter_bits < 32, "%s: a pair filter", all[e]->name);
		CHECK(v->token_filter != NULL && v->token_filter_bits >= 10 &&
			  v->token_filter_bits < 32, "%s: a token filter", all[e]->name);
		if (v->pair_filter == NULL || v->token_filter == NULL)
			continue;
		for (rank = 0; rank < v->n_ranks; rank++)
		{
			const unsigned char *p;
			size_t		len;
			size_t		k;
			unsigned char other[256 + 1];	/* tokens have at most 255 bytes */

			if (!llmnum_vocab_token(v, rank, &p, &len))
				continue;
			tokens++;
			lost += llmnum_vocab_rank(v, p, len) != (int32_t) rank;
			memcpy(other, p, len);
			other[len] = (unsigned char) ('q' + rank % 7);
			if (len >= 2 && llmnum_vocab_rank(v, other, len + 1) < 0)
			{
				others++;
				passed += llmnum_vocab_may_be_token(v, llmnum_vocab_hash(other, len + 1));
			}
			for (k = 1; k < len; k++)
			{
				int32_t		l;
				int32_t		r;

				if (v->split_left != NULL && v->split_left[rank] != k)
					continue;
				l = llmnum_vocab_rank(v, p, k);
				r = llmnum_vocab_rank(v, p + k, len - k);
				if (l < 0 || r < 0)
					continue;
				pairs++;
				if (!llmnum_pair_filter_may_merge(v->pair_filter, (uint32_t) l, (uint32_t) r,
												  LLMNUM_PAIR_FIX_LEFT, v->pair_filter_bits))
					missing++;
			}
		}
		CHECK(pairs > 50000 && missing == 0, "%s: %ld of %ld merging pairs not in the filter",
			  all[e]->name, missing, pairs);
		CHECK(tokens > 50000 && lost == 0, "%s: %ld of %ld tokens not found by their bytes",
			  all[e]->name, lost, tokens);
		CHECK(others > 10000 && passed * 5 < others,
			  "%s: the token filter passes %ld of %ld strings that are no token",
			  all[e]->name, passed, others);
	}
}

/*
 * A host that, like a cancelled query, leaves the engine at its first
 * interrupt check, and frees what the engine had allocated, as the
 * server's memory contexts do.
 */
static jmp_buf interrupt_jump;
static void **interrupted_blocks;
static size_t n_interrupted_blocks;

static void *
track(void *p)
{
	void	  **more = realloc(interrupted_blocks, (n_interrupted_blocks + 1) * sizeof(void *));

	if (p == NULL || more == NULL)
		abort();
	interrupted_blocks = more;
	interrupted_blocks[n_interrupted_blocks++] = p;
	return p;
}

static void *
interrupted_alloc(size_t size)
{
	return track(malloc(size ? size : 1));
}

static void *
interrupted_realloc(void *ptr, size_t size)
{
	size_t		i;

	for (i = 0; i < n_interrupted_blocks; i++)
		if (interrupted_blocks[i] == ptr)
		{
			interrupted_blocks[i] = realloc(ptr, size ? size : 1);
			if (interrupted_blocks[i] == NULL)
				abort();
			return interrupted_blocks[i];
		}
	abort();
}

static void
interrupted_free(void *ptr)
{
	size_t		i;

	for (i = 0; i < n_interrupted_blocks; i++)
		if (interrupted_blocks[i] == ptr)
		{
			free(ptr);
			interrupted_blocks[i] = interrupted_blocks[--n_interrupted_blocks];
			return;
		}
	abort();
}

static void
interrupted_check(void)
{
	longjmp(interrupt_jump, 1);
}

/*
 * The merge of long pieces keeps state in static memory from call to call
 * (the pair memo, the counting sort's counters, the bitmap of ranks): a
 * merge left at an interrupt must not change the next one's tokens.
 */
static void
run_interrupted_merge(void)
{
	static const llmnum_host interrupting = {
		.alloc = interrupted_alloc,
		.realloc = interrupted_realloc,
		.free = interrupted_free,
		.check_interrupts = interrupted_check,
	};
	size_t		big = 1000000;
	unsigned char *buf = malloc(big);
	uint64_t	seed = 12345;
	size_t		n_enc;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_enc);
	size_t		e;
	size_t		i;

	for (i = 0; i < big; i++)
		buf[i] = (unsigned char) ('a' + next_random(&seed) % 16);
	for (e = 0; e < n_enc; e++)
	{
		size_t		before = 0;
		size_t		after = 0;
		volatile int interrupted = 0;

		if (all[e]->spm != NULL)
			continue;
		CHECK(llmnum_tokenizer_count(all[e], buf, big, &before, host) == LLMNUM_TOKENIZER_OK,
			  "%s: count", all[e]->name);
		if (setjmp(interrupt_jump) == 0)
		{
			size_t		ignored;

			(void) llmnum_tokenizer_count(all[e], buf, big, &ignored, &interrupting);
		}
		else
			interrupted = 1;
		CHECK(interrupted, "%s: a megabyte-long piece's merge checks for interrupts", all[e]->name);
		while (n_interrupted_blocks > 0)
			free(interrupted_blocks[--n_interrupted_blocks]);
		/* the same text again, and text with other pairs */
		CHECK(llmnum_tokenizer_count(all[e], buf, big, &after, host) == LLMNUM_TOKENIZER_OK &&
			  after == before, "%s: %zu tokens after an interrupted merge, %zu before",
			  all[e]->name, after, before);
		check_text(all[e], buf + 1, 70000, NULL, 0, "70 kB of letters after an interrupted merge");
	}
	free(interrupted_blocks);
	interrupted_blocks = NULL;
	free(buf);
}

int
main(int argc, char **argv)
{
	int			i;

	if (argc > 1)
		for (i = 1; i < argc; i++)
			run_fixture(argv[i]);
	else
	{
		run_fixture(TOKENIZER_DATA "/oracle.tsv");
		run_fixture(TOKENIZER_DATA "/published_vectors.tsv");
		run_fixture(TOKENIZER_DATA "/corpus/expected.tsv");
		run_fixture(TOKENIZER_DATA "/corpus/expected_open.tsv");
		run_fixture(TOKENIZER_DATA "/long_pieces.tsv");
		run_fixture(TOKENIZER_DATA "/long_pieces_open.tsv");
	}
	run_class_tables();
	run_ill_formed_utf8();
	run_pair_filters();
	run_encoding_names();
	run_decode_errors();
	run_shared_ranks();
	run_open_specials();
	run_special_next();
	run_long_inputs();
	run_interrupted_merge();
	run_piece_cache(10, 6000);
	run_piece_cache(100, 300);
	run_piece_cache(341, 40);
	run_piece_cache(342, 20);
	run_token_cache();
	run_pair_memo();
	printf("%ld checks, %ld failed\n", checks, failures);
	return failures == 0 ? 0 : 1;
}
