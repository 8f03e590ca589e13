/*
 * name_hash_test.c: unit tests of the folded name hash and comparison
 * (src/name_hash.h) behind every catalog lookup by model name or id,
 * against a byte-by-byte reference.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "name_hash.h"

static unsigned char
fold_byte(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char) (c + 32) : c;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

/* Every byte value in every position of a word folds as fold_byte does. */
static void
test_fold8(void)
{
	int			pos;
	int			c;
	int			wrong = 0;

	for (pos = 0; pos < 8; pos++)
		for (c = 0; c < 256; c++)
		{
			unsigned char in[8];
			unsigned char out[8];
			uint64_t	w;
			int			i;

			for (i = 0; i < 8; i++)
				in[i] = (unsigned char) (check_rng(&rng_state) & 0xFF);
			in[pos] = (unsigned char) c;
			w = llmnum_fold_ascii8(llmnum_load_le64(in));
			for (i = 0; i < 8; i++)
				out[i] = (unsigned char) (w >> (8 * i));
			for (i = 0; i < 8; i++)
				wrong += out[i] != fold_byte(in[i]);
		}
	CHECK_EQ(wrong, 0);
}

/*
 * Random names of 0 to 40 bytes (letters of both cases, digits, "-./:_@",
 * bytes beyond ASCII): a name hashes as its folded copy does, is equal to
 * it folded, and a copy with one byte changed is not equal.
 */
static void
test_names(void)
{
	static const char alphabet[] = "aAzZgGpPtT0123456789-./:_@[`{~\x80\xc3\xa9\xff";
	int			round;
	int			hash_diff = 0;
	int			not_equal = 0;
	int			wrong_equal = 0;
	int			ascii_wrong = 0;

	for (round = 0; round < 20000; round++)
	{
		char		name[41];
		char		folded[41];
		char		other[41];
		size_t		len = check_rng(&rng_state) % 41;
		size_t		i;
		bool		ascii;
		bool		want_ascii = true;

		for (i = 0; i < len; i++)
		{
			name[i] = alphabet[check_rng(&rng_state) % (sizeof(alphabet) - 1)];
			folded[i] = (char) fold_byte((unsigned char) name[i]);
			want_ascii &= (unsigned char) name[i] < 0x80;
		}
		hash_diff += llmnum_name_hash(name, len, &ascii) != llmnum_name_hash(folded, len, NULL);
		ascii_wrong += ascii != want_ascii;
		not_equal += !llmnum_name_equal_folded(name, folded, len);
		if (len > 0)
		{
			memcpy(other, folded, len);
			i = check_rng(&rng_state) % len;
			other[i] = (char) (other[i] ^ (1 + check_rng(&rng_state) % 255));
			/* unless the change was only a case change that folds back */
			if (fold_byte((unsigned char) other[i]) != (unsigned char) folded[i])
				wrong_equal += llmnum_name_equal_folded(name, other, len);
		}
	}
	CHECK_EQ(hash_diff, 0);
	CHECK_EQ(ascii_wrong, 0);
	CHECK_EQ(not_equal, 0);
	CHECK_EQ(wrong_equal, 0);

	/* what logs write */
	CHECK(llmnum_name_hash("GPT-4o", 6, NULL) == llmnum_name_hash("gpt-4o", 6, NULL));
	CHECK(llmnum_name_equal_folded("Meta-Llama/Llama-3.1-8B-Instruct", "meta-llama/llama-3.1-8b-instruct", 32));
	CHECK(!llmnum_name_equal_folded("gpt-4o", "gpt-4p", 6));
	/* '@' and '[' border A-Z: never folded */
	CHECK(!llmnum_name_equal_folded("@[", "`{", 2));
	/* lengths differ in the hash, so do empty and one zero byte */
	CHECK(llmnum_name_hash("", 0, NULL) != llmnum_name_hash("\0", 1, NULL));
	CHECK(llmnum_name_hash("gpt-4o", 6, NULL) != llmnum_name_hash("gpt-4o-mini", 11, NULL));
}

int
main(void)
{
	test_fold8();
	test_names();
	return check_report("name_hash_test");
}
