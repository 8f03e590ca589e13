# Tokenizer engine unit test (included by test/unit/Makefile).
#
# With the vocabularies of test/tokenizer_vocab.mk, bin/tokenizer_test
# checks every row of the fixtures (oracle.tsv, published_vectors.tsv,
# corpus/expected.tsv), round trips, offsets, decode errors and the long
# inputs.

include ../tokenizer_vocab.mk

TOK_HEADERS = $(wildcard $(SRC)/*.h) host_malloc.h

UNIT_TESTS += tokenizer_test

$(BIN)/tokenizer_test: tokenizer_test.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(TOK_HEADERS) | $(BIN)
	$(CC) $(CFLAGS) -D_POSIX_C_SOURCE=200809L -DTOKENIZER_DATA='"$(abspath $(TOK_DATA))"' \
		-o $@ tokenizer_test.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)

# The same test with a token cache and a count cache of one slot each and a
# piece cache of one set (src/bpe.c): every piece then competes for the same
# entries, so an entry taken for another piece's, or another vocabulary's,
# shows in the ids and the counts.
UNIT_TESTS += tokenizer_test_small_caches

$(BIN)/tokenizer_test_small_caches: tokenizer_test.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(TOK_HEADERS) | $(BIN)
	$(CC) $(CFLAGS) -D_POSIX_C_SOURCE=200809L -DTOKENIZER_DATA='"$(abspath $(TOK_DATA))"' \
		-DTOKEN_CACHE_SLOTS=1 -DCOUNT_CACHE_SLOTS=1 -DCACHE_SETS=1 \
		-o $@ tokenizer_test.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)

# The command-line tool of the benchmark and of the differential test with
# tiktoken (with the library's loop alignment, see the Makefile); not a
# test, so it is built outside bin/.
TOK_TOOL = ../bench/work/tokcli
tokcli: $(TOK_TOOL)
$(TOK_TOOL): ../bench/tokcli.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(TOK_HEADERS)
	mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -falign-loops=32 -Wall -Wextra -Werror -I$(SRC) -I. -D_POSIX_C_SOURCE=200809L \
		-o $@ ../bench/tokcli.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)

.PHONY: tokcli
