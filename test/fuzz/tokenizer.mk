# Tokenizer engine fuzz target (included by test/fuzz/Makefile), with the
# vocabularies of test/tokenizer_vocab.mk.

include ../tokenizer_vocab.mk

FUZZ_TARGETS += fuzz_tokenizer

$(BIN)/fuzz_tokenizer: fuzz_tokenizer.c $(UNIT)/host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O) $(wildcard $(SRC)/*.h) | $(BIN)
	$(CC) $(CFLAGS) -o $@ fuzz_tokenizer.c $(UNIT)/host_malloc.c $(TOK_ENGINE) $(TOK_VOCAB_O)
