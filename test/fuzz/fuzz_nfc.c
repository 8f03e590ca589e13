/*
 * fuzz_nfc.c
 *	  libFuzzer target of the NFC normalizer.
 *
 * Input: any bytes, valid UTF-8 or not.  Checks, besides the sanitizers'
 * memory and UB checks: text the quick check passes is left alone; the
 * part before the first character the quick check stops at (but for the
 * character before it, which may compose) is kept as it is; the result is
 * NUL-terminated, at most three times as long (NFC's bound in UTF-8) and
 * itself NFC (normalizing it again changes nothing).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "host_malloc.h"
#include "nfc.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *out = NULL;
	unsigned char *again = NULL;
	size_t		out_len = 0;
	size_t		again_len = 0;
	size_t		q = llmnum_nfc_quick_check(data, size);
	int			changed = llmnum_nfc(data, size, &out, &out_len, &test_host);

	if (q > size || (q == size && changed))
		abort();
	if (!changed)
		return 0;
	if (out[out_len] != '\0' || out_len > 3 * size)
		abort();
	if (q >= 4 && (out_len < q - 4 || memcmp(out, data, q - 4) != 0))
		abort();
	if (llmnum_nfc(out, out_len, &again, &again_len, &test_host) != 0)
		abort();
	free(out);
	return 0;
}
