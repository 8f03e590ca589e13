/*
 * pglz_test.c
 *	  Unit test of the pglz decoder (src/pglz.c) against PostgreSQL's own
 *	  encoder and decoder (libpgcommon): every stream the server writes
 *	  decodes to the same bytes, and on damaged streams (a byte changed,
 *	  cut short, lengthened, a wrong raw size) both decoders give the same
 *	  verdict, and the same bytes when they accept.  Inputs: text of words
 *	  in several scripts, repeated patterns of every period up to 20, runs
 *	  of one byte, one byte repeated at every size up to 7,000 (groups of
 *	  eight 273-byte references), random bytes with copies in them; sizes from 0 to 100 kB,
 *	  around the ends of the fast path.  Built with AddressSanitizer by
 *	  test/run.sh: every buffer given to llmnum_pglz_decompress is
 *	  allocated at its exact size, so a read or write outside is an error.
 */
#include "postgres_fe.h"

#include "common/pg_lzcompress.h"

#include "check.h"
#include "pglz.h"

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;

static const char *const words[] = {
	"the", "tokens", "model", "prompt", " ", "\n", "    ", ", ", "price",
	"\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3",	/* katakana */
	"\xd1\x82\xd0\xbe\xd0\xba\xd0\xb5\xd0\xbd",	/* Cyrillic */
	"\xed\x86\xa0\xed\x81\xb0",	/* Hangul */
	"{\"role\": \"user\"}", "SELECT", "(", ")", ";", "0", "42", "1.5",
};

/* Fills buf[0, n) with one of the kinds of input. */
static void
fill(unsigned char *buf, size_t n, int kind)
{
	size_t		i = 0;

	switch (kind)
	{
		case 0:				/* words */
			while (i < n)
			{
				const char *w = words[check_rng(&rng_state) % (sizeof(words) / sizeof(words[0]))];
				size_t		len = strlen(w);

				if (len > n - i)
					len = n - i;
				memcpy(buf + i, w, len);
				i += len;
			}
			break;
		case 1:				/* a pattern of period 1-20, with a few changes */
			{
				size_t		period = 1 + check_rng(&rng_state) % 20;

				for (; i < n; i++)
					buf[i] = i < period ? (unsigned char) check_rng(&rng_state) : buf[i - period];
				for (i = 0; i < n / 500; i++)
				{
					size_t		at = check_rng(&rng_state) % n;

					buf[at] = (unsigned char) check_rng(&rng_state);
				}
			}
			break;
		case 2:				/* runs of one byte, short or long */
			while (i < n)
			{
				size_t		longest = check_rng(&rng_state) % 2 ? 600 : 10000;
				size_t		len = 1 + check_rng(&rng_state) % longest;
				unsigned char c = (unsigned char) (check_rng(&rng_state) % 4);

				for (; len > 0 && i < n; len--)
					buf[i++] = c;
			}
			break;
		case 3:				/* one byte (groups of eight longest references), */
			memset(buf, 'x', n);	/* and a few random bytes at the end */
			for (i = n > 12 ? n - check_rng(&rng_state) % 12 : n; i < n; i++)
				buf[i] = (unsigned char) check_rng(&rng_state);
			break;
		default:				/* random bytes, with copies of earlier bytes */
			while (i < n)
			{
				if (i > 0 && check_rng(&rng_state) % 3 == 0)
				{
					size_t		off = 1 + check_rng(&rng_state) % (i < 5000 ? i : 5000);
					size_t		len = 1 + check_rng(&rng_state) % 300;

					for (; len > 0 && i < n; len--, i++)
						buf[i] = buf[i - off];
				}
				else
					buf[i++] = (unsigned char) check_rng(&rng_state);
			}
			break;
	}
}

/* Our decoder on exactly-sized copies of the input and the output. */
static bool
ours(const unsigned char *src, size_t slen, size_t rawsize, unsigned char **out)
{
	unsigned char *copy = malloc(slen ? slen : 1);
	bool		ok;

	if (slen > 0)
		memcpy(copy, src, slen);
	*out = malloc(rawsize ? rawsize : 1);
	ok = llmnum_pglz_decompress(copy, slen, *out, rawsize);
	free(copy);
	return ok;
}

/*
 * The server's verdict; its decoder may read two bytes past the end of a
 * damaged stream, so it gets a padded copy.
 */
static bool
servers(const unsigned char *src, size_t slen, size_t rawsize, unsigned char **out)
{
	char	   *copy = calloc(slen + 8, 1);
	bool		ok;

	if (slen > 0)
		memcpy(copy, src, slen);
	*out = malloc(rawsize ? rawsize : 1);
	ok = pglz_decompress(copy, (int32) slen, (char *) *out, (int32) rawsize, true) == (int32) rawsize;
	free(copy);
	return ok;
}

static int	mismatches_shown = 0;

