# Tokenizer engine fuzz target (included by test/fuzz/Makefile).  The
# vocabularies are generated into obj/ from data/tokenizer/*.tiktoken.

TOK_DATA = ../../data/tokenizer
TOK_VOCABS = r50k_base p50k_base cl100k_base o200k_base
TOK_ENGINE = $(SRC)/bpe.c $(SRC)/pretokenizer.c $(SRC)/encoding.c $(SRC)/unicode_tables.c
TOK_OBJ = obj
TOK_VOCAB_O = $(TOK_VOCABS:%=$(TOK_OBJ)/vocab_%.o)

FUZZ_TARGETS += fuzz_tokenizer

$(TOK_OBJ)/gen_vocab: $(TOK_DATA)/gen_vocab.c $(SRC)/vocab_hash.h
	mkdir -p $(TOK_OBJ)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

$(TOK_OBJ)/vocab_%.c: $(TOK_DATA)/%.tiktoken $(TOK_OBJ)/gen_vocab
	$(TOK_OBJ)/gen_vocab $* $< $@

$(TOK_OBJ)/vocab_%.o: $(TOK_OBJ)/vocab_%.c $(SRC)/vocab.h $(SRC)/vocab_hash.h
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -I$(SRC) -c -o $@ $<

.SECONDARY: $(TOK_VOCABS:%=$(TOK_OBJ)/vocab_%.c)

$(BIN)/fuzz_tokenizer: fuzz_tokenizer.c $(UNIT)/host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(wildcard $(SRC)/*.h) | $(BIN)
	$(CC) $(CFLAGS) -o $@ fuzz_tokenizer.c $(UNIT)/host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)

clean: tokenizer-clean
tokenizer-clean:
	rm -rf $(TOK_OBJ)
.PHONY: tokenizer-clean
