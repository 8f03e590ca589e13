# Tokenizer engine unit test (included by test/unit/Makefile).
#
# The vocabularies are generated here from data/tokenizer/*.tiktoken, as the
# extension build does in src/; bin/tokenizer_test then checks every row of
# the fixtures (oracle.tsv, published_vectors.tsv, corpus/expected.tsv),
# round trips, offsets, decode errors and the long inputs.

TOK_DATA = ../../data/tokenizer
TOK_VOCABS = r50k_base p50k_base cl100k_base o200k_base
TOK_ENGINE = $(SRC)/bpe.c $(SRC)/pretokenizer.c $(SRC)/encoding.c $(SRC)/unicode_tables.c
TOK_OBJ = obj
TOK_VOCAB_O = $(TOK_VOCABS:%=$(TOK_OBJ)/vocab_%.o)
TOK_HEADERS = $(wildcard $(SRC)/*.h) host_malloc.h

UNIT_TESTS += tokenizer_test

# The generator and the generated vocabularies live in obj/, not bin/:
# test/run.sh runs every program in bin/ as a test.
$(TOK_OBJ)/gen_vocab: $(TOK_DATA)/gen_vocab.c $(SRC)/vocab_hash.h
	mkdir -p $(TOK_OBJ)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

$(TOK_OBJ)/vocab_%.c: $(TOK_DATA)/%.tiktoken $(TOK_OBJ)/gen_vocab
	$(TOK_OBJ)/gen_vocab $* $< $@

# Plain data: no need for sanitizer instrumentation.
$(TOK_OBJ)/vocab_%.o: $(TOK_OBJ)/vocab_%.c $(SRC)/vocab.h $(SRC)/vocab_hash.h
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -I$(SRC) -c -o $@ $<

.SECONDARY: $(TOK_VOCABS:%=$(TOK_OBJ)/vocab_%.c)

$(BIN)/tokenizer_test: tokenizer_test.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(TOK_HEADERS) | $(BIN)
	$(CC) $(CFLAGS) -D_POSIX_C_SOURCE=200809L -DTOKENIZER_DATA='"$(abspath $(TOK_DATA))"' \
		-o $@ tokenizer_test.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)

# The command-line tool of the benchmark and of the differential test with
# tiktoken; not a test, so it is built outside bin/.
TOK_TOOL = ../bench/work/tokcli
tokcli: $(TOK_TOOL)
$(TOK_TOOL): ../bench/tokcli.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(TOK_HEADERS)
	mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -I$(SRC) -I. -D_POSIX_C_SOURCE=200809L \
		-o $@ ../bench/tokcli.c host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)

.PHONY: tokcli

clean: tokenizer-clean
tokenizer-clean:
	rm -rf $(TOK_OBJ)
.PHONY: tokenizer-clean