/* Both decoders on one stream: same verdict, same bytes. */
static void
compare(const unsigned char *src, size_t slen, size_t rawsize, const unsigned char *expect)
{
	unsigned char *a,
			   *b;
	bool		ok_ours = ours(src, slen, rawsize, &a);
	bool		ok_server = servers(src, slen, rawsize, &b);

	CHECK(ok_ours == ok_server);
	if (ok_ours && ok_server)
	{
		CHECK(memcmp(a, b, rawsize) == 0);
		if (expect != NULL)
			CHECK(memcmp(a, expect, rawsize) == 0);
	}
	if (ok_ours != ok_server && mismatches_shown++ < 5)
		fprintf(stderr, "  slen %zu rawsize %zu: ours %d, server %d\n",
				slen, rawsize, ok_ours, ok_server);
	free(a);
	free(b);
}

/* Damaged copies of a valid stream. */
static void
damage(const unsigned char *src, size_t slen, size_t rawsize)
{
	unsigned char *copy = malloc(slen + 4);
	int			k;

	for (k = 0; k < 12 && slen > 0; k++)
	{
		size_t		at = check_rng(&rng_state) % slen;

		memcpy(copy, src, slen);
		copy[at] ^= (unsigned char) (1 + check_rng(&rng_state) % 255);
		compare(copy, slen, rawsize, NULL);
	}
	for (k = 1; k <= 3 && (size_t) k <= slen; k++)
		compare(src, slen - k, rawsize, NULL);
	memcpy(copy, src, slen);
	copy[slen] = (unsigned char) check_rng(&rng_state);
	copy[slen + 1] = (unsigned char) check_rng(&rng_state);
	compare(copy, slen + 1, rawsize, NULL);
	compare(copy, slen + 2, rawsize, NULL);
	if (rawsize > 0)
		compare(src, slen, rawsize - 1, NULL);
	compare(src, slen, rawsize + 1, NULL);
	compare(src, slen, rawsize + 300, NULL);
	free(copy);
}

static void
round_trip(size_t n, int kind, const PGLZ_Strategy *strategy, bool with_damage)
{
	unsigned char *raw = malloc(n ? n : 1);
	unsigned char *packed = malloc(PGLZ_MAX_OUTPUT(n) + 4);
	int32		slen;

	fill(raw, n, kind);
	slen = pglz_compress((const char *) raw, (int32) n, (char *) packed, strategy);
	if (slen >= 0)
	{
		compare(packed, (size_t) slen, n, raw);
		if (with_damage)
			damage(packed, (size_t) slen, n);
	}
	free(raw);
	free(packed);
}

/* Streams written by hand: the edge cases of the format. */
static void
hand_made(void)
{
	unsigned char *out;
	/* "ab" then a reference of length 18 + 7 = 25 at offset 2 */
	static const unsigned char overlap[] = {0x04, 'a', 'b', 0x0f, 0x02, 0x07};
	/* a reference at offset 0: corrupt */
	static const unsigned char zero_off[] = {0x02, 'a', 0x00, 0x00};
	/* a reference before the start of the output: corrupt */
	static const unsigned char before[] = {0x02, 'a', 0x00, 0x02};

	CHECK(ours(NULL, 0, 0, &out));	/* nothing to nothing */
	free(out);
	CHECK(!ours(overlap, 1, 0, &out));	/* a control byte for no output */
	free(out);
	CHECK(ours(overlap, sizeof(overlap), 27, &out));
	CHECK(memcmp(out, "abababababababababababababa", 27) == 0);
	free(out);
	/* the server stops at the raw size inside a reference, and accepts */
	compare(overlap, sizeof(overlap), 20, (const unsigned char *) "abababababababababab");
	CHECK(!ours(zero_off, sizeof(zero_off), 4, &out));
	free(out);
	CHECK(!ours(before, sizeof(before), 4, &out));
	free(out);
	compare(zero_off, sizeof(zero_off), 4, NULL);
	compare(before, sizeof(before), 4, NULL);
}

int
main(void)
{
	static const size_t sizes[] = {
		0, 1, 2, 3, 17, 32, 33, 34, 100, 1000, 2199, 2200, 2201, 2233, 4400,
		4500, 8191, 8192, 65536, 100000,
	};
	size_t		i;
	int			kind;
	int			round;

	hand_made();
	for (kind = 0; kind < 5; kind++)
		for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		{
			round_trip(sizes[i], kind, PGLZ_strategy_always, true);
			round_trip(sizes[i], kind, PGLZ_strategy_default, false);
		}
	for (round = 0; round < 3000; round++)
	{
		size_t		n = check_rng(&rng_state) % 20000;

		round_trip(n, (int) (check_rng(&rng_state) % 5), PGLZ_strategy_always, round % 4 == 0);
	}
	/* every size up to three groups of 2,184 bytes: each place the fast path can stop */
	for (round = 0; round < 4; round++)
		for (i = 0; i < 7000; i++)
			round_trip(i, 3, PGLZ_strategy_always, false);
	return check_report("pglz_test");
}
