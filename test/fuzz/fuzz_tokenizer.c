/*
 * fuzz_tokenizer.c
 *	  libFuzzer target of the tokenizer engine.
 *
 * Input: first byte picks the encoding, the rest is the text (any bytes,
 * valid UTF-8 or not).  Checks, besides the sanitizers' memory and UB
 * checks: the count-only path agrees with encode, token offsets cut the
 * text into the tokens' bytes, decode(encode(x)) == x; and decoding the
 * input's bytes read as ids never fails other than with UNKNOWN_ID; the
 * special-token strings found in the text are specials of the encoding,
 * found in order, and decode back to their bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "special_tokens.h"
#include "tokenizer.h"
#include "sentencepiece.h"
#include "host_malloc.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		n_enc;
	const llmnum_encoding *const *all = llmnum_encoding_all(&n_enc);
	const llmnum_encoding *enc;
	const unsigned char *text;
	size_t		len;
	llmnum_tokens toks = {0};
	int32_t    *ids;
	unsigned char *back = NULL;
	size_t		back_len = 0;
	size_t		bad = 0;
	size_t		count = 0;
	size_t		i;

	if (size == 0)
		return 0;
	enc = all[data[0] % n_enc];
	text = data + 1;
	len = size - 1;

	if (llmnum_tokenizer_encode(enc, text, len, 1, &toks, &test_host) != LLMNUM_TOKENIZER_OK ||
		llmnum_tokenizer_count(enc, text, len, &count, &test_host) != LLMNUM_TOKENIZER_OK ||
		count != toks.n)
		abort();
	ids = malloc((toks.n + 1) * sizeof(int32_t));
	for (i = 0; i < toks.n; i++)
	{
		const unsigned char *p;
		size_t		n;
		size_t		end = i + 1 < toks.n ? toks.starts[i + 1] : len;

		ids[i] = (int32_t) toks.ids[i];
		if (enc->spm != NULL)
		{
			/*
			 * SentencePiece: the token's text is its slice, spaces and "▁"
			 * alike as "▁", the first token's with the prepended one if the
			 * encoding prepends one; a byte-fallback token is one byte of
			 * its character.
			 */
			unsigned char piece[1024];
			size_t		skip = i == 0 && enc->spm->add_prefix;
			size_t		k;
			size_t		j;

			n = llmnum_spm_piece_text(enc->spm, toks.ids[i], piece);
			if (i == 0 && (toks.starts[0] != 0 || (skip && (n == 0 || piece[0] != ' '))))
				abort();
			for (k = skip, j = toks.starts[i]; k < n; k++)
			{
				if (j >= end)
					abort();
				if (piece[k] == ' ' && text[j] != ' ')
				{
					if (j + 3 > end || memcmp(text + j, "\xE2\x96\x81", 3) != 0)
						abort();
					j += 3;
				}
				else if (piece[k] != text[j++])
					abort();
			}
			if (j != end)
				abort();
			continue;
		}
		if (!llmnum_vocab_token(enc->vocab, toks.ids[i], &p, &n) ||
			toks.starts[i] + n != end || memcmp(p, text + toks.starts[i], n) != 0)
			abort();
	}
	if (llmnum_tokenizer_decode(enc, ids, toks.n, &back, &back_len, &bad, &test_host) != LLMNUM_TOKENIZER_OK)
		abort();
	if (enc->spm != NULL)
	{
		/* decode gives the text with each "▁" as a space */
		unsigned char *want = malloc(len + 1);
		size_t		k = 0;
		size_t		j;

		for (j = 0; j < len; j++)
		{
			if (j + 3 <= len && memcmp(text + j, "\xE2\x96\x81", 3) == 0)
			{
				want[k++] = ' ';
				j += 2;
			}
			else
				want[k++] = text[j];
		}
		if (back_len != k || memcmp(back, want, k) != 0)
			abort();
		free(want);
	}
	else if (back_len != len || memcmp(back, text, len) != 0)
		abort();
	free(back);
	free(ids);
	free(toks.ids);
	free(toks.starts);

	/* special-token strings: each found one is there and is a special */
	for (i = 0; i < len;)
	{
		size_t		tok_len = 0;
		uint32_t	id = 0;
		size_t		at = llmnum_special_next(enc, text, len, i, &tok_len, &id);
		int32_t		sid;

		if (at == len)
			break;
		sid = (int32_t) id;
		if (at < i || tok_len == 0 || at + tok_len > len ||
			llmnum_tokenizer_decode(enc, &sid, 1, &back, &back_len, &bad, &test_host) != LLMNUM_TOKENIZER_OK ||
			back_len != tok_len || memcmp(back, text + at, tok_len) != 0)
			abort();
		free(back);
		i = at + tok_len;
	}

	/* arbitrary ids: decode must either succeed or name the bad one */
	if (len >= 4)
	{
		size_t		n_ids = len / 4;

		ids = malloc(n_ids * sizeof(int32_t));
		memcpy(ids, text, n_ids * sizeof(int32_t));
		for (i = 0; i < n_ids; i++)
			ids[i] = (int32_t) ((uint32_t) ids[i] % (enc->n_vocab + 16)) - 8;
		back = NULL;
		if (llmnum_tokenizer_decode(enc, ids, n_ids, &back, &back_len, &bad, &test_host) == LLMNUM_TOKENIZER_OK)
			free(back);
		else if (bad >= n_ids)
			abort();
		free(ids);
	}
	return 0;
}
