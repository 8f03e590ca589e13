/*-------------------------------------------------------------------------
 *
 * encoding.c
 *	  The four OpenAI encodings: name, split pattern, vocabulary, specials.
 *
 * Special tokens are listed only so that decode can turn their ids back
 * into text (ids produced by other tools with special tokens allowed);
 * encode never produces them, as tiktoken's encode_ordinary does not.
 *
 *-------------------------------------------------------------------------
 */
#include "tokenizer.h"

static const llmnum_special_token gpt2_specials[] = {
	{50256, "<|endoftext|>"},
};

static const llmnum_special_token cl100k_specials[] = {
	{100257, "<|endoftext|>"},
	{100258, "<|fim_prefix|>"},
	{100259, "<|fim_middle|>"},
	{100260, "<|fim_suffix|>"},
	{100276, "<|endofprompt|>"},
};

static const llmnum_special_token o200k_specials[] = {
	{199999, "<|endoftext|>"},
	{200018, "<|endofprompt|>"},
};

#define LENGTH(a) (sizeof(a) / sizeof((a)[0]))

static const llmnum_encoding r50k_base = {
	"r50k_base", LLMNUM_PATTERN_R50K, &llmnum_vocab_r50k_base, 50257,
	gpt2_specials, LENGTH(gpt2_specials)
};

static const llmnum_encoding p50k_base = {
	"p50k_base", LLMNUM_PATTERN_R50K, &llmnum_vocab_p50k_base, 50281,
	gpt2_specials, LENGTH(gpt2_specials)
};

static const llmnum_encoding cl100k_base = {
	"cl100k_base", LLMNUM_PATTERN_CL100K, &llmnum_vocab_cl100k_base, 100277,
	cl100k_specials, LENGTH(cl100k_specials)
};

static const llmnum_encoding o200k_base = {
	"o200k_base", LLMNUM_PATTERN_O200K, &llmnum_vocab_o200k_base, 200019,
	o200k_specials, LENGTH(o200k_specials)
};

static const llmnum_encoding *const encodings[] = {
	&o200k_base, &cl100k_base, &p50k_base, &r50k_base
};

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

const llmnum_encoding *
llmnum_encoding_find(const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < LENGTH(encodings); i++)
	{
		const char *e = encodings[i]->name;
		size_t		k;

		for (k = 0; k < len && e[k] != '\0'; k++)
			if (ascii_lower((unsigned char) name[k]) != e[k])
				break;
		if (k == len && e[k] == '\0')
			return encodings[i];
	}
	return NULL;
}

const llmnum_encoding *const *
llmnum_encoding_all(size_t *n)
{
	*n = LENGTH(encodings);
	return encodings;
}
