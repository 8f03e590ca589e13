/*
 * fuzz_pglz.c
 *	  libFuzzer target of the pglz decoder (src/pglz.c), against
 *	  PostgreSQL's (libpgcommon).
 *
 * Input: a first byte choosing the mode, then bytes.  Mode even: the bytes
 * are raw data, compressed by the server's encoder; both decoders must
 * give them back.  Mode odd: the next two bytes are a raw size (0-65535),
 * the rest a stream, likely damaged; both decoders must give the same
 * verdict, and the same bytes when they accept.  Our decoder gets
 * buffers of exactly the stated sizes, so the sanitizers catch any read
 * or write outside them.
 */
#include "postgres_fe.h"

#include "common/pg_lzcompress.h"

#include "pglz.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
same(const unsigned char *stream, size_t slen, size_t rawsize, const unsigned char *expect)
{
	unsigned char *copy = malloc(slen ? slen : 1);
	unsigned char *ours = malloc(rawsize ? rawsize : 1);
	char	   *padded = calloc(slen + 8, 1);
	char	   *servers = malloc(rawsize ? rawsize : 1);
	bool		ok_ours;
	bool		ok_server;

	if (slen > 0)
	{
		memcpy(copy, stream, slen);
		memcpy(padded, stream, slen);
	}
	ok_ours = llmnum_pglz_decompress(copy, slen, ours, rawsize);
	ok_server = pglz_decompress(padded, (int32) slen, servers, (int32) rawsize, true) == (int32) rawsize;
	if (ok_ours != ok_server)
		abort();
	if (ok_ours && rawsize > 0 && memcmp(ours, servers, rawsize) != 0)
		abort();
	if (expect != NULL && (!ok_ours || (rawsize > 0 && memcmp(ours, expect, rawsize) != 0)))
		abort();
	free(copy);
	free(ours);
	free(padded);
	free(servers);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] % 2 == 0)
	{
		size_t		n = size - 1;
		char	   *packed = malloc(PGLZ_MAX_OUTPUT(n) + 4);
		int32		slen = pglz_compress((const char *) data + 1, (int32) n, packed,
										 PGLZ_strategy_always);

		if (slen >= 0)
			same((const unsigned char *) packed, (size_t) slen, n, data + 1);
		free(packed);
	}
	else if (size >= 3)
		same(data + 3, size - 3, (size_t) data[1] | ((size_t) data[2] << 8), NULL);
	return 0;
}
